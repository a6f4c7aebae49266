package syntax

import (
	"testing"

	"dateline/internal/cputime"
)

// The lexicons the model's finish decodes once per process besides the
// model itself (BenchmarkLoad reuses them after its first iteration).

func BenchmarkLoadWordnet(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, _, err := decodeWordnet(wordnetGz); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}

func BenchmarkLoadSenses(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := decodeSenses(sensesGz); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
