package amount_test

import (
	"context"
	"testing"

	"dateline/amount"
	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
	"dateline/syntax"
	"dateline/text"
)

// BenchmarkStageBBC finds the amounts of one BBC article in sixteen (read
// at run time from ../shared beside the repo, never copied into it), each
// segmented and parsed once outside the timing, as an ingest worker meets
// them. Run with -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	ctx := context.Background()
	docs, toks := bbccorpus.Documents(b, "..", 16, text.NewSegmenter(), syntax.NewStage())
	st := amount.NewStage()
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			d.Amounts = d.Amounts[:0]
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
