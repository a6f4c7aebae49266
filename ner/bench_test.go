package ner

import (
	"context"
	"dateline/internal/bbccorpus"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/text"
)

// bbcDocs segments every step-th article of the BBC corpus, read at run
// time from ../shared beside the repo (never copied into it).
func bbcDocs(tb testing.TB, step int) []*text.Document {
	tb.Helper()
	var docs []*text.Document
	n := 0
	bbccorpus.Each(tb, "..", func(_, _ string, b []byte) {
		if n++; n%step != 0 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.ToValidUTF8(string(b), "\uFFFD")})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	})
	return docs
}

// BenchmarkTagBBC tags one article in eight of the BBC corpus (about 280
// articles, 140,000 tokens) with one tagger, as a pipeline worker does: a
// benchmark that tags one text over and over would find every word in
// the tagger's word cache.
func BenchmarkTagBBC(b *testing.B) {
	docs := bbcDocs(b, 8)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	st := NewStageWith(m)
	ctx := context.Background()
	toks := 0
	for _, d := range docs {
		toks += len(d.Tokens)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
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
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(toks)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// cpuTime is the user and system CPU time this process has used: on a
// machine shared with other jobs the wall clock overstates the cost.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
