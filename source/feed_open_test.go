package source

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

func TestOpenDispatchesFeedsAndWARCs(t *testing.T) {
	gz, _ := encodeWARC(t, true, cleanRecords()...)
	plain, _ := encodeWARC(t, false, cleanRecords()...)
	rss := []byte(rssFeed(rssItem(1, "https://courier.example.org/1", true)))
	srv, _ := newsServer(t, func(base string) string { return rssFeed(rssItem(2, base+"/page/2", true)) })
	tests := []struct {
		name, file string
		data       []byte
		wantType   string
		wantN      int
	}{
		{"a .warc.gz by extension", "cc-news.warc.gz", gz, "*source.warcSource", 2},
		{"a .warc by extension", "cc-news.warc", plain, "*source.warcSource", 2},
		{"a gzipped WARC without extension by content", "CC-NEWS-20250818", gz, "*source.warcSource", 2},
		{"an .rss by extension", "courier.rss", rss, "*source.feedSource", 1},
		{"an .xml feed by content", "courier.xml", rss, "*source.feedSource", 1},
		{"a URL as a feed", "", nil, "*source.feedSource", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := srv.URL + "/feed"
			if tt.file != "" {
				path = writeTemp(t, tt.file, tt.data)
			}
			src, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := typeName(src); got != tt.wantType {
				t.Errorf("Open(%s) is %s, want %s", tt.file, got, tt.wantType)
			}
			n := 0
			for _, err := range src.Articles(context.Background()) {
				if err != nil {
					t.Errorf("error: %v", err)
					continue
				}
				n++
			}
			if n != tt.wantN {
				t.Errorf("%d articles, want %d", n, tt.wantN)
			}
		})
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

func TestLooksFeed(t *testing.T) {
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"RSS with a declaration", `<?xml version="1.0"?>` + "\n<rss version=\"2.0\">", true},
		{"Atom after a comment", `<?xml version="1.0"?><!-- generated --><feed xmlns="http://www.w3.org/2005/Atom">`, true},
		{"RSS 1.0 RDF", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, true},
		{"an HTML page that mentions a feed", `<!DOCTYPE html><html><head><link rel="alternate" href="/feed"><feed>`, false},
		{"a sitemap", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, false},
		{"plain text about RSS", `The <rss> element is the root of a feed.`, false},
		{"a tag that only starts like feed", `<feedback>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := looksFeed([]byte(tt.head)); got != tt.want {
				t.Errorf("looksFeed(%q) = %v, want %v", tt.head, got, tt.want)
			}
		})
	}
}

// A URL that serves an HTML page, not a feed, is read as that page's
// article; it used to fail as "not a readable RSS, Atom or JSON feed".
func TestOpenURLOfAPage(t *testing.T) {
	srv, _ := newsServer(t, func(base string) string { return rssFeed(rssItem(1, base+"/page/1", true)) })
	for _, tc := range []struct {
		name, path string
		want       string
	}{
		{"a page", "/page/3", "close bridge number 3"},
		{"a feed still", "/feed", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := srv.URL + tc.path
			src, err := Open(url, Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for a, err := range src.Articles(context.Background()) {
				if err != nil {
					t.Fatalf("article error: %v", err)
				}
				n++
				if tc.want != "" && (a.ID != url || a.Title == "" || !strings.Contains(a.Text, tc.want)) {
					t.Errorf("article id %q title %q text %.80q; want id %q and text with %q", a.ID, a.Title, a.Text, url, tc.want)
				}
			}
			if n != 1 {
				t.Errorf("got %d articles, want 1", n)
			}
		})
	}
}

// A host name that does not exist is not asked again: retries cannot
// make it exist, and each cost a backoff.
func TestFetchNoSuchHostIsNotRetried(t *testing.T) {
	var dials atomic.Int32
	client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		dials.Add(1)
		return nil, &net.DNSError{Err: "no such host", Name: "news.nowhere.example", IsNotFound: true}
	}}}
	cfg := quick
	cfg.Client, cfg.Retries = client, 3
	src, err := OpenFeed("http://news.nowhere.example/feed.xml", Options{}, FeedConfig{Fetch: cfg})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := collect(t, src)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "cannot fetch: lookup news.nowhere.example: no such host") {
		t.Errorf("errors %v, want one naming the missing host", errs)
	}
	if n := dials.Load(); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
}
