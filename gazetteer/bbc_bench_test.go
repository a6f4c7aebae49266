package gazetteer

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/internal/bbccorpus"
	"dateline/text"
)

// BenchmarkMatchBBC matches the sentences of one article in eight of the
// BBC corpus (read at run time from ../shared beside the repo, never
// copied into it), as SentenceMatches does for the NER and entity stages:
// BenchmarkMatch matches one paragraph over and over, so its words stay in
// the processor's caches. Run with -cpu 1.
func BenchmarkMatchBBC(b *testing.B) {
	g := Default()
	var sents [][]string
	toks, n := 0, 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%8 != 0 {
			return
		}
		d := text.NewDocument(text.Article{Text: strings.ToValidUTF8(string(body), "\uFFFD")})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		for _, s := range d.Sentences {
			var words []string
			for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
				words = append(words, d.Text[t.Start:t.End])
			}
			sents = append(sents, words)
			toks += len(words)
		}
	})
	var buf []Match
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			buf = g.AppendMatches(buf[:0], s)
		}
	}
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
