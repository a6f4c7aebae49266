package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// --no-fetch-pages keeps a local feed's items to their own text: without
// it, every short item of a feed file sent a request for its page, and
// nothing on the command line could stop it.
func TestNoFetchPages(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><article><p>The harbour board said on Monday that the ferry timetable would change in spring.</p></article></body></html>"))
	}))
	defer srv.Close()
	feed := filepath.Join(t.TempDir(), "local.rss")
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><link>https://harbour.example/</link>` +
		`<item><title>Timetable changes</title><guid>tt-1</guid><link>` + srv.URL + `/tt</link>` +
		`<description>The ferry timetable will change in spring, the board said.</description></item></channel></rss>`
	if err := os.WriteFile(feed, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		hits int64
	}{{nil, 1}, {[]string{"--no-fetch-pages"}, 0}} {
		hits.Store(0)
		var out, errb bytes.Buffer
		args := append(append([]string{"extract", "--format", "jsonl"}, tc.args...), feed)
		if code := run(t.Context(), args, strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d; stderr:\n%s", args, code, errb.String())
		}
		if hits.Load() != tc.hits || strings.Count(out.String(), "\n") != 1 {
			t.Errorf("%v: %d requests, output %q; want %d requests and one Analysis", args, hits.Load(), out.String(), tc.hits)
		}
	}
}
