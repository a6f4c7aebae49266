package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// The title a reader sees is the page's headline, its h1 (or h2). The
// metadata titles (<title>, og:title, JSON-LD headline) are often written
// for search engines and social sites instead: the same story in other
// words ("Brexit: Nervenkrieg geht in nächste Runde" above "Der
// Nervenkrieg um den Brexit geht in die nächste Runde"), shortened, or with
// straight quotes where the heading has typographic ones. The metadata
// still tells which heading is the headline: the one that agrees with it.

// heading is an h1 or h2 of the page.
type heading struct {
	level int
	text  string
	// parts are the texts of the elements the heading is made of when it
	// is several, such as a kicker and the headline in two spans.
	parts []string
}

// headings returns the page's h1 elements and the element microdata marks
// as its headline, then its h2 elements.
func headings(doc *html.Node) []heading {
	var h1, h2, marked []heading
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "h1", "h2":
				if t := collapseSpace(nodeText(n)); t != "" {
					h := heading{text: t, parts: headingParts(n)}
					if n.Data == "h1" {
						h.level = 1
						h1 = append(h1, h)
					} else {
						h.level = 2
						h2 = append(h2, h)
					}
				}
				return
			default:
				if attr(n, "itemprop") == "headline" {
					if t := collapseSpace(nodeText(n)); t != "" {
						marked = append(marked, heading{level: 1, text: t, parts: headingParts(n)})
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// Microdata names the headline whatever element holds it, unless it
	// marks the headlines of a list of teasers.
	if len(marked) == 1 {
		h1 = append(h1, marked[0])
	}
	return append(h1, h2...)
}

// headingParts returns the texts of n's child elements when n's text is
// all in two or more of them, with no loose words between: "<h1><span>
// Kicker</span> <span>Headline</span></h1>". A single wrapping element
// (a link) is looked through.
func headingParts(n *html.Node) []string {
	for {
		var parts []string
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return nil
				}
			case html.ElementNode:
				if t := collapseSpace(nodeText(c)); t != "" {
					parts = append(parts, t)
					only = c
				}
			}
		}
		switch len(parts) {
		case 0:
			return nil
		case 1:
			n = only
		default:
			return parts
		}
	}
}

// candidates are the texts a heading offers as the title: its whole text,
// then its parts.
func (h heading) candidates() []string {
	return append([]string{h.text}, h.parts...)
}

// headlineAgreement is the least word overlap (Dice coefficient of the
// word sets) at which a heading is taken to tell the same story as a
// metadata title. Reworded headlines share about half their words; a
// heading of another story on the page shares few or none.
const headlineAgreement = 0.3

// visibleHeadline returns the page's headline in place of title, the
// metadata title with the site's name removed, when a heading agrees with
// the metadata; otherwise title.
func visibleHeadline(title string, heads []heading, metas []string, sitename, hostname string) string {
	if len(heads) == 0 {
		return title
	}
	// Only h2s when no h1 could be the headline: an h1 naming the site
	// is the logo.
	var cands []heading
	for _, h := range heads {
		if h.level == 1 && !namesSite(h.text, sitename, hostname) {
			cands = append(cands, h)
		}
	}
	if len(cands) == 0 {
		cands = heads
	}
	ft := fold(title)
	for _, h := range append(cands, heads...) {
		fh := fold(h.text)
		if ft == "" || !strings.Contains(fh, ft) {
			continue
		}
		// The heading holds the title: the same words in the page's own
		// typography; or the title and more words of the headline
		// ("…erweitert in Tennessee"); or a kicker before it, or a
		// byline or date after it, which are not the headline.
		if fh == ft {
			return h.text
		}
		if rest := fh[len(ft):]; strings.HasPrefix(fh, ft) && !titleSepStart.MatchString(rest) && !hasDigit(rest) {
			return h.text
		}
		return title
	}
	best, bestScore := "", 0.0
	for _, level := range []int{1, 2} {
		for _, h := range heads {
			if h.level != level || utf8.RuneCountInString(h.text) < 4 || namesSite(h.text, sitename, hostname) {
				continue
			}
			hw := wordSet(h.text)
			for _, m := range metas {
				// One word in common is chance ("Rain" and "Rain or
				// shine").
				if s, n := dice(hw, wordSet(stripSiteName(m, sitename, hostname))); n >= 2 && s > bestScore {
					best, bestScore = h.text, s
				}
			}
		}
		if bestScore >= headlineAgreement {
			return best
		}
	}
	return title
}

// namesSite: s is the site's name or its host's name.
func namesSite(s, sitename, hostname string) bool {
	sq := squash(s)
	if sq == "" {
		return true
	}
	// The site's name, or a part of it ("LN" of "LN - Lübecker
	// Nachrichten").
	for _, part := range append(titleSep.Split(sitename, -1), sitename) {
		if p := squash(part); p != "" && sq == p {
			return true
		}
	}
	// The host, or its domain without the subdomains ("metro.example"
	// of "news.metro.example"), or its first label when not a short
	// one like "www" or "m".
	host := strings.ToLower(hostname)
	for h := host; strings.Contains(h, "."); h = h[strings.IndexByte(h, '.')+1:] {
		if sq == squash(h) {
			return true
		}
	}
	label, _, _ := strings.Cut(strings.TrimPrefix(host, "www."), ".")
	return utf8.RuneCountInString(label) > 3 && sq == squash(label)
}

// squash is s's letters and digits, folded, with nothing between them.
func squash(s string) string {
	return strings.Join(wordList(fold(s)), "")
}

// fold makes two spellings of one title equal: case, compatibility forms,
// typographic quotes and dashes, soft hyphens and runs of spaces.
func fold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = typography.Replace(s)
	return collapseSpace(s)
}

var typography = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`, "″", `"`,
	"–", "-", "—", "-", "―", "-", "\u00ad", "",
)

// wordList splits s into its runs of letters and digits.
func wordList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) })
}

func wordSet(s string) map[string]bool {
	return setOf(wordList(fold(s))...)
}

// dice is the Dice coefficient of two sets, twice the shared members over
// the sum of their sizes, and the number shared.
func dice(a, b map[string]bool) (float64, int) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b)), n
}

// metaTitles returns the titles the page gives in its metadata: <title>,
// the og: and twitter: titles, and the JSON-LD headline.
func metaTitles(doc *html.Node) []string {
	var out []string
	add := func(s string) {
		if s = collapseSpace(s); s != "" {
			out = append(out, s)
		}
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "title":
			add(nodeText(n))
		case "meta":
			switch strings.ToLower(attr(n, "property") + attr(n, "name")) {
			case "og:title", "twitter:title":
				add(attr(n, "content"))
			}
		}
	}
	for _, o := range jsonLDObjects(doc) {
		if s, ok := o["headline"].(string); ok {
			add(html.UnescapeString(s))
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
