package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"dateline/server/synth"
	"dateline/store/sqlite"
)

// BenchmarkQuotesBySpeaker is the load test's request in process: a page of
// the most quoted speaker's quotes over 20,000 synthetic quotes (that
// speaker has about 3,000). See LOAD.md for the same over HTTP with wrk.
func BenchmarkQuotesBySpeaker(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	sum, err := synth.Generate(context.Background(), db, synth.Options{Articles: 2000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Store: db})
	if err != nil {
		b.Fatal(err)
	}
	target := "/api/quotes?speaker=" + url.QueryEscape(sum.TopSpeakers[0])
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		if w.Code != http.StatusOK {
			b.Fatalf("GET %s = %d", target, w.Code)
		}
	}
}
