package gzfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoGz returns the gzip files of the repository (the embedded models
// and tables, the testdata), relative to this package.
func repoGz(t testing.TB) []string {
	var paths []string
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules"):
			return fs.SkipDir
		case !d.IsDir() && strings.HasSuffix(p, ".gz"):
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

func inflateStd(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func inflate(gz []byte) ([]byte, error) {
	zr, err := NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func TestNewReaderReadsAsTheStandardLibrary(t *testing.T) {
	paths := repoGz(t)
	if len(paths) < 10 {
		t.Fatalf("found %d gzip files in the repository; want the embedded data (10 or more)", len(paths))
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			gz, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			want, werr := inflateStd(gz)
			got, gerr := inflate(gz)
			if (werr == nil) != (gerr == nil) || !bytes.Equal(got, want) {
				t.Errorf("got %d bytes (err %v), want %d bytes (err %v)", len(got), gerr, len(want), werr)
			}
		})
	}
}

func TestNewReaderRejects(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(bytes.Repeat([]byte("a line of text\n"), 1000))
	_ = zw.Close()
	whole := buf.Bytes()
	for _, tc := range []struct {
		name string
		gz   []byte
	}{
		{"not gzip", []byte("plain text, no gzip header")},
		{"cut short", whole[:len(whole)/2]},
		{"bad checksum", append(append([]byte{}, whole[:len(whole)-8]...), 0, 0, 0, 0, 0, 0, 0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := inflate(tc.gz); err == nil {
				t.Error("got no error")
			}
		})
	}
}

// BenchmarkInflate decompresses the syntax model, the largest file every
// process decompresses at start-up, with each decoder.
func BenchmarkInflate(b *testing.B) {
	gz, err := os.ReadFile("../../syntax/model/syntax.model.gz")
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range []struct {
		name string
		fn   func([]byte) ([]byte, error)
	}{{"std", inflateStd}, {"klauspost", inflate}} {
		b.Run(d.name, func(b *testing.B) {
			out, err := d.fn(gz)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(out)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := d.fn(gz); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
