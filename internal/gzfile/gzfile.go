// Package gzfile writes the generated data files (cmd/gen-*) gzipped the
// same way every time: best compression, no name and no time in the
// header, so regenerating from the same source gives the same bytes; and
// reads them back.
package gzfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
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

// Text returns the text of the gzip file gz in one string, for the loaders
// that cut their lines from it (strings.Lines) instead of making a string
// of each: one allocation for the file, not one or more a line (the
// supersense lexicon's 64,000 lines made 240,000), and keys or fields cut
// from it share its memory. It returns what it read before an error, with
// the error.
func Text(gz []byte) (string, error) {
	zr, err := NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", fmt.Errorf("not gzip: %w", err)
	}
	var sb strings.Builder
	sb.Grow(textSize(gz))
	_, err = io.Copy(&sb, zr)
	return sb.String(), err
}

// textSize is the room to make for the text of gz: the size its trailer
// records (ISIZE, exact for a file of one gzip member, as Write makes),
// bounded by what deflate can expand to, so that a corrupt trailer cannot
// ask for gigabytes.
func textSize(gz []byte) int {
	if len(gz) < 18 {
		return 0
	}
	return int(min(uint64(binary.LittleEndian.Uint32(gz[len(gz)-4:])), 1032*uint64(len(gz))))
}

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
