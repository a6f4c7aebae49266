package source

import (
	"strings"

	"golang.org/x/net/html"
)

// relined gives back the lines of an article the extractor flattened. Its
// fallbacks (readability, dom-distiller) return a short page's article as
// one run of words, the heading and every paragraph on one line ("Oil
// prices climb Oil prices rose 3 percent…"): the heading then reads as the
// start of the first sentence, and the sentence splitter cannot see the
// paragraphs. When the page's own blocks hold the same words in the same
// order, a run of whole lines, those lines are the text. Only the line
// breaks change; words, furniture left out and all, stay the extractor's.
func relined(body string, doc *html.Node) (string, bool) {
	if body == "" || strings.IndexByte(body, '\n') >= 0 {
		return "", false
	}
	target := words(body)
	lines := strings.Split(visibleText(doc), "\n")
	for i, l := range lines {
		acc := words(l)
		if acc == "" || !strings.HasPrefix(target, acc) {
			continue
		}
		j := i + 1
		for ; j < len(lines) && len(acc) < len(target); j++ {
			if w := words(lines[j]); w != "" {
				acc += " " + w
			}
		}
		if acc == target && j-i > 1 {
			return strings.Join(lines[i:j], "\n"), true
		}
	}
	return "", false
}
