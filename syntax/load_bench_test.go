package syntax

import (
	"testing"

	"dateline/internal/cputime"
)

// The lexicons the model's finish decodes once per process besides the
// model itself (BenchmarkLoad reuses them after its first iteration).

func BenchmarkLoadWordnet(b *testing.B) {
	cputime.Loads(b, func() error {
		_, _, err := decodeWordnet(wordnetGz)
		return err
	})
}

func BenchmarkLoadSenses(b *testing.B) {
	cputime.Loads(b, func() error {
		_, err := decodeSenses(sensesGz)
		return err
	})
}
