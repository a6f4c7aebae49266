package source

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Page titles from metadata usually carry the site's name or a section
// ("Headline | Site", "Section - Headline"), while the article's own
// heading is on the page as an h1 (or h2). refineTitle prefers the heading
// that the metadata title contains, and otherwise strips the parts of the
// title that name the site.

// titleSep splits a title into parts at the separators sites use.
const titleSepRE = `\s+[|–—•·›»:/-]{1,2}\s+|\s*::\s*|\s+\|\s*|\s*\|\s+`

var (
	titleSep = regexp.MustCompile(titleSepRE)
	// A heading may also follow a kicker ("Climate: Heading") or precede
	// a subtitle ("Heading: what it means").
	titleSepStart = regexp.MustCompile(`^(?:` + titleSepRE + `|:\s+)`)
	titleSepEnd   = regexp.MustCompile(`(?:` + titleSepRE + `|:\s+)$`)
)

func refineTitle(title, sitename, hostname string, doc *html.Node) string {
	title = collapseSpace(title)
	heads := headings(doc)
	if title == "" {
		if len(heads) > 0 {
			return heads[0].text
		}
		return ""
	}
	// Folded, so that a heading with typographic quotes matches a title
	// with straight ones and the heading's own form is kept.
	lt := fold(title)
	best := ""
	for _, h := range heads {
		for _, c := range h.candidates() {
			lh := fold(c)
			if lh == lt {
				return c
			}
			if utf8.RuneCountInString(c) >= 4 && strings.Contains(lt, lh) && len(c) > len(best) && isTitlePart(lt, lh) {
				best = c
			}
		}
	}
	if best != "" {
		return best
	}
	return visibleHeadline(stripSiteName(title, sitename, hostname), heads, append(metaTitles(doc), title), sitename, hostname)
}

// isTitlePart: part sits in title between separators or at an end next to
// one, so "Rain" inside "Rain or shine | Site" does not count but "Headline"
// in "Headline | Site" does.
func isTitlePart(title, part string) bool {
	for _, p := range titleSep.Split(title, -1) {
		if strings.TrimSpace(p) == part {
			return true
		}
	}
	i := strings.Index(title, part)
	before, after := title[:i], title[i+len(part):]
	return (before == "" || titleSepEnd.MatchString(before)) && (after == "" || titleSepStart.MatchString(after))
}

// stripSiteName drops the title parts that name the site: its name, its
// host, or anything shaped like a domain.
func stripSiteName(title, sitename, hostname string) string {
	parts := titleSep.Split(title, -1)
	if len(parts) < 2 {
		return title
	}
	site := strings.ToLower(collapseSpace(sitename))
	host := strings.TrimPrefix(strings.ToLower(hostname), "www.")
	hostLabel, _, _ := strings.Cut(host, ".")
	var keep []string
	for _, p := range parts {
		lp := strings.ToLower(strings.TrimSpace(p))
		squashed := strings.NewReplacer(" ", "", "-", "", ".", "").Replace(lp)
		switch {
		case lp == "":
		case site != "" && lp == site:
		case host != "" && (lp == host || (len(hostLabel) > 3 && squashed == strings.ReplaceAll(hostLabel, "-", ""))):
		case !strings.Contains(lp, " ") && strings.Contains(lp, ".") && utf8.RuneCountInString(lp) > 4:
		default:
			keep = append(keep, strings.TrimSpace(p))
		}
	}
	if len(keep) == 1 {
		return keep[0]
	}
	return title
}

// nodeText is the text under n as it reads: inline markup inside a word
// ("<abbr>THW</abbr>:") adds no space, while a block, a line break or two
// elements side by side ("<span>Kicker</span><span>Headline</span>", laid
// out apart by the site's style) do.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch {
			case n.Data == "script" || n.Data == "style":
				return
			case n.Data == "br" || blockTags[n.Data]:
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			case n.PrevSibling != nil && n.PrevSibling.Type == html.ElementNode:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
