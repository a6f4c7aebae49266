package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/queue"
	"dateline/store"
	"dateline/store/sqlite"
	"dateline/text"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /metrics = %d", rec.Code)
	}
	return rec.Body.String()
}

// has asserts the exposition has a sample line matching pattern.
func has(t *testing.T, body, pattern string) {
	t.Helper()
	if !regexp.MustCompile(`(?m)^` + pattern + `$`).MatchString(body) {
		t.Errorf("/metrics has no line matching %s", pattern)
	}
}

func TestObserverCountsJobs(t *testing.T) {
	m := New()
	m.Received(queue.KindArticle, 3*time.Second, 42, 1)
	m.Received(queue.KindArticle, time.Second, 41, 2)
	m.Finished(queue.KindArticle, queue.OutcomeStored, 10*time.Millisecond)
	m.Finished(queue.KindArticle, queue.OutcomeKnown, time.Millisecond)
	m.Finished(queue.KindSource, queue.OutcomeSource, time.Millisecond)
	m.Failed(queue.KindArticle, false, time.Millisecond)
	m.Failed(queue.KindArticle, true, time.Millisecond)
	m.InFlight(3)
	body := scrape(t, m.Handler())
	for _, want := range []string{
		`dateline_articles_processed_total\{outcome="stored"\} 1`,
		`dateline_articles_processed_total\{outcome="known"\} 1`,
		`dateline_articles_failed_total\{result="retry"\} 1`,
		`dateline_articles_failed_total\{result="dead_letter"\} 1`,
		`dateline_jobs_total\{kind="source",outcome="source"\} 1`,
		`dateline_queue_lag_seconds_count 2`,
		`dateline_queue_lag_seconds_sum 4`,
		`dateline_queue_waiting 41`,
		`dateline_jobs_in_flight 3`,
		`dateline_jobs_redelivered_total 1`,
		`go_goroutines \d+`,
	} {
		has(t, body, want)
	}
	if strings.Contains(body, `dateline_articles_processed_total{outcome="source"}`) {
		t.Error("a source job counted as an article processed")
	}
}

// failing is a stage that fails on every article.
type failing struct{}

func (failing) Name() string                                  { return "fail.v1" }
func (failing) Requires() []string                            { return []string{"sentences"} }
func (failing) Assigns() []string                             { return nil }
func (failing) Process(context.Context, *text.Document) error { return errors.New("no") }

func TestStagesAreTimedUnderTheirOwnNames(t *testing.T) {
	m := New()
	stages := m.Stages(append([]dateline.Stage{text.NewSegmenter()}, failing{}))
	if stages[0].Name() != "segment.v1" || stages[1].Requires()[0] != "sentences" {
		t.Fatalf("wrapped stages = %s %v, want their own names and requirements", stages[0].Name(), stages[1].Requires())
	}
	p, err := dateline.NewPipeline(stages...)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Run(t.Context(), text.Article{Text: "One sentence. Two sentences."})
	var se *dateline.StageError
	if !errors.As(err, &se) || se.Stage != "fail.v1" {
		t.Errorf("Run error = %v, want the wrapped stage's StageError", err)
	}
	body := scrape(t, m.Handler())
	has(t, body, `dateline_stage_duration_seconds_count\{stage="segment.v1"\} 1`)
	has(t, body, `dateline_stage_duration_seconds_count\{stage="fail.v1"\} 1`)
}

func TestStoreCallsAreTimed(t *testing.T) {
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	m := New()
	st := m.Store(db)
	defer st.Close()
	rec := store.Record{Analysis: dateline.Analysis{ID: "a", Text: "Metrics test article."}, Source: store.Source{Input: "a.txt"}}
	if _, err := st.Put(t.Context(), rec); err != nil {
		t.Fatal(err)
	}
	if _, err := st.LookupHash(t.Context(), "nothing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("LookupHash = %v, want ErrNotFound", err)
	}
	if _, err := st.Put(t.Context(), store.Record{}); err == nil {
		t.Fatal("Put without a source = nil error")
	}
	body := scrape(t, m.Handler())
	has(t, body, `dateline_store_duration_seconds_count\{op="put"\} 2`)
	has(t, body, `dateline_store_duration_seconds_count\{op="lookup_hash"\} 1`)
	has(t, body, `dateline_store_errors_total\{op="put"\} 1`)
	if strings.Contains(body, `dateline_store_errors_total{op="lookup_hash"}`) {
		t.Error("a lookup that found nothing counted as a store error")
	}
}

func TestServe(t *testing.T) {
	m := New()
	ctx, cancel := context.WithCancel(t.Context())
	addr, err := Serve(ctx, "127.0.0.1:0", m.Handler())
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "dateline_jobs_in_flight") {
		t.Errorf("GET /metrics = %d, %.200s", resp.StatusCode, body)
	}
	if resp, err := http.Get("http://" + addr + "/other"); err == nil {
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET /other = %d, want 404", resp.StatusCode)
		}
		resp.Body.Close()
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := http.Get("http://" + addr + "/metrics")
		if err != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("metrics still served 5s after the context ended")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := Serve(t.Context(), "256.0.0.1:1", m.Handler()); err == nil || !strings.Contains(err.Error(), "256.0.0.1:1") {
		t.Errorf("Serve(bad address) = %v, want an error naming it", err)
	}
}
