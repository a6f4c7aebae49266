package event

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadLexicon decodes the built-in CAMEO lexicon as Builtin does,
// once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := readLexicon(builtinLexicon); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
