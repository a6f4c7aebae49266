package ner

import (
	"context"
	"testing"

	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
	"dateline/text"
)

// BenchmarkTagBBC tags one article in eight of the BBC corpus (about 280
// articles, 140,000 tokens) with one tagger, as a pipeline worker does: a
// benchmark that tags one text over and over would find every word in
// the tagger's word cache.
func BenchmarkTagBBC(b *testing.B) {
	docs, toks := bbccorpus.Documents(b, "..", 8, text.NewSegmenter())
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	st := NewStageWith(m)
	ctx := context.Background()
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
