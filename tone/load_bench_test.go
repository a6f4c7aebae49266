package tone

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadLexicon decodes the AFINN lexicon, once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := parse(lexiconGz); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
