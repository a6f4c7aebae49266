package gzfile

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

// BenchmarkInflate decompresses the syntax model's bytes gzipped at the
// best level, as every process inflated its models at start-up until
// they became Zstandard files, with each gzip decoder.
func BenchmarkInflate(b *testing.B) {
	gz := gzipped(b, syntaxModelBytes(b))
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

func TestText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lines.gz")
	want := strings.Repeat("lighthouse\t7\nferry\t-2\n", 500)
	if err := Write(path, []byte(want)); err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("whole file", func(t *testing.T) {
		got, err := Text(gz)
		if err != nil || got != want {
			t.Errorf("Text = %d bytes, %v; want %d bytes, no error", len(got), err, len(want))
		}
		if n := textSize(gz); n != len(want) {
			t.Errorf("textSize = %d, want the text's %d", n, len(want))
		}
	})
	t.Run("corrupt trailer asks for no more than deflate can give", func(t *testing.T) {
		bad := append([]byte{}, gz...)
		copy(bad[len(bad)-4:], []byte{0xff, 0xff, 0xff, 0xff})
		if n := textSize(bad); n > 1032*len(bad) {
			t.Errorf("textSize = %d, want at most %d", n, 1032*len(bad))
		}
		if _, err := Text(bad); err == nil {
			t.Error("got no error for a wrong size in the trailer")
		}
	})
	t.Run("cut short", func(t *testing.T) {
		if _, err := Text(gz[:len(gz)/2]); err == nil {
			t.Error("got no error")
		}
	})
	t.Run("not gzip", func(t *testing.T) {
		if _, err := Text([]byte("plain text")); err == nil {
			t.Error("got no error")
		}
	})
}

// TestLinesEndings: lines end with "\n" or "\r\n", the last one with
// neither; a stream that breaks off is an error.
func TestLinesEndings(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte("quay\t1\r\n\r\n#note\r\npier\t2\nbuoy\t3"))
	_ = zw.Close()
	var got []string
	err := Lines(bytes.NewReader(b.Bytes()), func(ln int, line string) error {
		got = append(got, fmt.Sprint(ln, ":", line))
		return nil
	})
	if want := []string{"1:quay\t1", "4:pier\t2", "5:buoy\t3"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("Lines = %q, %v; want %q", got, err, want)
	}
	if err := Lines(bytes.NewReader(b.Bytes()[:b.Len()-6]), func(int, string) error { return nil }); err == nil {
		t.Error("stream cut short: got no error")
	}
}
