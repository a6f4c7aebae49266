package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dateline/text"
)

// quick is a fetch configuration for tests: no politeness delay, short
// backoff, short timeout.
var quick = FetchConfig{HostDelay: -1, Backoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond, Timeout: 2 * time.Second}

func rssFeed(items ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harwick Courier</title><link>https://courier.example.org/</link>
` + strings.Join(items, "\n") + `
</channel></rss>`
}

// rssItem is an item whose description is a one-sentence summary; with
// full, it also carries the whole article as content:encoded.
func rssItem(n int, link string, full bool) string {
	s := fmt.Sprintf(`<item><title>Bridge %d closes for repairs</title><link>%s</link><guid>item-%d</guid>
<pubDate>Tue, 19 Aug 2025 10:0%d:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description>Summary: the council closes bridge %d for eight months.</description>`, n, link, n, n%10, n)
	if full {
		s += "<content:encoded><![CDATA[" + strings.Repeat(fmt.Sprintf("<p>Full text of story %d: the council voted to close the bridge after engineers found corrosion in its beams.</p>", n), 12) + "]]></content:encoded>"
	}
	return s + "</item>"
}

func TestFeedFromFileWithFullText(t *testing.T) {
	path := writeTemp(t, "courier.rss", []byte(rssFeed(rssItem(1, "https://courier.example.org/1", true), rssItem(2, "/2", true))))
	src, err := OpenFeed(path, Options{}, FeedConfig{Fetch: quick})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(errs) > 0 || len(arts) != 2 {
		t.Fatalf("got %d articles, errors %v; want 2 articles", len(arts), errs)
	}
	a := arts[0]
	want := text.Article{ID: "item-1", URL: "https://courier.example.org/1", Title: "Bridge 1 closes for repairs", Author: "Ana Ruiz",
		Published: time.Date(2025, 8, 19, 10, 1, 0, 0, time.UTC), Origin: text.Origin{Path: path, Item: "item-1"}}
	if a.ID != want.ID || a.URL != want.URL || a.Title != want.Title || a.Author != want.Author || !a.Published.Equal(want.Published) || a.Origin != want.Origin {
		t.Errorf("article = %+v\nwant metadata of %+v", a, want)
	}
	if !strings.Contains(a.Text, "Full text of story 1") || strings.Contains(a.Text, "<p>") {
		t.Errorf("text = %.80q…, want the content:encoded text without markup", a.Text)
	}
	if got := arts[1].URL; got != "https://courier.example.org/2" {
		t.Errorf("relative link resolved to %q, want it against the channel link", got)
	}
}

// newsServer serves a feed at /feed and article pages at /page/N; a page
// numbered 404 is missing.
func newsServer(t *testing.T, feed func(base string) string) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var pages atomic.Int64
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed(srv.URL))
	})
	mux.HandleFunc("GET /page/{n}", func(w http.ResponseWriter, r *http.Request) {
		pages.Add(1)
		if r.PathValue("n") == "404" {
			http.NotFound(w, r)
			return
		}
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(testPage(n))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &pages
}

func TestFeedFetchesPagesOfSummaryItems(t *testing.T) {
	srv, pages := newsServer(t, func(base string) string {
		return rssFeed(rssItem(7, base+"/page/7", false), rssItem(8, base+"/page/404", false))
	})
	var log bytes.Buffer
	src, err := OpenFeed(srv.URL+"/feed", Options{Logger: slog.New(slog.NewTextHandler(&log, nil))}, FeedConfig{Fetch: quick})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 (one from its page, one from its summary)", len(arts))
	}
	if a := arts[0]; !strings.Contains(a.Text, "close bridge number 7 for eight months") || a.Title != "Bridge 7 closes for repairs" {
		t.Errorf("article 0: title %q text %.80q…, want the feed's title and the page's text", a.Title, a.Text)
	}
	if a := arts[1]; !strings.Contains(a.Text, "Summary: the council closes bridge 8") || !containsString(a.Flags, FlagFeedSummaryOnly) {
		t.Errorf("article 1: text %q flags %v, want the summary flagged %q", a.Text, a.Flags, FlagFeedSummaryOnly)
	}
	// The item whose page is missing is read from its summary: a warning
	// naming the item and the page, not an input error besides the article
	// (which counted one item twice, as unreadable and as stored).
	if len(errs) != 0 {
		t.Errorf("errors %v, want none (the summary stands in)", errs)
	}
	if w := log.String(); !strings.Contains(w, "level=WARN") || !strings.Contains(w, "item item-8") || !strings.Contains(w, srv.URL+"/page/404") {
		t.Errorf("log %q, want a warning naming item-8 and its missing page", w)
	}
	if got := pages.Load(); got != 2 {
		t.Errorf("fetched %d pages, want 2 (a 404 is not retried)", got)
	}
}

func TestFeedSkipPages(t *testing.T) {
	srv, pages := newsServer(t, func(base string) string { return rssFeed(rssItem(7, base+"/page/7", false)) })
	src, _ := OpenFeed(srv.URL+"/feed", Options{}, FeedConfig{Fetch: quick, SkipPages: true})
	arts, errs := collect(t, src)
	if len(arts) != 1 || len(errs) != 0 || pages.Load() != 0 {
		t.Errorf("got %d articles, %v, %d pages fetched; want 1 article from the summary and no fetch", len(arts), errs, pages.Load())
	}
}

func TestFeedEntityExpansionIsNotExpanded(t *testing.T) {
	// "Billion laughs": ten levels of ten references would be 10^9 "lol"s.
	var dtd strings.Builder
	dtd.WriteString(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">`)
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&dtd, `<!ENTITY lol%d "%s">`, i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	dtd.WriteString(`]>`)
	feed := dtd.String() + `<rss version="2.0"><channel><title>t</title>
<item><title>&lol9;</title><guid>a</guid><description>&lol9; plus a summary long enough to read.</description></item>
</channel></rss>`
	path := writeTemp(t, "laughs.rss", []byte(feed))
	src, _ := OpenFeed(path, Options{}, FeedConfig{SkipPages: true})
	arts, errs := collect(t, src)
	if len(arts)+len(errs) != 1 {
		t.Fatalf("got %d articles and errors %v, want one result", len(arts), errs)
	}
	for _, a := range arts {
		if n := len(a.Title) + len(a.Text); n > 1000 {
			t.Errorf("article holds %d bytes: the entities were expanded", n)
		}
	}
	for _, err := range errs {
		var ie *InputError
		if !errors.As(err, &ie) || ie.Input != path {
			t.Errorf("error %v does not name %q", err, path)
		}
	}
}

func TestFeedThatTimesOut(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		select { // answer nothing until the client gives up
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	cfg := quick
	cfg.Timeout = 50 * time.Millisecond
	cfg.Retries = 1
	src, _ := OpenFeed(srv.URL+"/slow.rss", Options{}, FeedConfig{Fetch: cfg})
	arts, errs := collect(t, src)
	if len(arts) != 0 || len(errs) != 1 {
		t.Fatalf("got %d articles and errors %v, want one error", len(arts), errs)
	}
	var ie *InputError
	if !errors.As(errs[0], &ie) || ie.Input != srv.URL+"/slow.rss" || !errors.Is(errs[0], ErrTimeout) {
		t.Errorf("error %v, want an ErrTimeout naming the feed URL", errs[0])
	}
	if got := hits.Load(); got != 2 {
		t.Errorf("server saw %d requests, want 2 (one retry)", got)
	}
}

func TestFetchRetriesWithBackoff(t *testing.T) {
	tests := []struct {
		name      string
		failures  int // answers of status before a 200
		status    int
		wantHits  int64
		wantError error
	}{
		{"recovers after two 503s", 2, http.StatusServiceUnavailable, 3, nil},
		{"honours 429 and recovers", 1, http.StatusTooManyRequests, 2, nil},
		{"gives up after the retries", 10, http.StatusBadGateway, 4, ErrHTTPStatus},
		{"does not retry a 404", 10, http.StatusNotFound, 1, ErrHTTPStatus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if hits.Add(1) <= int64(tt.failures) {
					w.WriteHeader(tt.status)
					return
				}
				fmt.Fprint(w, "ok")
			}))
			defer srv.Close()
			f := newFetcher(quick, 1<<20)
			_, err := f.get(context.Background(), srv.URL, validators{})
			if !errors.Is(err, tt.wantError) || (tt.wantError == nil) != (err == nil) {
				t.Errorf("error = %v, want %v", err, tt.wantError)
			}
			if got := hits.Load(); got != tt.wantHits {
				t.Errorf("server saw %d requests, want %d", got, tt.wantHits)
			}
		})
	}
}

func TestFetchSpacesRequestsToOneHost(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
	}))
	defer srv.Close()
	cfg := quick
	cfg.HostDelay = 60 * time.Millisecond
	// Separate fetchers, as separate feed sources have: the host's schedule
	// is shared all the same.
	var wg sync.WaitGroup
	start := time.Now()
	for range 3 {
		wg.Go(func() { newFetcher(cfg, 1<<20).get(context.Background(), srv.URL, validators{}) })
	}
	wg.Wait()
	if len(times) != 3 {
		t.Fatalf("server saw %d requests, want 3", len(times))
	}
	slices.SortFunc(times, time.Time.Compare)
	for i, at := range times {
		// Requests are booked HostDelay apart, the first no earlier than
		// start, and none is sent before its booking: so the i-th cannot
		// arrive before start + i×HostDelay. (Gaps between arrivals are no
		// test: a request sent late on a loaded machine shortens the next
		// gap without breaking the schedule.)
		if want := start.Add(time.Duration(i) * cfg.HostDelay); at.Before(want) {
			t.Errorf("request %d arrived %v after the start, want %v or more", i, at.Sub(start), want.Sub(start))
		}
	}
}

func TestFetchRefusesOversizedBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 2048))
	}))
	defer srv.Close()
	_, err := newFetcher(quick, 1024).get(context.Background(), srv.URL, validators{})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("error = %v, want ErrTooLarge", err)
	}
}

func TestFeedConfigValidate(t *testing.T) {
	tests := []struct {
		name  string
		cfg   FollowConfig
		field string
	}{
		{"negative interval", FollowConfig{Interval: -1}, "Interval"},
		{"negative timeout", FollowConfig{Feed: FeedConfig{Fetch: FetchConfig{Timeout: -1}}}, "Timeout"},
		{"negative item text", FollowConfig{Feed: FeedConfig{MinItemText: -1}}, "MinItemText"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.field) {
				t.Errorf("Validate() = %v, want an error naming %s", err, tt.field)
			}
		})
	}
	if err := (FollowConfig{}).Validate(); err != nil {
		t.Errorf("zero FollowConfig: %v, want valid", err)
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rssFeed(rssItem(1, "https://courier.example.org/1", true))))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := parseFeed("fuzz.xml", b)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is %T, want *InputError", err, err)
			}
			return
		}
		for _, item := range feed.Items {
			fragmentText(item.Title)
			fragmentText(item.Description)
		}
	})
}

// Options.FetchTimeout (the CLI's --fetch-timeout) bounds each attempt when
// the FetchConfig sets no timeout of its own, and the error says which
// setting ran out.
func TestOptionsFetchTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	cfg := quick
	cfg.Timeout = 0
	cfg.Retries = -1
	start := time.Now()
	src, err := OpenFeed(srv.URL+"/slow.rss", Options{FetchTimeout: 80 * time.Millisecond}, FeedConfig{Fetch: cfg})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := collect(t, src)
	if len(errs) != 1 || !errors.Is(errs[0], ErrTimeout) || !strings.Contains(errs[0].Error(), "80ms") || !strings.Contains(errs[0].Error(), "--fetch-timeout") {
		t.Fatalf("errors %v, want one ErrTimeout after 80ms naming --fetch-timeout", errs)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("gave up after %v; the default 30 s was used", d)
	}
	if err := (Options{FetchTimeout: -time.Second}).Validate(); err == nil || !strings.Contains(err.Error(), "FetchTimeout") {
		t.Errorf("a negative FetchTimeout validated: %v", err)
	}
}
