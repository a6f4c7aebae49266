package source

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
	"golang.org/x/net/html"

	"dateline/text"
)

// peakRSS reads the process's peak resident set size (VmHWM) in bytes.
func peakRSS(tb testing.TB) int64 {
	tb.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Fatalf("read /proc/self/status: %v", err)
	}
	for line := range bytes.Lines(b) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			f := bytes.Fields(rest)
			kb, err := strconv.ParseInt(string(f[0]), 10, 64)
			if err != nil {
				tb.Fatalf("parse VmHWM %q: %v", line, err)
			}
			return kb << 10
		}
	}
	tb.Fatalf("no VmHWM in /proc/self/status")
	return 0
}

// resetPeakRSS starts a new VmHWM measurement (Linux: "5" to clear_refs),
// so generating the file does not count against reading it.
func resetPeakRSS(tb testing.TB) {
	runtime.GC()
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		tb.Logf("cannot reset VmHWM (%v): the peak includes generating the file", err)
	}
}

// warcBenchBytes is the compressed size of the generated file:
// DATELINE_WARC_BENCH_BYTES, default 32 MiB so that -bench runs stay
// short. The figure is for 1 GB:
//
//	DATELINE_WARC_BENCH_BYTES=1073741824 go test -run '^$' -bench WARCStream -benchtime 1x ./source/
func warcBenchBytes(tb testing.TB) int64 {
	s := os.Getenv("DATELINE_WARC_BENCH_BYTES")
	if s == "" {
		return 32 << 20
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		tb.Fatalf("DATELINE_WARC_BENCH_BYTES=%q: want a size in bytes", s)
	}
	return n
}

// maxStreamRSS is the bound on peak RSS while streaming a WARC.
const maxStreamRSS = 300 << 20

// BenchmarkWARCStream generates a CC-NEWS-like WARC.gz of random pages in a
// temporary directory (never committed), then streams it through the WARC
// reader record by record: gzip members, gowarc parsing with digest checks,
// HTTP payload, charset decoding, and an HTML parse per page (the
// trafilatura extractor is swapped for a plain DOM walk, since at 20–50 ms
// a page it would turn a memory test into an hour's run). It fails if the
// peak RSS while reading passes 300 MB.
func BenchmarkWARCStream(b *testing.B) {
	size := warcBenchBytes(b)
	path := filepath.Join(b.TempDir(), "bench.warc.gz")
	start := time.Now()
	records := generateWARC(b, path, size)
	b.Logf("generated %d records, %d MB compressed, in %v", records, size>>20, time.Since(start).Round(time.Second))
	resetPeakRSS(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		src := &warcSource{in: input{name: path}, opt: Options{}.withDefaults(), extract: domText}
		start := time.Now()
		n, textBytes := 0, 0
		for a, err := range src.Articles(context.Background()) {
			if err != nil {
				b.Fatalf("record %d: %v", n, err)
			}
			n++
			textBytes += len(a.Text)
		}
		if n != records {
			b.Fatalf("read %d articles, want %d", n, records)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "records/s")
	}
	peak := peakRSS(b)
	b.ReportMetric(float64(peak)/(1<<20), "peakRSS-MB")
	if peak > maxStreamRSS {
		b.Errorf("peak RSS %d MB while streaming, want < %d MB", peak>>20, maxStreamRSS>>20)
	}
}

// BenchmarkWARCArticles is the WARC reader with the real extractor, on a
// small file: records per second as ingest sees them.
func BenchmarkWARCArticles(b *testing.B) {
	path := filepath.Join(b.TempDir(), "small.warc.gz")
	records := generateWARC(b, path, 2<<20)
	b.ResetTimer()
	for b.Loop() {
		src := &warcSource{in: input{name: path}, opt: Options{}.withDefaults()}
		start, n := time.Now(), 0
		for _, err := range src.Articles(context.Background()) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != records {
			b.Fatalf("read %d articles, want %d", n, records)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "records/s")
	}
}

func domText(name, page, pageURL string, _ Options) (text.Article, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return text.Article{}, err
	}
	return text.Article{Text: visibleText(doc)}, nil
}

// generateWARC writes gzip-member-per-record response records of random
// pages until the file reaches size bytes, and returns the record count.
// Words are drawn from a vocabulary of random letter strings so that the
// text compresses about as much as real prose.
func generateWARC(tb testing.TB, path string, size int64) int {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(8, 2025))
	vocab := make([]string, 20000)
	for i := range vocab {
		w := make([]byte, 2+rng.IntN(9))
		for j := range w {
			w[j] = byte('a' + rng.IntN(26))
		}
		vocab[i] = string(w)
	}
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	var page, block, rec bytes.Buffer
	written := int64(0)
	n := 0
	for written < size {
		page.Reset()
		fmt.Fprintf(&page, "<!DOCTYPE html><html><head><title>Story %d</title><meta charset=\"utf-8\"><script>var site={section:'news',id:%d};</script>%s</head><body><nav>%s</nav><article><h1>Story %d</h1>",
			n, n, strings.Repeat("<link rel=\"stylesheet\" href=\"/static/site.css\">", 20), strings.Repeat("<a href=\"/section\">Section</a> ", 30), n)
		for range 8 + rng.IntN(20) {
			page.WriteString("<p>")
			for range 30 + rng.IntN(60) {
				page.WriteString(vocab[rng.IntN(len(vocab))])
				page.WriteByte(' ')
			}
			page.WriteString("</p>\n")
		}
		page.WriteString("</article><footer>" + strings.Repeat("<a href=\"/about\">About us</a> ", 20) + "</footer></body></html>")

		block.Reset()
		fmt.Fprintf(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", page.Len())
		block.Write(page.Bytes())
		sum := sha1.Sum(block.Bytes())
		rec.Reset()
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>\r\nWARC-Date: 2025-08-18T10:00:00Z\r\nWARC-Target-URI: https://news.example.org/story/%d\r\nContent-Type: application/http; msgtype=response\r\nWARC-Block-Digest: sha1:%s\r\nContent-Length: %d\r\n\r\n",
			n>>16, n, n, base32.StdEncoding.EncodeToString(sum[:]), block.Len())
		rec.Write(block.Bytes())
		rec.WriteString("\r\n\r\n")

		zw.Reset(bw)
		zw.Write(rec.Bytes())
		if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
		n++
		written = int64(bw.Buffered()) + fileSize(tb, f)
	}
	if err := bw.Flush(); err != nil {
		tb.Fatal(err)
	}
	return n
}

func fileSize(tb testing.TB, f *os.File) int64 {
	off, err := f.Seek(0, 1)
	if err != nil {
		tb.Fatal(err)
	}
	return off
}
