package event_test

import (
	"context"
	"testing"
	"time"

	"dateline/entity"
	"dateline/event"
	"dateline/internal/cputime"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// newsText is written for the benchmark: wire-style political news with
// the usual share of sentences that code no event.
const newsText = `Peruvian President Ana Torres met Chilean Foreign Minister Luis Vidal in Lima on Tuesday to discuss a dispute over fishing rights off their shared coast.
The two sides agreed to resume talks next month, a spokesman for the Peruvian foreign ministry said.
Torres told reporters after the meeting that Peru would not accept any deal that harmed its fishermen.
"We are ready to negotiate, but we will defend our waters," she said.
Chile's government has accused Peruvian patrol boats of detaining three Chilean trawlers in disputed waters since January.
Vidal criticized the detentions as unlawful and demanded the immediate release of the crews.
Bolivia offered to mediate between its two neighbours, and the Organization of American States urged both governments to show restraint.
Fishing accounts for about 2 percent of Peru's economic output and employs more than 200,000 people along the coast.
Prices for anchovy meal rose sharply last week after the government suspended part of the season.
In Santiago, several hundred fishermen protested outside the presidential palace on Monday, calling for tougher action against Peru.
Police said the protest was peaceful and no one was arrested.
Analysts said neither government could afford a long standoff ahead of regional elections later this year.
The United States and Brazil have also called for a negotiated settlement, and the European Union said it was following the situation closely.
Officials from both countries are expected to meet again in Geneva in early March.`

// BenchmarkStageNews times the event stage alone on news text that the
// earlier stages (segmenter, parser, NER, entities, times) have prepared
// once, outside the timing. Run with -cpu 1; tokens/cpu-s is the per-core
// figure on a shared machine.
func BenchmarkStageNews(b *testing.B) {
	ctx := context.Background()
	d := text.NewDocument(text.Article{Text: newsText, Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage()} {
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	st := event.NewDefaultStage()
	if err := st.Process(ctx, d); err != nil {
		b.Fatal(err)
	}
	if len(d.Events) == 0 {
		b.Fatal("no events coded: the benchmark would time nothing")
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		d.Events = d.Events[:0]
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(len(d.Tokens) * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}
