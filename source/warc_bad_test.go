package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
)

func TestWARCSkipsBadRecords(t *testing.T) {
	pages := func() []testRecord {
		return []testRecord{
			{id: uuidN(1), uri: "https://news.example.org/1", body: testPage(1)},
			{id: uuidN(2), uri: "https://news.example.org/2", body: testPage(2)},
			{id: uuidN(3), uri: "https://news.example.org/3", body: testPage(3)},
		}
	}
	tests := []struct {
		name     string
		gz       bool
		damage   func(b []byte, offsets []int64) []byte
		recs     func() []testRecord
		badIndex int   // record whose offset the error names
		cause    error // what the error wraps
		wantURLs []string
	}{
		{
			name: "truncated gzip file", gz: true, recs: pages,
			damage:   func(b []byte, off []int64) []byte { return b[:off[2]+(int64(len(b))-off[2])/2] },
			badIndex: 2, cause: ErrTruncated,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/2"},
		},
		{
			name: "corrupt bytes inside a gzip member", gz: true, recs: pages,
			damage: func(b []byte, off []int64) []byte {
				b = bytes.Clone(b)
				for i := off[1] + 40; i < off[1]+60; i++ {
					b[i] ^= 0x5a
				}
				return b
			},
			badIndex: 1, cause: ErrCorruptRecord,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/3"},
		},
		{
			name: "a member cut short with the next one following", gz: true, recs: pages,
			damage: func(b []byte, off []int64) []byte {
				return append(bytes.Clone(b[:off[1]+(off[2]-off[1])/2]), b[off[2]:]...)
			},
			badIndex: 1, cause: ErrCorruptRecord,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/3"},
		},
		{
			name: "garbage between members", gz: true, recs: pages,
			damage: func(b []byte, off []int64) []byte {
				return append(append(bytes.Clone(b[:off[1]]), "not gzip at all\n"...), b[off[1]:]...)
			},
			badIndex: 1, cause: ErrCorruptRecord,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3"},
		},
		{
			name: "wrong block digest", gz: true,
			recs: func() []testRecord {
				r := pages()
				r[1].badDigest = true
				return r
			},
			badIndex: 1, cause: ErrCorruptRecord,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/3"},
		},
		{
			name: "truncated plain WARC", gz: false, recs: pages,
			damage:   func(b []byte, off []int64) []byte { return b[:off[2]+300] },
			badIndex: 2, cause: nil,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/2"},
		},
		{
			name: "plain WARC cut inside a record's header", gz: false, recs: pages,
			damage:   func(b []byte, off []int64) []byte { return b[:off[2]+40] },
			badIndex: 2, cause: ErrTruncated,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/2"},
		},
		{
			name: "plain WARC record shorter than its Content-Length", gz: false, recs: pages,
			damage: func(b []byte, off []int64) []byte {
				return append(bytes.Clone(b[:off[1]+400]), b[off[2]:]...)
			},
			badIndex: 1, cause: ErrCorruptRecord,
			wantURLs: []string{"https://news.example.org/1", "https://news.example.org/3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, offsets := encodeWARC(t, tt.gz, tt.recs()...)
			if tt.damage != nil {
				b = tt.damage(b, offsets)
			}
			ext := map[bool]string{true: ".warc.gz", false: ".warc"}[tt.gz]
			path := writeTemp(t, "bad"+ext, b)
			res := readWARC(t, path)
			var urls []string
			for _, a := range res.articles {
				urls = append(urls, a.URL)
			}
			if fmt.Sprint(urls) != fmt.Sprint(tt.wantURLs) {
				t.Errorf("articles %v, want %v", urls, tt.wantURLs)
			}
			if len(res.errs) != 1 {
				t.Fatalf("got %d errors %v, want 1", len(res.errs), res.errs)
			}
			inputErrorAt(t, res.errs[0], path, offsets[tt.badIndex], tt.cause)
		})
	}
}

func TestWARCGzipBombIsSkipped(t *testing.T) {
	// 40 MB of spaces compress to about 40 KB: a thousandfold expansion.
	bomb := testRecord{id: uuidN(2), uri: "https://news.example.org/bomb", body: bytes.Repeat([]byte(" "), 40<<20)}
	b, offsets := encodeWARC(t, true,
		testRecord{id: uuidN(1), uri: "https://news.example.org/1", body: testPage(1)},
		bomb,
		testRecord{id: uuidN(3), uri: "https://news.example.org/3", body: testPage(3)},
	)
	path := writeTemp(t, "bomb.warc.gz", b)
	res := readWARC(t, path)
	if len(res.articles) != 2 {
		t.Errorf("got %d articles, want the 2 around the bomb", len(res.articles))
	}
	if len(res.errs) != 1 {
		t.Fatalf("got errors %v, want 1", res.errs)
	}
	inputErrorAt(t, res.errs[0], path, offsets[1], ErrGzipBomb)
}

func TestWARCEmptyFile(t *testing.T) {
	path := writeTemp(t, "empty.warc.gz", nil)
	res := readWARC(t, path)
	if len(res.articles) != 0 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrEmpty) {
		t.Errorf("got %d articles and errors %v, want one ErrEmpty", len(res.articles), res.errs)
	}
}

func FuzzWARCReader(f *testing.F) {
	gz, _ := encodeWARC(f, true, cleanRecords()[:3]...)
	plain, _ := encodeWARC(f, false, cleanRecords()[:3]...)
	f.Add(gz)
	f.Add(plain)
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newWARCReader("fuzz.warc", bytes.NewReader(b), Options{}.withDefaults())
		for i := 0; ; i++ {
			if i > len(b)+10 {
				t.Fatalf("more than %d results from %d bytes: the reader does not advance", i, len(b))
			}
			rec, err := r.next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("error %v is %T, want *InputError", err, err)
				}
				continue
			}
			rec.close()
		}
	})
}

// A response labelled text/html whose payload is a PDF or an image is no
// page: it was stored as an article of replacement characters. It is
// skipped with a warning; the pages around it are read.
func TestWARCSkipsBinaryLabelledHTML(t *testing.T) {
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	b, _ := encodeWARC(t, true,
		testRecord{id: uuidN(1), uri: "https://news.example.org/1", body: testPage(1)},
		testRecord{id: uuidN(2), uri: "https://news.example.org/report", body: pdf},
		testRecord{id: uuidN(3), uri: "https://news.example.org/photo", body: png},
		testRecord{id: uuidN(4), uri: "https://news.example.org/4", body: testPage(4)},
	)
	path := writeTemp(t, "mislabelled.warc.gz", b)
	var logged bytes.Buffer
	src, err := OpenWARC(path, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			t.Fatalf("error: %v", err)
		}
		urls = append(urls, a.URL)
	}
	if want := "https://news.example.org/1 https://news.example.org/4"; strings.Join(urls, " ") != want {
		t.Errorf("articles %v, want %s", urls, want)
	}
	for _, kind := range []string{"application/pdf", "image/png"} {
		if !strings.Contains(logged.String(), "holds "+kind) {
			t.Errorf("no warning names %s: %s", kind, logged.String())
		}
	}
}
