package quote

import (
	"context"
	"strings"
	"testing"

	"dateline/entity"
	"dateline/ner"
	"dateline/text"
)

// BenchmarkStage measures the quote stage alone on parsed text with
// entities: the test article, repeated to the size of a long feature.
// Throughput is reported in tokens per second.
func BenchmarkStage(b *testing.B) {
	raw := testArticle(b)
	d := text.NewDocument(text.Article{Text: strings.Repeat(string(raw)+"\n", 8)})
	ctx := context.Background()
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), parser(b), ner.NewStage(), entity.NewStage()} {
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	s := NewStage()
	mentions, ments := len(d.Mentions), make([][]int, len(d.Entities))
	for i, e := range d.Entities {
		ments[i] = e.Mentions
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		// Process links quoted "I"s to speakers, and may add a speaker's
		// entity; undo both so every round sees the same document.
		d.Mentions, d.Entities = d.Mentions[:mentions], d.Entities[:len(ments)]
		for i := range d.Entities {
			d.Entities[i].Mentions = ments[i]
		}
		if err := s.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
