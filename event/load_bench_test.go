package event

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadLexicon decodes the built-in CAMEO lexicon as Builtin does,
// once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	cputime.Loads(b, func() error {
		_, err := readLexicon(builtinLexicon)
		return err
	})
}
