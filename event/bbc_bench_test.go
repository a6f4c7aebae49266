package event_test

import (
	"context"
	"testing"

	"dateline/entity"
	"dateline/event"
	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
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
	ctx := context.Background()
	docs, toks := bbccorpus.Documents(b, "..", 16,
		text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage())
	st := event.NewDefaultStage()
	for _, d := range docs { // loads the lexicon outside the timing
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			d.Events = d.Events[:0]
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
