package gzfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

// syntaxModelBytes returns the committed syntax model, decompressed.
func syntaxModelBytes(tb testing.TB) []byte {
	f, err := os.Open("../../syntax/model/syntax.model.zst")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r, err := NewModelReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func gzipped(tb testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func modelFile(tb testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w, err := NewModelWriter(&b)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func readAll(tb testing.TB, file []byte) []byte {
	r, err := NewModelReader(bytes.NewReader(file))
	if err != nil {
		tb.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// A model file is Zstandard, written the same way every time; the reader
// takes it and the gzip files models were before, and refuses the rest.
func TestModelFiles(t *testing.T) {
	data := []byte(strings.Repeat("weights of the lighthouse keeper\x00\x01\x02", 4000))
	file := modelFile(t, data)
	if !bytes.HasPrefix(file, zstdMagic) {
		t.Fatalf("a model file starts % x, want the Zstandard magic", file[:4])
	}
	if again := modelFile(t, data); !bytes.Equal(again, file) {
		t.Error("the same data gave two different model files")
	}
	if len(file) >= len(data)/10 {
		t.Errorf("%d bytes compressed to %d: not compressed", len(data), len(file))
	}
	if got := readAll(t, file); !bytes.Equal(got, data) {
		t.Error("Zstandard model file read back wrong")
	}
	if got := readAll(t, gzipped(t, data)); !bytes.Equal(got, data) {
		t.Error("gzip model file read back wrong")
	}
	for _, bad := range []string{"", "ab", "plain text, not a model"} {
		if _, err := NewModelReader(strings.NewReader(bad)); err == nil {
			t.Errorf("NewModelReader(%q): no error", bad)
		}
	}
	// A truncated file fails while reading, not silently short.
	r, err := NewModelReader(bytes.NewReader(file[:len(file)/2]))
	if err == nil {
		_, err = io.ReadAll(r)
	}
	if err == nil {
		t.Error("a truncated model file read without an error")
	}
}

// Reading a model leaves no goroutine behind, read to the end or dropped
// half read: nothing closes these readers.
func TestModelReaderLeavesNoGoroutine(t *testing.T) {
	data := bytes.Repeat([]byte("ferry timetable "), 1<<16)
	file := modelFile(t, data)
	before := runtime.NumGoroutine()
	for range 20 {
		readAll(t, file)
		r, err := NewModelReader(bytes.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		io.ReadFull(r, make([]byte, 1000))
	}
	runtime.GC()
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before reading models, %d after", before, after)
	}
}

// BenchmarkModelDecode decodes the committed syntax model (Zstandard)
// against the same bytes gzipped at the best level, as it was stored
// before.
func BenchmarkModelDecode(b *testing.B) {
	raw := syntaxModelBytes(b)
	for _, f := range []struct {
		name string
		file []byte
	}{{"zstd", modelFile(b, raw)}, {"gzip", gzipped(b, raw)}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportMetric(float64(len(f.file))/(1<<20), "file-MB")
			for b.Loop() {
				readAll(b, f.file)
			}
		})
	}
}
