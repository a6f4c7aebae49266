package tone

import (
	"testing"

	"dateline/internal/cputime"
)

// BenchmarkLoadLexicon decodes the AFINN lexicon, once per process.
func BenchmarkLoadLexicon(b *testing.B) {
	cputime.Loads(b, func() error {
		_, err := parse(lexiconGz)
		return err
	})
}
