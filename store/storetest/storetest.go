package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"testing"
	"time"

	"dateline/store"
)

// Open makes a new, empty store for one subtest; the suite closes it.
type Open func(t *testing.T) store.Store

// Run runs the conformance suite against the backend that open makes.
func Run(t *testing.T, open Open) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"put then get returns the analysis", testPutGet},
		{"put is idempotent on the content hash", testIdempotentPut},
		{"exact duplicates are one article with every source", testDuplicateSources},
		{"lookup hash finds stored articles only", testLookupHash},
		{"lookup hashes finds the stored ones of many", testLookupHashes},
		{"missing ids are ErrNotFound", testNotFound},
		{"full-text search over articles quotes and entities", testSearch},
		{"quotes by speaker kind and time", testQuotes},
		{"events by actor code root class country and time", testEvents},
		{"entities join across articles", testEntities},
		{"commitments by due date", testCommitments},
		{"error records are kept once", testErrors},
		{"stats count what is stored", testStats},
		{"pages follow cursors without overlap", testPagination},
		{"bad query parameters are ErrBadQuery", testBadQuery},
		{"hostile strings are values not SQL", testHostileStrings},
		{"concurrent puts of one article store it once", testConcurrentPut},
		{"story groups and sketches are kept for a restart", testStoryGroups},
		{"a batch is written whole or not at all", testPutBatch},
		{"odd bytes in text come back byte for byte", testOddBytes},
		{"words joined by punctuation are found one by one", testPunctuatedWords},
		{"a prefix finds the words it begins though they are stored as stems", testStemmedPrefix},
		{"words in double quotes are a phrase", testPhrase},
		{"an untitled article leads with its first characters", testUntitledLead},
	} {
		runCase(t, open, tc.name, tc.fn)
	}
	for _, tc := range exploreTests {
		runCase(t, open, tc.name, tc.fn)
	}
}

// runCase runs one case on a new store that it closes afterwards.
func runCase(t *testing.T, open Open, name string, fn func(*testing.T, store.Store)) {
	t.Run(name, func(t *testing.T) {
		s := open(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		fn(t, s)
	})
}

func ctx(t *testing.T) context.Context { return t.Context() }

func put(t *testing.T, s store.Store, rec store.Record) store.PutResult {
	t.Helper()
	res, err := s.Put(ctx(t), rec)
	if err != nil {
		t.Fatalf("Put(%q): %v", rec.Analysis.ID, err)
	}
	return res
}

// putAll stores the three fixture articles.
func putAll(t *testing.T, s store.Store) (ferryID, bridgeID, germanID string) {
	t.Helper()
	return put(t, s, record(ferry(t), "feeds/local.xml", true)).ID,
		put(t, s, record(bridge(t), "feeds/local.xml", true)).ID,
		put(t, s, record(german(), "feeds/de.xml", false)).ID
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testPutGet(t *testing.T, s store.Store) {
	a := ferry(t)
	res := put(t, s, record(a, "feeds/local.xml", true))
	if !res.Created || !res.NewSource {
		t.Errorf("first Put = %+v, want Created and NewSource", res)
	}
	if want := store.ArticleID(store.ContentHash(ferryTitle, ferryText)); res.ID != want {
		t.Errorf("Put id = %q, want %q (ArticleID of the content hash)", res.ID, want)
	}
	got, err := s.Analysis(ctx(t), res.ID)
	if err != nil {
		t.Fatalf("Analysis: %v", err)
	}
	want := a
	want.ID = res.ID
	if g, w := asJSON(t, got), asJSON(t, want); g != w {
		t.Errorf("Analysis round trip:\n got %s\nwant %s", g, w)
	}
	art, err := s.Article(ctx(t), res.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if art.Title != ferryTitle || art.Published != "2025-03-04" || art.Language != "en" || !art.Analysed ||
		art.URL != "https://news.example/ferry" {
		t.Errorf("Article metadata = %+v", art)
	}
	if art.Counts != (store.Counts{Mentions: 4, Quotes: 2, Events: 1}) {
		t.Errorf("Article counts = %+v, want 4 mentions, 2 quotes, 1 event", art.Counts)
	}
	if len(art.Sources) != 1 || art.Sources[0] != (store.Source{Input: "feeds/local.xml", ItemID: "fixture/ferry", URL: "https://news.example/ferry"}) {
		t.Errorf("Article sources = %+v", art.Sources)
	}
	if art.Ingested.IsZero() || time.Since(art.Ingested) > time.Hour {
		t.Errorf("Article ingested = %v, want about now", art.Ingested)
	}
	g := german()
	gres := put(t, s, record(g, "feeds/de.xml", false))
	gart, err := s.Article(ctx(t), gres.ID)
	if err != nil {
		t.Fatalf("Article(german): %v", err)
	}
	if gart.Analysed || gart.Language != "de" || len(gart.Flags) != 1 || gart.Flags[0] != "invalid-utf8-replaced" {
		t.Errorf("unanalysed article = %+v, want analysed=false language=de flags=[invalid-utf8-replaced]", gart)
	}
}

func testIdempotentPut(t *testing.T, s store.Store) {
	rec := record(ferry(t), "feeds/local.xml", true)
	first := put(t, s, rec)
	before, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	again := put(t, s, rec)
	if again.Created || again.NewSource || again.ID != first.ID {
		t.Errorf("second Put = %+v, want the same id, not created, no new source", again)
	}
	after, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("stats changed by a repeated Put:\n before %+v\n after  %+v", before, after)
	}
}

func testDuplicateSources(t *testing.T, s store.Store) {
	a := ferry(t)
	first := put(t, s, record(a, "feeds/local.xml", true))
	// The same article from a wire feed, wrapped differently: one article.
	b := a
	b.ID = "wire-77"
	b.Text = "  Mayor Elena Brandt said on Tuesday that\nthe ferry will run by June.\n\n\n" + ferryText[len("Mayor Elena Brandt said on Tuesday that the ferry will run by June.\n\n"):] + "\n"
	second := put(t, s, record(b, "wire/2025-03-04.jsonl:12", true))
	if second.Created || !second.NewSource || second.ID != first.ID {
		t.Errorf("Put(rewrapped copy) = %+v, want id %q, not created, new source", second, first.ID)
	}
	added, err := s.AddSource(ctx(t), first.ID, store.Source{Input: "crawl/ferry.html"})
	if err != nil || !added {
		t.Errorf("AddSource(new) = %v, %v; want true, nil", added, err)
	}
	added, err = s.AddSource(ctx(t), first.ID, store.Source{Input: "crawl/ferry.html"})
	if err != nil || added {
		t.Errorf("AddSource(again) = %v, %v; want false, nil", added, err)
	}
	art, err := s.Article(ctx(t), first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Sources) != 3 {
		t.Errorf("sources = %+v, want 3", art.Sources)
	}
	// Paragraphs split differently: a different article.
	c := a
	c.Text = ferryText[:20] + "\n\n" + ferryText[20:]
	if third := put(t, s, record(c, "other.txt", true)); !third.Created {
		t.Errorf("Put(re-paragraphed copy) = %+v, want a new article", third)
	}
	st, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Sources != 4 || st.DuplicateInputs != 2 {
		t.Errorf("stats = %+v, want 2 articles, 4 sources, 2 duplicate inputs", st)
	}
	if _, err := s.AddSource(ctx(t), "nope", store.Source{Input: "x"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("AddSource(unknown id) error = %v, want ErrNotFound", err)
	}
}

func testLookupHash(t *testing.T, s store.Store) {
	id := put(t, s, record(ferry(t), "a", true)).ID
	got, err := s.LookupHash(ctx(t), store.ContentHash(ferryTitle, ferryText))
	if err != nil || got != id {
		t.Errorf("LookupHash(stored) = %q, %v; want %q", got, err, id)
	}
	if _, err := s.LookupHash(ctx(t), store.ContentHash("", "never stored")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("LookupHash(unknown) error = %v, want ErrNotFound", err)
	}
}

func testLookupHashes(t *testing.T, s store.Store) {
	id := put(t, s, record(ferry(t), "a", true)).ID
	stored, unknown := store.ContentHash(ferryTitle, ferryText), store.ContentHash("", "never stored")
	got, err := s.LookupHashes(ctx(t), []string{unknown, stored, stored})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{stored: id}; !maps.Equal(got, want) {
		t.Errorf("LookupHashes(unknown, stored, stored) = %v, want %v", got, want)
	}
	for _, hashes := range [][]string{nil, {unknown}} {
		got, err := s.LookupHashes(ctx(t), hashes)
		if err != nil || got == nil || len(got) != 0 {
			t.Errorf("LookupHashes(%q) = %v, %v; want an empty map", hashes, got, err)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	putAll(t, s)
	for name, fn := range map[string]func() error{
		"Article":  func() error { _, err := s.Article(ctx(t), "0000"); return err },
		"Analysis": func() error { _, err := s.Analysis(ctx(t), "0000"); return err },
		"Entity":   func() error { _, err := s.Entity(ctx(t), "e0000"); return err },
	} {
		if err := fn(); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s(unknown) error = %v, want ErrNotFound", name, err)
		}
	}
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = id(x)
	}
	return out
}

func sameIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func articleID(a store.Article) string { return a.ID }
func quoteKey(q store.Quote) string    { return q.ArticleID[:6] + "/" + q.ID }
func eventKey(e store.Event) string    { return e.ArticleID[:6] + "/" + e.ID }
func entityName(e store.Entity) string { return e.Name }
