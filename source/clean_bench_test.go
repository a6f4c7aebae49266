package source

import (
	"testing"

	"dateline/internal/bbccorpus"
)

// BenchmarkCleanBBC cleans one article in eight of the BBC corpus (read
// from ../shared at run time), as reading a directory of text files does.
func BenchmarkCleanBBC(b *testing.B) {
	var texts []string
	n := 0
	bbccorpus.Each(b, "..", func(_, _ string, body []byte) {
		if n++; n%8 == 0 {
			texts = append(texts, string(body))
		}
	})
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			Clean(s)
		}
	}
}
