package timex_test

import (
	"context"
	"testing"

	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// BenchmarkStageBBC finds the times of one BBC article in sixteen (read at
// run time from ../shared beside the repo, never copied into it), each
// segmented and parsed once outside the timing, as an ingest worker meets
// them: BenchmarkTimex runs one short text over and over, so its words
// stay in the processor's caches. Run with -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	ctx := context.Background()
	docs, toks := bbccorpus.Documents(b, "..", 16, text.NewSegmenter(), syntax.NewStage())
	st := timex.NewStage()
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
