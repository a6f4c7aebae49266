package server

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzQueryString sends any query string to every listing: the answer is
// always JSON, and never a server error (a bad parameter is a 400).
func FuzzQueryString(f *testing.F) {
	for _, seed := range []string{
		"", "q=grain", "speaker=andrii+sybiha&limit=1", "limit=-1", "cursor=%zz", "from=2025-13-45",
		"q=%22*%3A()", "quad_class=9", "kind=direct&kind=partial", "q=" + strings.Repeat("x", 2000),
		"speaker=%00", "q=NEAR(a+b)", "cursor=eyJrIjoiIiwicyI6MX0",
	} {
		f.Add(seed)
	}
	s, _ := newTestServer(f, Config{})
	paths := []string{"/api/articles", "/api/quotes", "/api/entities", "/api/events", "/api/commitments",
		"/api/places", "/api/network", "/api/facets"}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, p := range paths {
			req := httptest.NewRequest("GET", "/", nil)
			req.URL.Path, req.URL.RawQuery = p, raw
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			if w.Code >= 500 {
				t.Fatalf("GET %s?%s = %d %s", p, raw, w.Code, w.Body)
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("GET %s?%s: body is not JSON: %q", p, raw, w.Body)
			}
		}
	})
}

func FuzzMatchETag(f *testing.F) {
	f.Add(`"abc"`, `"abc"`)
	f.Add(`W/"abc", "x"`, `"abc"`)
	f.Add(`*`, `"abc"`)
	f.Fuzz(func(t *testing.T, header, etag string) {
		got := matchETag(header, etag)
		if strings.TrimSpace(header) == etag && etag != "" && !got {
			t.Errorf("matchETag(%q, %q) = false for the tag itself", header, etag)
		}
		if got && !strings.Contains(header, "*") && !strings.Contains(header, etag) {
			t.Errorf("matchETag(%q, %q) = true without the tag in the header", header, etag)
		}
	})
}
