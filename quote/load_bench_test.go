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
	cputime.Loads(b, func() error {
		_, err := ReadCueModel(bytes.NewReader(raw), CueModelPath)
		return err
	})
}

func BenchmarkLoadLexicon(b *testing.B) {
	raw, err := lexiconFS.ReadFile(LexiconPath)
	if err != nil {
		b.Fatal(err)
	}
	cputime.Loads(b, func() error {
		_, err := ReadLexicon(bytes.NewReader(raw), LexiconPath)
		return err
	})
}
