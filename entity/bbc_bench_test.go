package entity

import (
	"context"
	"testing"

	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
)

// BenchmarkStageBBC resolves the entities of one BBC article in sixteen
// (read at run time from ../shared beside the repo, never copied into
// it), each segmented, parsed and tagged once outside the timing, as an
// ingest worker meets them: BenchmarkNERAndEntities has no parse and one
// article. Run with -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	ctx := context.Background()
	type doc struct {
		d        *text.Document
		mentions []text.Mention
	}
	prepared, toks := bbccorpus.Documents(b, "..", 16, text.NewSegmenter(), syntax.NewStage(), ner.NewStage())
	var docs []doc
	for _, d := range prepared {
		docs = append(docs, doc{d, append([]text.Mention(nil), d.Mentions...)})
	}
	st := NewStage()
	run := func() {
		for _, x := range docs {
			x.d.Mentions = append(x.d.Mentions[:0], x.mentions...)
			if err := st.Process(ctx, x.d); err != nil {
				b.Fatal(err)
			}
		}
	}
	run() // loads the name lists outside the timing
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		run()
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
