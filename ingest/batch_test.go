package ingest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"dateline/source"
	"dateline/store"
)

// batchSizes records the size of every batch written through it.
type batchSizes struct {
	store.Store
	mu    sync.Mutex
	sizes []int
}

func (b *batchSizes) PutBatch(ctx context.Context, recs []store.Record) ([]store.PutResult, error) {
	b.mu.Lock()
	b.sizes = append(b.sizes, len(recs))
	b.mu.Unlock()
	return b.Store.PutBatch(ctx, recs)
}

// With BatchSize 0 the writer commits DefaultBatchSize articles at a time
// (the delay is long here, so only the size ends a batch before the last).
func TestZeroBatchSizeCommitsDefaultBatches(t *testing.T) {
	n := DefaultBatchSize + 3
	items := make([]item, n)
	for i := range items {
		place := fmt.Sprintf("Port %d", i)
		items[i] = art(fmt.Sprintf("a/%d.txt", i), place+" budget", story(councilStory, place, 2))
	}
	st := &batchSizes{Store: openStore(t)}
	opt := Options{Workers: 2, BatchDelay: time.Hour, Pipeline: testPipeline(t), DetectLanguage: detect}
	got, err := Run(t.Context(), st, []source.Source{memSource{name: "a", items: items}}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stored != int64(n) {
		t.Fatalf("stored %d articles, want %d", got.Stored, n)
	}
	if want := []int{DefaultBatchSize, 3}; !slices.Equal(st.sizes, want) {
		t.Errorf("batches of %v, want %v", st.sizes, want)
	}
}
