package amount_test

import (
	"testing"

	"dateline/amount"
	"dateline/internal/bbccorpus"
	"dateline/syntax"
	"dateline/text"
)

// BenchmarkStageBBC finds the amounts of one BBC article in sixteen (read
// at run time from ../shared beside the repo, never copied into it), each
// segmented and parsed once outside the timing, as an ingest worker meets
// them. Run with -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	docs, toks := bbccorpus.Documents(b, "..", 16, text.NewSegmenter(), syntax.NewStage())
	bbccorpus.Time(b, docs, toks, amount.NewStage(), func(_ int, d *text.Document) { d.Amounts = d.Amounts[:0] })
}
