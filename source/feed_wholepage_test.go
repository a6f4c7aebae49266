package source

import (
	"html"
	"strings"
	"testing"
)

// wholePage is a news page as some feeds put it in an item: head, site
// navigation, a script, the article, a related-links box and a footer.
const wholePage = `<!DOCTYPE html>
<html lang="en"><head><title>Ferry service resumes | Harwick Courier</title>
<meta charset="utf-8"><script>window.analytics = {track: function() {}};</script>
<style>body { font-family: serif; }</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<main><article>
<h1>Ferry service resumes after the winter storms</h1>
<p>The ferry between Harwick and the northern islands sailed again on Monday, three weeks after storms damaged the pier at the island end of the crossing.</p>
<p>Engineers spent the last fortnight replacing the timber fenders and two of the mooring bollards, the harbour board said in a statement.</p>
<p>Islanders had relied on a small launch for post and medicine while the larger boat stayed in port, and the board thanked them for their patience.</p>
<p>Timetables return to the winter pattern of four crossings a day, with an extra sailing on Fridays until the end of March.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new cycle lanes</a></li><li><a href="/b">School wins robotics prize</a></li><li><a href="/c">Bakery closes after sixty years</a></li></ul></aside>
<footer><p>Copyright 2025 Harwick Courier Ltd. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p></footer>
<script>document.querySelectorAll("a").forEach(function (a) { a.rel = "noopener"; });</script>
</body></html>`

// articleWords are sentences of wholePage's article; boilerWords are words
// of its navigation, side box, footer and scripts.
var (
	articleWords = []string{"The ferry between Harwick and the northern islands sailed again on Monday", "Timetables return to the winter pattern"}
	boilerWords  = []string{"Contact us", "Most read", "Bakery closes", "All rights reserved", "Privacy policy", "window.analytics", "noopener", "font-family"}
)

func TestFeedItemHoldingWholePage(t *testing.T) {
	rssDescription := rssFeed(`<item><title>Ferry service resumes</title><link>https://courier.example.org/ferry</link><guid>ferry</guid>
<description>` + html.EscapeString(wholePage) + `</description></item>`)
	rssContent := rssFeed(`<item><title>Ferry service resumes</title><link>https://courier.example.org/ferry</link><guid>ferry</guid>
<description>Ferry sails again.</description><content:encoded><![CDATA[` + wholePage + `]]></content:encoded></item>`)
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harwick Courier</title><id>urn:courier</id><updated>2025-08-19T10:00:00Z</updated>
<entry><title>Ferry service resumes</title><id>urn:ferry</id><updated>2025-08-19T10:00:00Z</updated><link href="https://courier.example.org/ferry"/>
<content type="html">` + html.EscapeString(wholePage) + `</content></entry></feed>`
	tests := []struct {
		name, file, feed string
	}{
		{"rss description holding a page", "d.rss", rssDescription},
		{"rss content:encoded holding a page", "c.rss", rssContent},
		{"atom html content holding a page", "a.atom", atom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// SkipPages: the item's own text is what is read, whatever its length.
			src, err := OpenFeed(writeTemp(t, tt.file, []byte(tt.feed)), Options{}, FeedConfig{Fetch: quick, SkipPages: true})
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := collect(t, src)
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v; want 1 article", len(arts), errs)
			}
			a := arts[0]
			for _, w := range articleWords {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks the article's %q:\n%s", w, a.Text)
				}
			}
			for _, w := range boilerWords {
				if strings.Contains(a.Text, w) {
					t.Errorf("text holds the page's boilerplate %q:\n%s", w, a.Text)
				}
			}
			if a.Title != "Ferry service resumes" {
				t.Errorf("title = %q, want the item's title", a.Title)
			}
		})
	}
}

// A fragment is not a page: an item whose description is a few paragraphs
// and links keeps all of its text, links included.
func TestFeedItemFragmentKeepsAllText(t *testing.T) {
	frag := `<p>The ferry sails again on Monday.</p><p>Read more on <a href="/ferry">our ferry page</a>.</p>`
	src, err := OpenFeed(writeTemp(t, "f.rss", []byte(rssFeed(`<item><title>Ferry</title><guid>f</guid><description>`+html.EscapeString(frag)+`</description></item>`))), Options{}, FeedConfig{Fetch: quick, SkipPages: true})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v; want 1 article", len(arts), errs)
	}
	if got, want := arts[0].Text, "The ferry sails again on Monday.\nRead more on our ferry page."; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestIsWholePage(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"paragraphs", `<p>One.</p><p>Two.</p>`, false},
		{"a fragment with its own header", `<article><header><h2>Ferry</h2></header><p>It sails.</p></article>`, false},
		{"a doctype", `<!DOCTYPE html><p>It sails.</p>`, true},
		{"a body element", `<body><p>It sails.</p></body>`, true},
		{"navigation and footer", `<nav><a href="/">Home</a></nav><p>It sails.</p><footer>Courier</footer>`, true},
		{"the word html in text", `<p>Write html or body text.</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isWholePage(tt.body); got != tt.want {
				t.Errorf("isWholePage(%q) = %v, want %v", tt.body, got, tt.want)
			}
		})
	}
}
