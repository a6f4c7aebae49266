package ingest

import (
	"context"
	"fmt"
	"iter"
	"sync"
	"testing"
	"time"

	"dateline/source"
	"dateline/store"
	"dateline/text"
)

// lookups counts the hash lookups made through it.
type lookups struct {
	store.Store
	mu             sync.Mutex
	single, chunks int
	hashes         int
}

func (l *lookups) LookupHash(ctx context.Context, hash string) (string, error) {
	l.mu.Lock()
	l.single++
	l.mu.Unlock()
	return l.Store.LookupHash(ctx, hash)
}

func (l *lookups) LookupHashes(ctx context.Context, hashes []string) (map[string]string, error) {
	l.mu.Lock()
	l.chunks++
	l.hashes += len(hashes)
	l.mu.Unlock()
	return l.Store.LookupHashes(ctx, hashes)
}

func distinct(n int) []item {
	items := make([]item, n)
	for i := range items {
		place := fmt.Sprintf("Harbour %d", i)
		items[i] = art(fmt.Sprintf("c/%d.txt", i), place+" report", story(fishStory, place, 2))
	}
	return items
}

// A re-run finds every input stored with the reader's chunked lookups: no
// lookup of one hash, each input's hash asked once, and only its source
// added.
func TestRerunLooksUpInputsInChunks(t *testing.T) {
	const n = 150
	db := openStore(t)
	src := []source.Source{memSource{name: "c", items: distinct(n)}}
	opt := Options{Workers: 2, Pipeline: testPipeline(t), DetectLanguage: detect}
	if _, err := Run(t.Context(), db, src, opt); err != nil {
		t.Fatal(err)
	}
	before := stats(t, db)
	st := &lookups{Store: db}
	got, err := Run(t.Context(), st, src, opt)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stored != 0 || got.Known != n || got.NewSources != 0 {
		t.Errorf("re-run stored %d, known %d (%d new sources); want 0, %d, 0", got.Stored, got.Known, got.NewSources, n)
	}
	if st.single != 0 || st.hashes != n || st.chunks > n {
		t.Errorf("re-run: %d single lookups, %d hashes in %d chunks; want 0, %d in at most %d", st.single, st.hashes, st.chunks, n, n)
	}
	if after := stats(t, db); after != before {
		t.Errorf("stats after the re-run = %+v, want %+v", after, before)
	}
}

// gatedSource yields its first article, then waits until the store holds
// it before the second: a reader that waited for a full chunk would never
// let the first reach the store.
type gatedSource struct {
	items []item
	st    store.Store
}

func (g gatedSource) Name() string { return "gated" }

func (g gatedSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		if !yield(g.items[0].art, nil) {
			return
		}
		deadline := time.Now().Add(10 * time.Second)
		for {
			s, err := g.st.Stats(ctx)
			if err == nil && s.Articles == 1 {
				break
			}
			if ctx.Err() != nil || time.Now().After(deadline) {
				yield(text.Article{}, fmt.Errorf("the first article was not stored before the second was read"))
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
		yield(g.items[1].art, nil)
	}
}

func TestSlowSourceIsNotWaitedFor(t *testing.T) {
	db := openStore(t)
	opt := Options{Workers: 1, BatchDelay: 10 * time.Millisecond, Pipeline: testPipeline(t), DetectLanguage: detect}
	got, err := Run(t.Context(), db, []source.Source{gatedSource{items: distinct(2), st: db}}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stored != 2 || got.InputErrors != 0 {
		t.Errorf("stored %d, %d input errors; want 2, 0", got.Stored, got.InputErrors)
	}
}
