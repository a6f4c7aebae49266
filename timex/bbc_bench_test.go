package timex_test

import (
	"testing"

	"dateline/internal/bbccorpus"
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
	docs, toks := bbccorpus.Documents(b, "..", 16, text.NewSegmenter(), syntax.NewStage())
	bbccorpus.Time(b, docs, toks, timex.NewStage(), nil)
}
