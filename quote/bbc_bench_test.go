package quote_test

import (
	"testing"

	"dateline/entity"
	"dateline/internal/bbccorpus"
	"dateline/ner"
	"dateline/quote"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// BenchmarkStageBBC runs the quote stage on one article in sixteen of
// the BBC corpus (read at run time from ../shared beside the repo, never
// copied into it), each prepared once by the earlier stages outside the
// timing, as an ingest worker meets them: BenchmarkStage reads one text
// over and over, so its words stay in the processor's caches. Run with
// -cpu 1.
func BenchmarkStageBBC(b *testing.B) {
	docs, toks := bbccorpus.Documents(b, "..", 16,
		text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage())
	st := quote.NewStage()
	// The stage may give a speaker an entity (and a mention); each round
	// starts again from the document as the earlier stages left it.
	type saved struct {
		mentions int
		ments    [][]int
	}
	keep := make([]saved, len(docs))
	for i, d := range docs {
		keep[i].mentions = len(d.Mentions)
		for _, e := range d.Entities {
			keep[i].ments = append(keep[i].ments, e.Mentions)
		}
	}
	undo := func(i int, d *text.Document) {
		k := keep[i]
		d.Mentions, d.Entities = d.Mentions[:k.mentions], d.Entities[:len(k.ments)]
		for j := range d.Entities {
			d.Entities[j].Mentions = k.ments[j]
		}
		d.Quotes = d.Quotes[:0]
	}
	bbccorpus.Time(b, docs, toks, st, undo)
}
