package source

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"dateline/text"
)

// FlagNotHTMLReadAsText marks a file named as HTML that held no markup and
// was read as plain text instead.
const FlagNotHTMLReadAsText = "not-html-read-as-text"

// HTMLOptions tune the article extractor. The zero value is the tuned
// default: balanced focus, readability and dom-distiller fallbacks on, the
// full date search.
type HTMLOptions struct {
	// Focus trades recall for precision: "" (balanced), "precision" or
	// "recall".
	Focus string
	// NoFallback turns off the readability and dom-distiller fallbacks:
	// faster, a little less accurate.
	NoFallback bool
	// FastDates looks for the publication date in metadata and markup only,
	// skipping the slow search through the page text.
	FastDates bool
	// KeepFurniture skips Clean on the extracted text.
	KeepFurniture bool
}

func openHTMLFile(in input, opt Options) Source {
	return &single{in: in, opt: opt, read: readHTML}
}

func readHTML(in input, b []byte, opt Options) (text.Article, error) {
	page, flags := decodeHTML(in.name, b, opt)
	if !hasMarkup(page) {
		if looksJSONL([]byte(page)) || strings.HasPrefix(strings.TrimSpace(page), "[") {
			return text.Article{}, &InputError{Input: in.name, Reason: "holds JSON, not an HTML page", Err: ErrNotHTML}
		}
		opt.warn(in.name, "no HTML markup; read as plain text")
		return textArticle(in.name, page, append(flags, FlagNotHTMLReadAsText))
	}
	a, err := ExtractHTML(in.name, page, "", opt)
	a.Flags = append(flags, a.Flags...)
	return a, err
}

// ExtractHTML finds the article in an HTML page with go-trafilatura (and
// its readability and dom-distiller fallbacks): its text, title, author,
// publication date and canonical URL. pageURL, when known, resolves
// relative links and is kept when the page names no canonical URL. name
// names the input in errors. The page must be valid UTF-8. A page with no
// text at all is an *InputError wrapping ErrNoText.
func ExtractHTML(name, page, pageURL string, opt Options) (a text.Article, err error) {
	opt = opt.withDefaults()
	defer func() {
		// The extractor is a large port; a bug in it must cost one page,
		// not the batch.
		if r := recover(); r != nil {
			a, err = text.Article{}, &InputError{Input: name, Reason: "HTML extractor failed", Err: fmt.Errorf("%v", r)}
		}
	}()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return a, &InputError{Input: name, Reason: "cannot parse HTML", Err: err}
	}
	spaceBlocks(doc)
	res, xerr := trafilatura.ExtractDocument(doc, trafilaturaOptions(pageURL, opt.HTML))
	var body, siteAuthor string
	if xerr == nil {
		// The node keeps the paragraph structure that ContentText flattens
		// into one line.
		body = blockText(res.ContentNode)
		if body == "" {
			body = res.ContentText
		} else if whole, ok := fellThrough(res.ContentNode, res.ContentText); ok {
			// The extractor's last resort on a page of little text adds
			// the whole page after the paragraphs it kept, so its node
			// held every paragraph twice. Its text is what it meant; the
			// page's own blocks give the same words with their lines when
			// they hold nothing it left out (its text also holds the
			// page's title).
			body = whole
			if v := visibleText(doc); strings.Contains(whole, words(v)) {
				body = v
			}
		} else if lines, ok := relined(body, doc); ok {
			body = lines
		}
		a.Title = refineTitle(res.Metadata.Title, res.Metadata.Sitename, res.Metadata.Hostname, doc)
		a.Author, siteAuthor = articleAuthor(res.Metadata, doc, page)
		a.URL = res.Metadata.URL
		if !res.Metadata.Date.IsZero() {
			a.Published = res.Metadata.Date
		}
	} else {
		// Nothing the extractor trusts: take the page's visible text rather
		// than lose the article.
		body = visibleText(doc)
	}
	if a.URL == "" {
		a.URL = pageURL
	}
	if !opt.HTML.KeepFurniture {
		c := Clean(body)
		body = c.Text
		if a.Author == "" {
			a.Author = c.Author
		}
		if a.Published.IsZero() {
			a.Published = c.Published
		}
	}
	if a.Author == "" {
		a.Author = siteAuthor
	}
	a.Text = strings.TrimSpace(body)
	if a.Text == "" {
		return a, &InputError{Input: name, Reason: "no article text in the page", Err: ErrNoText}
	}
	return a, nil
}

func trafilaturaOptions(pageURL string, h HTMLOptions) trafilatura.Options {
	o := trafilatura.Options{
		EnableFallback:  !h.NoFallback,
		ExcludeComments: true,
	}
	switch h.Focus {
	case "precision":
		o.Focus = trafilatura.FavorPrecision
	case "recall":
		o.Focus = trafilatura.FavorRecall
	}
	if h.FastDates {
		o.HtmlDateMode = trafilatura.Fast
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && pageURL != "" {
		o.OriginalURL = u
	}
	return o
}

// spaceBlocks puts a line break between a block element and a neighbour
// that touches it. In minified HTML ("<h1>Prices rise</h1><p>Prices at")
// nothing separates the blocks, and the extractor's fallbacks, which
// flatten a whole <article> into one text, glued the words together
// ("risePrices"); with the break they stay words. Pages with white space
// between their blocks are unchanged.
func spaceBlocks(doc *html.Node) {
	var blocks []*html.Node
	for n := range doc.Descendants() {
		// The title and the body too: a fallback that reads the whole
		// document would run the title into the first line of the body.
		if n.Type == html.ElementNode && (blockTags[n.Data] || n.Data == "title" || n.Data == "body") {
			blocks = append(blocks, n)
		}
	}
	for _, n := range blocks {
		if n.Parent == nil {
			continue
		}
		if p := n.PrevSibling; p != nil && !endsSpace(p) {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, n)
		}
		if x := n.NextSibling; x != nil && !startsSpace(x) {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, x)
		}
	}
}

func endsSpace(n *html.Node) bool {
	return n.Type == html.TextNode && strings.TrimRight(n.Data, " \t\r\n") != n.Data
}

func startsSpace(n *html.Node) bool {
	return n.Type == html.TextNode && strings.TrimLeft(n.Data, " \t\r\n") != n.Data
}

// blockText is the text under n with a line per block (paragraph,
// heading, list item, table row, quote) and spaces collapsed inside lines.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	writeBlocks(&b, n)
	return joinLines(b.String())
}

func writeBlocks(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "head", "svg", "iframe":
			return
		case "br", "hr":
			b.WriteByte('\n')
			return
		case "td", "th":
			b.WriteByte(' ')
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeBlocks(b, c)
	}
	if block {
		b.WriteByte('\n')
	}
}

// fellThrough: the extractor's node is the paragraphs of its last resort
// followed by the whole page it then took instead: the last block is the
// reported text and holds every block before it. It returns that last
// block's words.
func fellThrough(node *html.Node, text string) (string, bool) {
	// The last block first: on every other page it is not the whole
	// text, and the blocks before it need not be read at all.
	var last *html.Node
	for c := node.LastChild; c != nil && last == nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			last = c
		}
	}
	if last == nil || last == firstElement(node) {
		return "", false
	}
	whole := words(blockText(last))
	if whole != words(text) {
		return "", false
	}
	for c := node.FirstChild; c != last; c = c.NextSibling {
		if c.Type == html.ElementNode && !strings.Contains(whole, words(blockText(c))) {
			return "", false
		}
	}
	return whole, true
}

// firstElement is n's first element child, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// words is s with its white space collapsed to single spaces.
func words(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// joinLines collapses white space inside each line and drops empty lines.
func joinLines(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// visibleText is the text of a page's body without scripts and styles, a
// line per block: the last resort when the extractor finds no article.
func visibleText(doc *html.Node) string {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "body" {
			return blockText(n)
		}
	}
	return blockText(doc)
}

var blockTags = setOf("p", "div", "li", "dl", "main", "aside", "nav", "address", "details", "summary", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
	"article", "section", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "table", "ul", "ol")

// markupTag finds an HTML tag: a known element name after "<", then a space,
// "/" or ">".
var markupTag = regexp.MustCompile(`(?i)<(?:!doctype html|html|head|body|title|meta|div|p|span|a|article|section|main|h[1-6]|br|script|style|table|ul|ol|li|img|link|header|footer|nav)[\s/>]`)

// looksHTML: the input's first bytes look like an HTML page: a doctype or
// an html tag, or at least two known tags.
func looksHTML(head []byte) bool {
	head = bytes.TrimLeft(trimBOM(head), " \t\r\n")
	tags := len(markupTag.FindAllIndex(head, 2))
	return tags >= 2 || (tags == 1 && bytes.HasPrefix(head, []byte("<")))
}

// hasMarkup: a page holds at least one HTML tag.
func hasMarkup(page string) bool {
	return markupTag.MatchString(page[:min(len(page), 64<<10)])
}
