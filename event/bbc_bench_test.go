package event_test

import (
	"context"
	"strings"
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
	ctx := context.Background()
	var docs []*text.Document
	n, toks := 0, 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%16 != 0 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.ToValidUTF8(string(body), "\uFFFD")})
		for _, st := range []interface {
			Process(context.Context, *text.Document) error
		}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage()} {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, d)
		toks += len(d.Tokens)
	})
	st := event.NewDefaultStage()
	for _, d := range docs { // loads the lexicon outside the timing
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			d.Events = d.Events[:0]
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(toks)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}
