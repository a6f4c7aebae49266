package gzfile

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWriteIsReadableAndRepeatable(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gz"), filepath.Join(dir, "b.gz")
	data := []byte("word\t3\nother\t-2\n")
	for _, p := range []string{a, b} {
		if err := Write(p, data); err != nil {
			t.Fatal(err)
		}
	}
	ga, _ := os.ReadFile(a)
	gb, _ := os.ReadFile(b)
	if !bytes.Equal(ga, gb) {
		t.Error("two writes of the same data differ")
	}
	zr, err := gzip.NewReader(bytes.NewReader(ga))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("read back %q, %v; want %q", got, err, data)
	}
	if zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("header has name %q, time %v; want none", zr.Name, zr.ModTime)
	}
}

func TestLinesSkipsCommentsAndNumbersLines(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("# made by a test\na\t1\n\nb\t2\n"))
	zw.Close()
	var got []string
	err := Lines(bytes.NewReader(b.Bytes()), func(ln int, line string) error {
		got = append(got, fmt.Sprint(ln, ":", line))
		return nil
	})
	if want := []string{"2:a\t1", "4:b\t2"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("Lines = %q, %v; want %q", got, err, want)
	}
	stop := errors.New("stop")
	if err := Lines(bytes.NewReader(b.Bytes()), func(int, string) error { return stop }); err != stop {
		t.Errorf("fn's error: got %v, want it returned", err)
	}
	if err := Lines(strings.NewReader("a\t1\n"), func(int, string) error { return nil }); err == nil || !strings.Contains(err.Error(), "not gzip") {
		t.Errorf("plain text: got %v, want a not-gzip error", err)
	}
}
