package tone

import (
	"strings"
	"testing"

	"dateline/internal/bbccorpus"
	"dateline/internal/cputime"
)

// BenchmarkScoreBBC scores the text of one article in four of the BBC
// corpus (read at run time from ../shared beside the repo, never copied
// into it), as the tone stage does. Run with -cpu 1.
func BenchmarkScoreBBC(b *testing.B) {
	var texts []string
	size, n := 0, 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%4 != 0 {
			return
		}
		texts = append(texts, strings.ToValidUTF8(string(body), "\uFFFD"))
		size += len(body)
	})
	if _, err := Score(""); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, s := range texts {
			if _, err := Score(s); err != nil {
				b.Fatal(err)
			}
		}
	}
	cputime.ReportRate(b, size, cpu0, "bytes/cpu-s")
}
