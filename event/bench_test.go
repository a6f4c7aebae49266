package event

import (
	"context"
	"testing"

	"dateline/internal/cputime"
	"dateline/text"
)

// benchDocs runs the stage over parsed documents and reports tokens per
// wall second and per CPU second (run with -cpu 1).
func benchDocs(b *testing.B, docs []*text.Document) {
	st, err := NewStage(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, d := range docs {
		ntok += len(d.Tokens)
	}
	ctx := context.Background()
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
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkStage is the worst case: short sentences that all have a
// dictionary verb and coded actors.
func BenchmarkStage(b *testing.B) {
	var docs []*text.Document
	for _, r := range [][]string{rowsMet, rowsWillMeet, rowsNotMeet, rowsCompound, rowsPassive, rowsAgentless, rowsNominal, rowsOpenTo} {
		docs = append(docs, parsed(b, r...))
	}
	benchDocs(b, docs)
}
