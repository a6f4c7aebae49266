package source

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// jsonLDObjects returns every JSON object of the page's JSON-LD scripts,
// nested ones included, scripts in document order and each object's
// members in key order, so that the title and author read from them are
// the same on every run.
func jsonLDObjects(doc *html.Node) []map[string]any {
	var objs []map[string]any
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil &&
			strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				collectObjects(v, &objs)
			}
		}
	}
	return objs
}

// collectObjects appends every JSON object in v, nested ones included.
func collectObjects(v any, out *[]map[string]any) {
	switch v := v.(type) {
	case map[string]any:
		*out = append(*out, v)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			collectObjects(v[k], out)
		}
	case []any:
		for _, x := range v {
			collectObjects(x, out)
		}
	}
}
