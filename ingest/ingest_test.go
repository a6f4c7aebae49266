package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/source"
	"dateline/store"
	"dateline/store/sqlite"
	"dateline/text"
)

// memSource yields fixed articles and errors, like a reader would.
type memSource struct {
	name  string
	items []item
}

type item struct {
	art text.Article
	err error
}

func (m memSource) Name() string { return m.name }

func (m memSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		for _, it := range m.items {
			if ctx.Err() != nil || !yield(it.art, it.err) {
				return
			}
		}
	}
}

func art(path, title, body string) item {
	return item{art: text.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Title: title, Text: body,
		Origin: text.Origin{Path: path}}}
}

// story writes an article of n sentences from a template with %s for a
// place and %d for a number.
func story(template, place string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, template+" ", place, i+1)
	}
	return b.String()
}

const (
	councilStory = "The council of %s met on day %d and voted on the harbour budget for the coming year."
	fishStory    = "Fishermen in %s landed %d tonnes of cod at dawn while prices fell across the market."
)

// failStage fails on articles whose text contains "FAIL".
type failStage struct{}

func (failStage) Name() string       { return "fail.v1" }
func (failStage) Requires() []string { return nil }
func (failStage) Assigns() []string  { return nil }
func (failStage) Process(_ context.Context, d *text.Document) error {
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("refused a marked article")
	}
	return nil
}

func testPipeline(t *testing.T) *dateline.Pipeline {
	p, err := dateline.NewPipeline(text.NewSegmenter(), failStage{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// detect says German for texts with "und", English otherwise.
func detect(s string) string {
	if strings.Contains(s, " und ") {
		return "de"
	}
	return "en"
}

func corpus() []source.Source {
	wire := story(councilStory, "Northport", 12)
	return []source.Source{
		memSource{name: "dir-a", items: []item{
			art("a/1.txt", "Northport budget", wire),
			art("a/2.txt", "Southport budget", story(fishStory, "Southport", 12)),
			{err: &source.InputError{Input: "a/3.html", Reason: "binary data, not text", Err: source.ErrBinary}},
			art("a/4.txt", "Bericht", "Der Rat hat getagt und den Haushalt beschlossen, sagte die Sprecherin am Montag."),
			art("a/5.txt", "Broken", "This article is marked FAIL for the failing stage."),
		}},
		memSource{name: "dir-b", items: []item{
			// An exact copy, rewrapped; then a syndicated copy with one sentence changed.
			art("b/1.txt", "Northport budget", strings.ReplaceAll(wire, ". ", ".\n")),
			art("b/2.txt", "Northport budget (wire)", wire+" A spokesman declined to comment on the vote."),
		}},
	}
}

func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func stats(t *testing.T, st store.Store) store.Stats {
	t.Helper()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRun(t *testing.T) {
	db := openStore(t)
	opt := Options{Workers: 2, Pipeline: testPipeline(t), DetectLanguage: detect}
	got, err := Run(t.Context(), db, corpus(), opt)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	want := Progress{Read: 7, Stored: 5, Known: 1, NewSources: 1, NotAnalysed: 1, Failed: 1, InputErrors: 1}
	got.Elapsed = 0
	if got != want {
		t.Errorf("first run = %+v\nwant        %+v", got, want)
	}
	first := stats(t, db)
	wantStats := store.Stats{Articles: 5, Analysed: 3, NonEnglish: 1, Sources: 6, DuplicateInputs: 1, StoryGroups: 4, Errors: 2}
	if first != wantStats {
		t.Errorf("stats = %+v\nwant    %+v", first, wantStats)
	}

	t.Run("a second run changes nothing", func(t *testing.T) {
		again, err := Run(t.Context(), db, corpus(), opt)
		if err != nil {
			t.Fatal(err)
		}
		if again.Stored != 0 || again.Known != 6 || again.NewSources != 0 {
			t.Errorf("second run = %+v, want 0 stored, 6 known, 0 new sources", again)
		}
		if s := stats(t, db); s != first {
			t.Errorf("stats after a second run = %+v, want %+v", s, first)
		}
	})

	t.Run("errors name their input and stage", func(t *testing.T) {
		p, err := db.Errors(t.Context(), store.ErrorQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range p.Items {
			got = append(got, e.Input+"|"+e.Stage)
		}
		if fmt.Sprint(got) != "[a/5.txt|fail.v1 a/3.html|]" {
			t.Errorf("errors = %v, want the failed stage of a/5.txt and the unreadable a/3.html", got)
		}
	})

	t.Run("syndicated copies share a story group", func(t *testing.T) {
		groups := map[string]string{}
		p, err := db.Articles(t.Context(), store.ArticleQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range p.Items {
			groups[a.Title] = a.StoryGroup
		}
		if groups["Northport budget"] == "" || groups["Northport budget"] != groups["Northport budget (wire)"] {
			t.Errorf("groups = %v, want the wire copy in the original's group", groups)
		}
		if groups["Southport budget"] == groups["Northport budget"] {
			t.Errorf("groups = %v, want Southport apart", groups)
		}
	})
}

// slowStage makes analysis take long enough for a cancel to land mid-run.
type slowStage struct{}

func (slowStage) Name() string       { return "slow.v1" }
func (slowStage) Requires() []string { return nil }
func (slowStage) Assigns() []string  { return nil }
func (slowStage) Process(ctx context.Context, _ *text.Document) error {
	select {
	case <-time.After(2 * time.Millisecond):
	case <-ctx.Done():
	}
	return nil
}

func TestRunResumes(t *testing.T) {
	pipe, err := dateline.NewPipeline(text.NewSegmenter(), failStage{}, slowStage{})
	if err != nil {
		t.Fatal(err)
	}
	srcs := append(corpus(), benchCorpus(60)...)
	opt := Options{Workers: 2, Pipeline: pipe, DetectLanguage: detect}
	clean := openStore(t)
	if _, err := Run(t.Context(), clean, srcs, opt); err != nil {
		t.Fatal(err)
	}
	want := stats(t, clean)

	db := openStore(t)
	// Cancel after the first stored article; then run again to the end.
	ctx, cancel := context.WithCancel(t.Context())
	stopAfterFirst := opt
	stopAfterFirst.BatchSize = 1 // commit one at a time, so the cancel lands mid-run
	stopAfterFirst.ProgressEvery = time.Millisecond
	stopAfterFirst.Progress = func(p Progress) {
		if p.Stored > 0 {
			cancel()
		}
	}
	_, err = Run(ctx, db, srcs, stopAfterFirst)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run error = %v, want context.Canceled", err)
	}
	if s := stats(t, db); s.Articles >= want.Articles {
		t.Errorf("cancelled run stored all %d articles: want it stopped part-way", s.Articles)
	}
	if _, err := Run(t.Context(), db, srcs, opt); err != nil {
		t.Fatal(err)
	}
	if got := stats(t, db); got != want {
		t.Errorf("resumed stats = %+v\nclean run       %+v", got, want)
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{{Workers: -1}, {ProgressEvery: -1}} {
		if err := o.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil, want an error", o)
		}
	}
	if _, err := Run(t.Context(), nil, nil, Options{Workers: -1}); err == nil {
		t.Error("Run with Workers -1 = nil error, want one")
	}
}
