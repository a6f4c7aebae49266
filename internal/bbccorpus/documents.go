package bbccorpus

import (
	"context"
	"strings"
	"testing"

	"dateline/internal/cputime"
	"dateline/text"
)

// Stage is a pipeline stage run over a Document.
type Stage interface {
	Process(context.Context, *text.Document) error
}

// Documents makes a Document of every step-th article, its invalid UTF-8
// replaced as ingest does, and runs stages over each in order: the
// articles a benchmark of a later stage meets prepared as an ingest worker
// hands them over, outside the timing. It also returns their tokens.
func Documents(tb testing.TB, root string, step int, stages ...Stage) ([]*text.Document, int) {
	tb.Helper()
	var docs []*text.Document
	n, toks := 0, 0
	Each(tb, root, func(_, _ string, body []byte) {
		if n++; n%step != 0 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.ToValidUTF8(string(body), "\uFFFD")})
		for _, st := range stages {
			if err := st.Process(context.Background(), d); err != nil {
				tb.Fatal(err)
			}
		}
		docs = append(docs, d)
		toks += len(d.Tokens)
	})
	return docs, toks
}

// Time benchmarks st over docs, whose toks tokens give the rate it
// reports (tokens per CPU-second). Each document is first processed once
// outside the timing, which loads the stage's models and lexicons; reset,
// when not nil, returns document i to what the earlier stages left before
// every run of st (a stage that appends its records, or adds entities).
func Time(b *testing.B, docs []*text.Document, toks int, st Stage, reset func(i int, d *text.Document)) {
	b.Helper()
	ctx := context.Background()
	run := func() {
		for i, d := range docs {
			if reset != nil {
				reset(i, d)
			}
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	run()
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		run()
	}
	cputime.ReportRate(b, toks, cpu0, "tokens/cpu-s")
}
