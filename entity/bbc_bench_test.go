package entity

import (
	"context"
	"strings"
	"testing"

	"dateline/internal/bbccorpus"
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
	var docs []doc
	n, toks := 0, 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%16 != 0 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.ToValidUTF8(string(body), "\uFFFD")})
		for _, st := range []interface {
			Process(context.Context, *text.Document) error
		}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage()} {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, doc{d, append([]text.Mention(nil), d.Mentions...)})
		toks += len(d.Tokens)
	})
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
	cpu0 := cpuTime()
	for b.Loop() {
		run()
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(toks)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}
