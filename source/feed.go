package source

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"net/url"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"dateline/text"
)

// FlagFeedSummaryOnly marks an article whose text is the feed's summary
// because its page could not be fetched or held no article.
const FlagFeedSummaryOnly = "feed-summary-only"

// DefaultMinItemText is the item text below which a feed item counts as a
// summary and its page is fetched: full-text feeds carry whole articles,
// most carry a sentence or two.
const DefaultMinItemText = 1000

// FeedConfig says how feeds are read. The zero value works.
type FeedConfig struct {
	Fetch FetchConfig
	// SkipPages keeps the feed's own text for every item, never fetching
	// item pages.
	SkipPages bool
	// MinItemText is the length in bytes of item text below which the
	// item's page is fetched; 0 means DefaultMinItemText.
	MinItemText int
}

// Validate names the field at fault.
func (c FeedConfig) Validate() error {
	if c.MinItemText < 0 {
		return fmt.Errorf("source: FeedConfig.MinItemText %d: want 0 (default) or a positive length", c.MinItemText)
	}
	return c.Fetch.Validate()
}

func (c FeedConfig) withDefaults() FeedConfig {
	if c.MinItemText == 0 {
		c.MinItemText = DefaultMinItemText
	}
	return c
}

// feedSource reads an RSS, Atom or JSON feed once, from a file or a URL,
// and yields an article per item.
type feedSource struct {
	name string // path or URL
	in   input  // for files; zero for URLs
	opt  Options
	cfg  FeedConfig
	f    *fetcher
}

func openFeed(in input, opt Options) Source {
	return &feedSource{name: in.name, in: in, opt: opt, cfg: FeedConfig{SkipPages: opt.SkipFeedPages}.withDefaults(), f: newFetcher(FetchConfig{Timeout: opt.FetchTimeout}, opt.MaxBytes)}
}

// OpenFeed returns a Source reading the feed at pathOrURL once: an article
// per item, with the item's page fetched when the feed carries only a
// summary. Open does the same with the default FeedConfig for http(s) URLs
// and for files ending in .rss or .atom or that look like a feed.
func OpenFeed(pathOrURL string, opt Options, cfg FeedConfig) (Source, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	cfg.SkipPages = cfg.SkipPages || opt.SkipFeedPages
	if cfg.Fetch.Timeout == 0 {
		cfg.Fetch.Timeout = opt.FetchTimeout
	}
	s := &feedSource{name: pathOrURL, opt: opt, cfg: cfg.withDefaults(), f: newFetcher(cfg.Fetch, opt.MaxBytes)}
	if !isURL(pathOrURL) {
		s.in = fileInput(pathOrURL, "")
	}
	return s, nil
}

func (s *feedSource) Name() string { return s.name }

func (s *feedSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		if ctx.Err() != nil {
			return
		}
		origin := text.Origin{Path: s.name}
		var body []byte
		var err error
		if isURL(s.name) {
			var res fetched
			res, err = s.f.get(ctx, s.name, validators{})
			body = res.Body
			if err == nil && isPage(res) {
				// The URL of an article page, not of a feed: extract it
				// as a feed item's page would be, instead of failing with
				// "not a readable feed".
				a, err := pageArticle(s.name, res, s.opt)
				a.ID, a.Origin = s.name, origin
				if a.Published.IsZero() {
					a.Published = s.opt.Published
				}
				yield(a, err)
				return
			}
		} else {
			body, err = readAll(s.in, s.opt)
		}
		if err != nil {
			// A URL that could not be had keeps its id, the URL, as its
			// page would have: extract's error record had "id": "".
			var id string
			if isURL(s.name) {
				id = s.name
			}
			yield(text.Article{ID: id, Origin: origin}, err)
			return
		}
		feed, err := parseFeed(s.name, body)
		if err != nil {
			yield(text.Article{Origin: origin}, err)
			return
		}
		for _, item := range feed.Items {
			for a, err := range itemArticles(ctx, s.name, feed, item, s.opt, s.cfg, s.f) {
				if ctx.Err() != nil || !yield(a, err) {
					return
				}
			}
		}
	}
}

// parseFeed parses RSS, Atom or JSON Feed. The XML decoder does not expand
// entities declared in a DTD, so an entity-expansion ("billion laughs")
// feed parses to its literal references, not gigabytes.
func parseFeed(name string, body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		// A bug in the parser must cost one feed, not the batch.
		if r := recover(); r != nil {
			feed, err = nil, &InputError{Input: name, Reason: "feed parser failed", Err: fmt.Errorf("%v", r)}
		}
	}()
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, &InputError{Input: name, Reason: "empty feed", Err: ErrEmpty}
	}
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, &InputError{Input: name, Reason: "not a readable RSS, Atom or JSON feed", Err: err}
	}
	return feed, nil
}

// itemArticles yields the article of one feed item: from its page when the
// feed carries only a summary, else from the summary with a warning, or an
// error when the page could not be had and there is no summary.
func itemArticles(ctx context.Context, feedName string, feed *gofeed.Feed, item *gofeed.Item, opt Options, cfg FeedConfig, f *fetcher) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		link := resolveLink(feedName, feed.Link, item.Link)
		key := itemKey(item, link)
		a := text.Article{
			ID:     key,
			URL:    link,
			Title:  fragmentText(item.Title),
			Author: itemAuthor(feed, item),
			Origin: text.Origin{Path: feedName, Item: key},
		}
		if item.PublishedParsed != nil {
			a.Published = item.PublishedParsed.UTC()
		} else if item.UpdatedParsed != nil {
			a.Published = item.UpdatedParsed.UTC()
		} else {
			a.Published = opt.Published
		}
		body := item.Content
		if strings.TrimSpace(body) == "" {
			body = item.Description
		}
		summary := itemText(feedName+" item "+key, body, link, opt)
		if len(summary) >= cfg.MinItemText || cfg.SkipPages || !isURL(link) {
			a.Text = summary
			if a.Text == "" {
				yield(a, &InputError{Input: feedName + " item " + key, Reason: "item has no text and no page to fetch", Err: ErrNoText})
				return
			}
			yield(a, nil)
			return
		}
		page, err := fetchArticle(ctx, f, link, opt)
		if err == nil {
			a.Text = page.Text
			a.Flags = page.Flags
			if a.Title == "" {
				a.Title = page.Title
			}
			if a.Author == "" {
				a.Author = page.Author
			}
			if a.Published.IsZero() {
				a.Published = page.Published
			}
			yield(a, nil)
			return
		}
		if summary == "" {
			yield(a, err)
			return
		}
		// The item is read, from its summary: a warning, not an input
		// error as well, which counted the one item twice (unreadable and
		// stored) and kept an error record for an article that is there.
		opt.warn(feedName+" item "+key, "page not fetched, the feed's summary kept: "+err.Error())
		a.Text = summary
		a.Flags = append(a.Flags, FlagFeedSummaryOnly)
		yield(a, nil)
	}
}

// fetchArticle fetches a page and extracts its article.
func fetchArticle(ctx context.Context, f *fetcher, link string, opt Options) (text.Article, error) {
	res, err := f.get(ctx, link, validators{})
	if err != nil {
		return text.Article{}, err
	}
	if ct := res.ContentType; ct != "" && !isHTMLType(ct) {
		return text.Article{}, &InputError{Input: link, Reason: fmt.Sprintf("page is %q, not HTML", ct), Err: ErrNotHTML}
	}
	return pageArticle(link, res, opt)
}

// isPage: a fetched body is an HTML page, not a feed.
func isPage(res fetched) bool {
	head := res.Body[:min(len(res.Body), 4096)]
	if looksFeed(head) {
		return false
	}
	if ct := res.ContentType; ct != "" {
		return isHTMLType(ct)
	}
	return looksHTML(head)
}

// pageArticle extracts the article of a fetched HTML page.
func pageArticle(link string, res fetched, opt Options) (text.Article, error) {
	if err := checkContent(link, res.Body); err != nil {
		return text.Article{}, err
	}
	page, flags := decodePage(link, res.Body, res.ContentType, opt)
	a, err := ExtractHTML(link, page, res.FinalURL, opt)
	a.Flags = append(flags, a.Flags...)
	return a, err
}

// itemText is the text of an item's body. Most bodies are fragments (a
// summary, the article's paragraphs) whose every word is text; some feeds
// put the whole page in the item, head, navigation, scripts and footer
// included, and of that only the article is text, found as for an HTML
// page. The fragment's text stands when the extractor finds nothing.
func itemText(name, body, link string, opt Options) string {
	if isWholePage(body) {
		if a, err := ExtractHTML(name, body, link, opt); err == nil {
			return a.Text
		}
	}
	return fragmentText(body)
}

// pageTag finds the tags that belong to a whole page, not to an article's
// fragment: a doctype, the html, head and body elements, and the page's
// furniture (navigation, header and footer bars, side boxes).
var pageTag = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|nav|header|footer|aside)[\s/>]`)

// isWholePage: an item body is a page, not a fragment. One furniture tag is
// not enough (a fragment may quote a <header> of its own); an explicit
// html, head or body element or doctype is, as are two different tags.
func isWholePage(body string) bool {
	seen := map[string]bool{}
	for _, m := range pageTag.FindAllString(body[:min(len(body), 256<<10)], -1) {
		tag := strings.ToLower(strings.TrimRight(m[1:], " \t\r\n/>"))
		switch {
		case strings.HasPrefix(tag, "!doctype"), tag == "html", tag == "head", tag == "body":
			return true
		}
		seen[tag] = true
	}
	return len(seen) >= 2
}

// fragmentText is the visible text of an HTML fragment (feed titles and
// bodies are often HTML), a line per block, cleaned of page furniture.
func fragmentText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return Clean(visibleText(doc)).Text
}

func itemAuthor(feed *gofeed.Feed, item *gofeed.Item) string {
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			return strings.TrimSpace(p.Name)
		}
	}
	if item.DublinCoreExt != nil && len(item.DublinCoreExt.Creator) > 0 {
		return strings.TrimSpace(item.DublinCoreExt.Creator[0])
	}
	return ""
}

// itemKey identifies an item across polls: its GUID, else its link, else
// its title and date.
func itemKey(item *gofeed.Item, link string) string {
	switch {
	case strings.TrimSpace(item.GUID) != "":
		return strings.TrimSpace(item.GUID)
	case link != "":
		return link
	}
	return item.Title + "|" + item.Published
}

// resolveLink makes an item link absolute against the feed's URL (or its
// site link, for a feed read from a file).
func resolveLink(feedName, siteLink, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	base := siteLink
	if isURL(feedName) {
		base = feedName
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return link
	}
	return b.ResolveReference(u).String()
}

// looksFeed: the input's first element is an RSS, Atom or RDF feed root,
// after any XML declaration, comments and doctype.
func looksFeed(head []byte) bool {
	head = bytes.TrimLeft(trimBOM(head), " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	root := len(head)
	for _, tag := range [][]byte{[]byte("<rss"), []byte("<feed"), []byte("<rdf:RDF")} {
		if i := bytes.Index(head, tag); i >= 0 && i+len(tag) < len(head) && isTagEnd(head[i+len(tag)]) {
			root = min(root, i)
		}
	}
	if root == len(head) {
		return false
	}
	html := bytes.Index(bytes.ToLower(head), []byte("<html"))
	return html < 0 || html > root
}

func isTagEnd(c byte) bool {
	return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '/'
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
