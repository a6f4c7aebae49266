package syntax

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	"dateline/internal/cputime"
	"dateline/internal/gzfile"
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

// BenchmarkDecodeInflated decodes the embedded model from its decompressed
// bytes: BenchmarkLoad without the decompressing, so that
// a change to the decoding is measured apart from it.
func BenchmarkDecodeInflated(b *testing.B) {
	zr, err := gzfile.NewModelReader(strings.NewReader(modelFile))
	if err != nil {
		b.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		b.Fatal(err)
	}
	wordnet()
	cputime.Loads(b, func() error {
		d := &dec{r: bufio.NewReader(bytes.NewReader(raw)), compact: true}
		_, err := d.model(ModelPath)
		return err
	})
}
