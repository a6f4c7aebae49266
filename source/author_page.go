package source

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// The extractor misses the author of many pages: it takes no one-word
// name from metadata ("Tine", a blogger's handle), and it prunes every
// element whose class contains "category" before it looks for a byline,
// which on WordPress themes is the whole post ("post-12 category-news"),
// byline included. pageAuthor looks where such pages name the author.

// articleAuthor is the author of the page: the extractor's, with the
// page's own spelling and without the site's name when people are named
// beside it; else what the markup names (pageAuthor) unless that too is
// only the site. siteOnly is the site's name when the extractor gave just
// that, to be used when the text names no one either.
func articleAuthor(m trafilatura.Metadata, doc *html.Node, page string) (author, siteOnly string) {
	var people, sites []string
	for _, name := range strings.Split(cleanAuthor(m.Author), "; ") {
		switch {
		case name == "":
		case namesSite(name, m.Sitename, m.Hostname):
			sites = append(sites, name)
		default:
			people = append(people, name)
		}
	}
	if len(people) > 0 {
		return restoreSpelling(strings.Join(people, "; "), page), ""
	}
	if a := pageAuthor(doc); a != "" && !namesSite(a, m.Sitename, m.Hostname) {
		return a, ""
	}
	return "", strings.Join(sites, "; ")
}

// pageAuthor returns the author the page's markup names, in the order of
// trust: the JSON-LD article's author (following an @id to its Person),
// microdata (itemprop=author), then a byline link (rel=author, or the fn
// of an hCard of class author) outside the comments. Names are joined by
// "; "; "" when the page names none.
func pageAuthor(doc *html.Node) string {
	if a := jsonLDAuthor(doc); a != "" {
		return a
	}
	var microdata, byline []string
	var first *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head":
				return
			}
			if inComments(n) {
				return
			}
			switch {
			case hasToken(attr(n, "itemprop"), "author"):
				// The first byline's authors: those beside it, not the
				// authors of the answers or teasers further down.
				if first == nil {
					first = n.Parent
				}
				if name := microdataName(n); name != "" && n.Parent == first {
					microdata = append(microdata, name)
				}
				return
			case n.Data == "a" && hasToken(attr(n, "rel"), "author"),
				hasToken(attr(n, "class"), "fn") && insideClass(n, "author"):
				if len(byline) == 0 {
					byline = append(byline, collapseSpace(nodeText(n)))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, names := range [][]string{microdata, byline} {
		if a := cleanAuthor(strings.Join(shortNames(names), "; ")); a != "" {
			return a
		}
	}
	return ""
}

// shortNames keeps the distinct texts short enough to be a name: a link
// or a box that says more is not a byline.
func shortNames(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range names {
		if s == "" || seen[s] || utf8.RuneCountInString(s) > 60 || len(strings.Fields(s)) > 6 {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// microdataName is the name of an itemprop=author element: its
// itemprop=name (text or content), else its own text.
func microdataName(n *html.Node) string {
	if c := attr(n, "content"); c != "" {
		return collapseSpace(c)
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && hasToken(attr(d, "itemprop"), "name") {
			if c := attr(d, "content"); c != "" {
				return collapseSpace(c)
			}
			return collapseSpace(nodeText(d))
		}
	}
	return collapseSpace(nodeText(n))
}

// inComments: n is a comment section or a comment, whose authors are not
// the article's.
func inComments(n *html.Node) bool {
	s := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
	return strings.Contains(s, "comment")
}

// insideClass: n or an ancestor has the class token tok.
func insideClass(n *html.Node, tok string) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && hasToken(attr(n, "class"), tok) {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, tok) {
			return true
		}
	}
	return false
}

// jsonLDAuthor is the author of the JSON-LD article of the page: a name,
// a Person (or Organization) with a name, or an @id naming one elsewhere
// in the graph.
func jsonLDAuthor(doc *html.Node) string {
	objs := jsonLDObjects(doc)
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			continue
		}
		var names []string
		for _, a := range asList(o["author"]) {
			switch a := a.(type) {
			case string:
				names = append(names, a)
			case map[string]any:
				if _, named := a["name"]; !named {
					if id, ok := a["@id"].(string); ok && byID[id] != nil {
						a = byID[id]
					}
				}
				if s, ok := a["name"].(string); ok {
					names = append(names, s)
				}
			}
		}
		if a := cleanAuthor(strings.Join(shortNames(names), "; ")); a != "" {
			return html.UnescapeString(a)
		}
	}
	return ""
}

func asList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

// isArticleType: a schema.org type of a written piece (Article,
// NewsArticle, BlogPosting, Report, Recipe, …).
func isArticleType(t any) bool {
	for _, x := range asList(t) {
		s, _ := x.(string)
		s = strings.ToLower(s)
		if strings.Contains(s, "article") || strings.Contains(s, "posting") || s == "report" || s == "recipe" || s == "review" {
			return true
		}
	}
	return false
}

// restoreSpelling gives each name in author ("A; B") the form the page
// writes it in when the extractor flattened its dots and underscores
// ("Leah C Stokes" for "Leah C. Stokes", "Herr Rein" for "Herr_Rein").
func restoreSpelling(author, page string) string {
	if author == "" {
		return ""
	}
	var lower string // the page in lower case, made when first needed
	names := strings.Split(author, "; ")
	for i, name := range names {
		toks := strings.Fields(name)
		if len(toks) < 2 {
			continue
		}
		for j, t := range toks {
			toks[j] = regexp.QuoteMeta(t)
		}
		// An abbreviation at the end keeps its dot ("Jr.", "C.").
		end := ""
		if last := toks[len(toks)-1]; utf8.RuneCountInString(last) <= 2 {
			end = `\.?`
		}
		// The expression starts with the name's first word, so the
		// search runs at the speed of a plain string search; the
		// character before is checked apart.
		expr := `(` + strings.Join(toks, `(?:[ ._]|\. )`) + end + `)(?:[^\pL\pN@]|$)`
		// In the name's own capitals first; in others only when the
		// extractor made capitals of a lower-case name ("Wegewerk
		// Gmbh" for "wegewerk GmbH"), and not a handle joined by a dot
		// or an underscore: "luke_kemp" in a link is not how Luke Kemp
		// signs.
		re, err := regexp.Compile(expr)
		if err != nil {
			continue
		}
		form := findName(re, page)
		if form == "" {
			if lower == "" {
				lower = strings.ToLower(page)
			}
			if !strings.Contains(lower, strings.ToLower(strings.Fields(name)[0])) {
				continue
			}
			if re, err = regexp.Compile(`(?i)` + expr); err != nil {
				continue
			}
			if f := findName(re, page); strings.Contains(f, " ") {
				form = f
			}
		}
		if form != "" {
			names[i] = form
		}
	}
	return strings.Join(names, "; ")
}

// findName returns the first match of re's group 1 in page that does not
// continue a word, an address or a link ("jo.ames" of "mailto:jo.ames@").
func findName(re *regexp.Regexp, page string) string {
	for off := 0; off < len(page); {
		m := re.FindStringSubmatchIndex(page[off:])
		if m == nil {
			return ""
		}
		start, end := off+m[2], off+m[3]
		r, _ := utf8.DecodeLastRuneInString(page[:start])
		if start == 0 || !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("@/=._-", r)) {
			return page[start:end]
		}
		off = end
	}
	return ""
}
