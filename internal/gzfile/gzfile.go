// Package gzfile writes the generated data files (cmd/gen-*) gzipped the
// same way every time: best compression, no name and no time in the
// header, so regenerating from the same source gives the same bytes.
package gzfile

import (
	"bytes"
	"compress/gzip"
	"os"
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
