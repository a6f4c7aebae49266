package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"testing"
	"time"

	"dateline/server/synth"
	"dateline/store"
	"dateline/store/postgres"
	"dateline/store/postgres/pgtest"
)

// `dateline serve --db postgres://…` serves the same API over PostgreSQL,
// and --metrics serves the store's latencies beside it.
func TestServeOverPostgres(t *testing.T) {
	url := pgtest.Schema(t)
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synth.Generate(t.Context(), db, synth.Options{Articles: 5, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", url, "--addr", "127.0.0.1:0", "--metrics", "127.0.0.1:0"}, nil, pw, io.Discard)
		pw.Close()
	}()
	var api, metricsAddr string
	sc := bufio.NewScanner(pr)
	serving := regexp.MustCompile(`serving on http://(\S+?)/`)
	metricsOn := regexp.MustCompile(`metrics on http://(\S+)/metrics`)
	for (api == "" || metricsAddr == "") && sc.Scan() {
		if m := serving.FindStringSubmatch(sc.Text()); m != nil {
			api = m[1]
		}
		if m := metricsOn.FindStringSubmatch(sc.Text()); m != nil {
			metricsAddr = m[1]
		}
	}
	go io.Copy(io.Discard, pr)
	if api == "" || metricsAddr == "" {
		cancel()
		t.Fatalf("serve printed no API or metrics address (exit %d)", <-done)
	}

	resp, err := http.Get("http://" + api + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	var st store.Stats
	err = json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || st.Articles != 5 {
		t.Errorf("GET /api/stats = %d %+v, %v; want 200 and 5 articles", resp.StatusCode, st, err)
	}
	resp, err = http.Get("http://" + api + "/api/articles?q=the&limit=2")
	if err != nil {
		t.Fatal(err)
	}
	var page store.Page[store.Article]
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || len(page.Items) == 0 {
		t.Errorf("GET /api/articles?q=the = %d, %d items, %v; want 200 and articles", resp.StatusCode, len(page.Items), err)
	}
	if m := scrape(t, metricsAddr); !regexp.MustCompile(`dateline_store_duration_seconds_count\{op="stats"\} [1-9]`).MatchString(m) {
		t.Errorf("/metrics lacks the stats call's latency:\n%.2000s", m)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit code = %d after its context ended, want 0", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop within 20s")
	}
}
