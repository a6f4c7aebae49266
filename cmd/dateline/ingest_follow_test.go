package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dateline/source"
)

// growingFeed serves an RSS feed the test can add items to, with an ETag
// per version and 304 for a request that already has it.
type growingFeed struct {
	mu          sync.Mutex
	items       []string
	notModified atomic.Int64
}

func (g *growingFeed) add(n int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	// Full text in the feed (well over source.DefaultMinItemText), so no
	// item page is fetched.
	body := strings.Repeat(fmt.Sprintf("<p>Story %d: the harbour board in Marlow agreed on Monday to dredge the east channel before winter storms arrive.</p>", n), 12)
	g.items = append(g.items, fmt.Sprintf(`<item><title>Harbour story %d</title><link>https://harbour.example.org/%d</link><guid>story-%d</guid>
<pubDate>Mon, 18 Aug 2025 09:0%d:00 GMT</pubDate><description>Short summary %d.</description><content:encoded><![CDATA[%s]]></content:encoded></item>`, n, n, n, n%10, n, body))
}

func (g *growingFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	etag := fmt.Sprintf(`"v%d"`, len(g.items))
	body := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Marlow Harbour News</title><link>https://harbour.example.org/</link>
` + strings.Join(g.items, "\n") + `</channel></rss>`
	g.mu.Unlock()
	if r.Header.Get("If-None-Match") == etag {
		g.notModified.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	fmt.Fprint(w, body)
}

// waitFor polls cond until it holds, failing the test after a deadline.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// articlesIn counts the articles in db, or -1 while the follower has not
// yet created it.
func articlesIn(db string) int {
	var out, errb bytes.Buffer
	var s struct{ Articles int }
	if run(context.Background(), []string{"stats", "--db", db, "--format", "json"}, strings.NewReader(""), &out, &errb) != 0 ||
		json.Unmarshal(out.Bytes(), &s) != nil {
		return -1
	}
	return s.Articles
}

// startFollow runs 'dateline ingest --follow' in-process until the
// returned stop is called; stop cancels it and returns its exit status.
func startFollow(t *testing.T, db, feedURL string) (stderr *syncBuffer, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr = &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		var out strings.Builder
		done <- run(ctx, []string{"ingest", "--db", db, "--workers", "1", "--follow", "--interval", "20ms", feedURL}, strings.NewReader(""), &out, stderr)
	}()
	return stderr, func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Fatalf("ingest --follow did not exit within 30s of its context's cancel; stderr:\n%s", stderr)
			return -1
		}
	}
}

func TestIngestFollowStoresEachNewItemOnce(t *testing.T) {
	saved := followFetch
	followFetch = source.FetchConfig{HostDelay: -1, Backoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond, Timeout: 2 * time.Second}
	t.Cleanup(func() { followFetch = saved })

	feed := &growingFeed{}
	feed.add(1)
	srv := httptest.NewServer(feed) // loopback only
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "news.db")

	stderr, stop := startFollow(t, db, srv.URL+"/feed")
	waitFor(t, "the first item to be stored", func() bool { return articlesIn(db) == 1 })
	feed.add(2)
	waitFor(t, "the item added between polls to be stored", func() bool { return articlesIn(db) == 2 })
	// Unchanged polls after it must store nothing more.
	seen := feed.notModified.Load()
	waitFor(t, "two more unchanged polls", func() bool { return feed.notModified.Load() >= seen+2 })
	// The progress shows the commits too, not only the reads: the last
	// line before Ctrl-C used to say "0 new" after an item was stored.
	waitFor(t, "a progress line counting both stored", func() bool { return strings.Contains(stderr.String(), ", 2 new, 0 known") })
	if code := stop(); code != 0 {
		t.Fatalf("exit %d after cancel, want 0 (a clean stop); stderr:\n%s", code, stderr)
	}
	if s := statsOf(t, db); s.Articles != 2 || s.DuplicateInputs != 0 || s.Errors != 0 {
		t.Errorf("stats = %+v; want 2 articles, no duplicate inputs, no errors", s)
	}
	for _, want := range []string{"following 1 feed(s) every 20ms", "2 new articles", "stopped following"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	t.Run("a restart re-seeing the items changes nothing", func(t *testing.T) {
		stderr, stop := startFollow(t, db, srv.URL+"/feed")
		waitFor(t, "the restarted follower to poll again", func() bool { return strings.Contains(stderr.String(), "2 known") })
		if code := stop(); code != 0 {
			t.Fatalf("exit %d after cancel, want 0; stderr:\n%s", code, stderr)
		}
		if s := statsOf(t, db); s.Articles != 2 || s.DuplicateInputs != 0 {
			t.Errorf("stats after restart = %+v; want the same 2 articles, no duplicate inputs", s)
		}
		if !strings.Contains(stderr.String(), "0 new articles") {
			t.Errorf("restart stored something new:\n%s", stderr)
		}
	})
}

// --follow of a directory, stdin or a path that is not there polled it in
// silence until Ctrl-C, keeping an error record at each poll; it is
// refused at once, naming the source.
func TestIngestFollowRefusesWhatIsNoFeed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	for _, tc := range []struct{ src, want string }{
		{dir, "a directory"},
		{filepath.Join(dir, "missing.xml"), "missing.xml: stat"},
		{"-", "cannot read stdin"},
	} {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"ingest", "--db", db, "--follow", tc.src}, strings.NewReader(""), &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", tc.src, code, errb.String(), tc.want)
		}
	}
}
