// Package gzfile writes the generated data files (cmd/gen-*) gzipped the
// same way every time: best compression, no name and no time in the
// header, so regenerating from the same source gives the same bytes; and
// reads the line files among them back.
package gzfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
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

// Lines calls fn with each line of the gzip stream r and its 1-based
// number, skipping empty lines and "#" comments: the form of the TSV
// files the generators write. It stops at fn's first error and returns
// it; a stream that is not gzip or breaks off gives an error saying so.
func Lines(r io.Reader, fn func(ln int, line string) error) error {
	zr, err := gzip.NewReader(r)
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
