package timex_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline/amount"
	"dateline/internal/cputime"
	"dateline/text"
	"dateline/timex"
	"dateline/tone"
)

// benchText is written for the benchmark: news prose with the usual mix of
// times, amounts and words of tone.
const benchText = `The finance minister said on Tuesday that the government would borrow about $12 billion
over the next two years to rebuild roads and bridges damaged in the floods of early March. Officials
estimated that more than 40,000 homes were destroyed and thousands of families remain in temporary
shelters. "We will not abandon anyone," she told reporters in the capital, adding that the first
payments would arrive within the next week to ten days. Opposition leaders criticized the plan as
late and insufficient, and protesters gathered outside parliament on Monday evening. The central
bank raised its main rate by 0.5 percentage points last month, the third increase this year, and
warned that inflation could stay above 6% until the second half of 2026. Exports fell 3.2 percent in
the third quarter from a year earlier, while the trade deficit widened to €2.5bn. A spokesman for the
IMF said the fund welcomed the reforms and expected a review in September. Nearly three and a half
years ago the country defaulted on $4 billion of bonds; since then growth has recovered slowly. The
prime minister will travel to Brussels next week and is due to meet European leaders on Friday.`

func words(s string) int { return len(strings.Fields(s)) }

func benchDoc() *text.Document {
	d := text.NewDocument(text.Article{Text: benchText, Published: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)})
	d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(benchText)}}}
	return d
}

func run(b *testing.B, stages ...interface {
	Process(context.Context, *text.Document) error
}) {
	ctx := context.Background()
	n := words(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		d := benchDoc()
		for _, s := range stages {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time counts other processes' work; CPU time
	// (this process, GC included) is the per-core figure.
	cputime.ReportRate(b, n, cpu0, "tokens/cpu-s")
}

func BenchmarkTimex(b *testing.B)  { run(b, timex.NewStage()) }
func BenchmarkAmount(b *testing.B) { run(b, amount.NewStage()) }
func BenchmarkTone(b *testing.B)   { run(b, tone.NewStage()) }

// BenchmarkTimexAmountTone is the speed target: the three stages together,
// one core (run with -cpu 1).
func BenchmarkTimexAmountTone(b *testing.B) {
	run(b, timex.NewStage(), amount.NewStage(), tone.NewStage())
}
