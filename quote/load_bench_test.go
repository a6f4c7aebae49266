package quote

import (
	"bytes"
	"testing"

	"dateline/internal/cputime"
)

// The quote stage's embedded data, each read once per process.

func BenchmarkLoadCueModel(b *testing.B) {
	raw, err := modelFS.ReadFile(CueModelPath)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := ReadCueModel(bytes.NewReader(raw), CueModelPath); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}

func BenchmarkLoadLexicon(b *testing.B) {
	raw, err := lexiconFS.ReadFile(LexiconPath)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Now()
	for b.Loop() {
		if _, err := ReadLexicon(bytes.NewReader(raw), LexiconPath); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu0)
}
