package gzfile

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/klauspost/compress/zstd"
)

// The perceptron models (syntax, NER) are Zstandard files. Every process
// decodes them at start-up, and inflating the 15.7 MB gzip syntax model
// took about 1.3 G instructions, a third of a one-sentence extract's;
// the same bytes as Zstandard at its best level are smaller (14.5 MB) and
// decode in about a fifth of that (BenchmarkModelDecode). The generated
// text tables stay gzip: they are small, and regenerating them should not
// move their bytes.

// zstdMagic opens every Zstandard frame (RFC 8878, 3.1.1).
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// NewModelWriter returns a writer that compresses a model file as
// Zstandard at its best level, in one goroutine, so the same model always
// gives the same bytes. Close it to finish the frame.
func NewModelWriter(w io.Writer) (io.WriteCloser, error) {
	return zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
}

// NewModelReader returns a reader of the model file r: Zstandard as
// NewModelWriter writes it, or gzip, as models trained before were
// written, told apart by their first bytes. The Zstandard decoder decodes
// synchronously, on the caller's goroutine (concurrency 1), so there is
// nothing to close and a reader may be read from another goroutine
// (gzfile.Ahead) and dropped half read.
func NewModelReader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(len(zstdMagic))
	if err != nil {
		return nil, fmt.Errorf("not a model file: %w", err)
	}
	if bytes.Equal(head, zstdMagic) {
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, fmt.Errorf("not zstd: %w", err)
		}
		return zr, nil
	}
	zr, err := NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("neither zstd nor gzip: %w", err)
	}
	return zr, nil
}
