package event_test

import (
	"testing"

	"dateline/entity"
	"dateline/event"
	"dateline/internal/bbccorpus"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// BenchmarkStageBBC codes one article in sixteen of the BBC corpus (read
// at run time from ../shared beside the repo, never copied into it), each
// prepared once by the earlier stages outside the timing, as an ingest
// worker meets them: BenchmarkStageNews codes one text over and over, so
// its words stay in the processor's caches. Run with -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	docs, toks := bbccorpus.Documents(b, "..", 16,
		text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage())
	bbccorpus.Time(b, docs, toks, event.NewDefaultStage(), func(_ int, d *text.Document) { d.Events = d.Events[:0] })
}
