// Package gzfile writes the generated data files (cmd/gen-*) gzipped the
// same way every time: best compression, no name and no time in the
// header, so regenerating from the same source gives the same bytes; and
// reads them back.
package gzfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	kgzip "github.com/klauspost/compress/gzip"
)

// Write writes data gzipped to path.
func Write(path string, data []byte) error {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// NewReader returns a reader of the gzip stream r, for loading the
// embedded data at start-up. It is klauspost/compress's decoder, not the
// standard library's: the same bytes out with about 30% less CPU
// (BenchmarkInflate: its Huffman decoder works straight on a bufio or
// bytes reader's buffer, where the standard one makes an interface call
// per byte), and every process inflates nearly 30 MB of models and tables
// at start-up. Writing stays on compress/gzip, so that regenerated files
// keep their bytes.
func NewReader(r io.Reader) (*kgzip.Reader, error) { return kgzip.NewReader(r) }

// Lines calls fn with each line of the gzip stream r and its 1-based
// number, skipping empty lines and "#" comments: the form of the TSV
// files the generators write. It stops at fn's first error and returns
// it; a stream that is not gzip or breaks off gives an error saying so.
func Lines(r io.Reader, fn func(ln int, line string) error) error {
	zr, err := NewReader(r)
	if err != nil {
		return fmt.Errorf("not gzip: %w", err)
	}
	sc := bufio.NewScanner(zr)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(ln, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
