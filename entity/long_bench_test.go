package entity

import (
	"context"
	"strings"
	"testing"

	"dateline/internal/cputime"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
)

// BenchmarkStageLongDocument resolves one document of the benchmark
// article written 100 times over (about 20,000 tokens), parsed and tagged
// outside the timing. Its tokens/cpu-s beside BenchmarkStageBBC's shows
// how the stage scales with a document's length: a huge page or text file
// is one document, and a pass over all mentions for every token made the
// stage quadratic (20,000 copies of a 4-token sentence: 7 CPU s).
func BenchmarkStageLongDocument(b *testing.B) {
	ctx := context.Background()
	d := text.NewDocument(text.Article{Text: strings.Repeat(article, 100)})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage()} {
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	mentions := append([]text.Mention(nil), d.Mentions...)
	st := NewStage()
	run := func() {
		d.Mentions, d.Entities = append(d.Mentions[:0], mentions...), nil
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	run() // loads the name lists outside the timing
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		run()
	}
	cputime.ReportRate(b, len(d.Tokens), cpu0, "tokens/cpu-s")
}
