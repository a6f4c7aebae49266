package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/text"
)

// testRecord is a WARC record written by the tests, as CC-NEWS writes them.
type testRecord struct {
	typ       string // "response" (default), "warcinfo", "request"
	id        string // uuid part of the WARC-Record-ID
	uri       string
	status    string // HTTP status line; default "HTTP/1.1 200 OK"
	ctype     string // HTTP Content-Type; default "text/html; charset=utf-8"
	body      []byte
	badDigest bool
}

func (r testRecord) bytes() []byte {
	typ, status, ctype := r.typ, r.status, r.ctype
	if typ == "" {
		typ = "response"
	}
	if status == "" {
		status = "HTTP/1.1 200 OK"
	}
	if ctype == "" {
		ctype = "text/html; charset=utf-8"
	}
	var block []byte
	warcType := "application/http; msgtype=" + typ
	switch typ {
	case "warcinfo":
		block = []byte("software: dateline-test\r\nformat: WARC File Format 1.1\r\n")
		warcType = "application/warc-fields"
	case "request":
		block = []byte("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
	default:
		block = fmt.Appendf(nil, "%s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(r.body), r.body)
	}
	sum := sha1.Sum(block)
	digest := "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
	if r.badDigest {
		digest = "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-08-18T10:00:00Z\r\n", typ, r.id)
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nWARC-Block-Digest: %s\r\nContent-Length: %d\r\n\r\n", warcType, digest, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// uuidN is a valid record id for the n-th test record.
func uuidN(n int) string { return fmt.Sprintf("00000000-0000-4000-8000-%012d", n) }

// encodeWARC writes the records, each as its own gzip member when gz, and
// returns the file bytes and the offset of each record.
func encodeWARC(t testing.TB, gz bool, recs ...testRecord) ([]byte, []int64) {
	t.Helper()
	var out bytes.Buffer
	var offsets []int64
	for _, r := range recs {
		offsets = append(offsets, int64(out.Len()))
		if !gz {
			out.Write(r.bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(r.bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes(), offsets
}

func writeTemp(t testing.TB, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// testPage is a news page with a headline and a few paragraphs written for
// these tests; n makes each page's text different.
func testPage(n int) []byte {
	return fmt.Appendf(nil, `<!DOCTYPE html><html><head><title>Council closes bridge %d</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council closes bridge %d for repairs</h1>
<p>The town council voted on Tuesday to close bridge number %d for eight months after engineers found corrosion in two of its steel beams.</p>
<p>About fourteen thousand vehicles cross the bridge each day, and drivers will be sent along a detour that adds up to twenty minutes to a journey.</p>
<p>"Nobody wanted to close a bridge that so many families depend on," the council leader told the meeting, adding that the engineers had been clear.</p>
<p>Repairs are expected to cost about four million pounds, half of it paid by the regional transport fund.</p>
</article><footer>Copyright the Harwick Courier</footer></body></html>`, n, n, n)
}

type warcResult struct {
	articles []text.Article
	errs     []error
}

func readWARC(t testing.TB, path string) warcResult {
	t.Helper()
	src, err := OpenWARC(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var res warcResult
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			res.errs = append(res.errs, err)
			continue
		}
		res.articles = append(res.articles, a)
	}
	return res
}

// cleanRecords is a small CC-NEWS-like file: a warcinfo record, a request,
// two HTML pages, an image and a redirect.
func cleanRecords() []testRecord {
	return []testRecord{
		{typ: "warcinfo", id: uuidN(0)},
		{typ: "request", id: uuidN(1), uri: "https://news.example.org/a"},
		{id: uuidN(2), uri: "https://news.example.org/a", body: testPage(1)},
		{id: uuidN(3), uri: "https://news.example.org/logo.png", ctype: "image/png", body: []byte("\x89PNG\r\n\x1a\n")},
		{id: uuidN(4), uri: "https://news.example.org/old", status: "HTTP/1.1 301 Moved Permanently", body: []byte("<html><body>moved</body></html>")},
		{id: uuidN(5), uri: "https://news.example.org/b", body: testPage(2)},
	}
}

func TestWARCReadsHTMLResponses(t *testing.T) {
	for _, gz := range []bool{true, false} {
		name := map[bool]string{true: "warc.gz", false: "warc"}[gz]
		t.Run("from a ."+name+" file", func(t *testing.T) {
			b, offsets := encodeWARC(t, gz, cleanRecords()...)
			path := writeTemp(t, "news."+name, b)
			res := readWARC(t, path)
			if len(res.errs) != 0 {
				t.Fatalf("errors: %v", res.errs)
			}
			if len(res.articles) != 2 {
				t.Fatalf("got %d articles, want the 2 HTML responses", len(res.articles))
			}
			want := []struct {
				url    string
				offset int64
				id     string
				phrase string
			}{
				{"https://news.example.org/a", offsets[2], "urn:uuid:" + uuidN(2), "close bridge number 1 for eight months"},
				{"https://news.example.org/b", offsets[5], "urn:uuid:" + uuidN(5), "close bridge number 2 for eight months"},
			}
			for i, w := range want {
				a := res.articles[i]
				if a.URL != w.url {
					t.Errorf("article %d: URL = %q, want %q", i, a.URL, w.url)
				}
				if got := (text.Origin{Path: path, Offset: w.offset, Item: w.id}); a.Origin != got {
					t.Errorf("article %d: Origin = %+v, want %+v", i, a.Origin, got)
				}
				if a.ID != w.id {
					t.Errorf("article %d: ID = %q, want %q", i, a.ID, w.id)
				}
				if !strings.Contains(a.Text, w.phrase) {
					t.Errorf("article %d: text %q lacks %q", i, a.Text, w.phrase)
				}
				if strings.Contains(a.Text, "Copyright the Harwick") {
					t.Errorf("article %d: text keeps the page footer: %q", i, a.Text)
				}
			}
		})
	}
}

func TestWARCPublishedFallsBackToCrawlDate(t *testing.T) {
	b, _ := encodeWARC(t, true, testRecord{id: uuidN(1), uri: "https://news.example.org/a", body: testPage(1)})
	res := readWARC(t, writeTemp(t, "a.warc.gz", b))
	if len(res.articles) != 1 {
		t.Fatalf("got %d articles, errors %v", len(res.articles), res.errs)
	}
	a := res.articles[0]
	if got := a.Published.Format("2006-01-02T15:04:05Z07:00"); got != "2025-08-18T10:00:00Z" {
		t.Errorf("Published = %s, want the WARC-Date 2025-08-18T10:00:00Z", got)
	}
	if !containsString(a.Flags, FlagPublishedFromCrawl) {
		t.Errorf("Flags = %v, want %q", a.Flags, FlagPublishedFromCrawl)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inputErrorAt checks that err is an *InputError naming path:offset.
func inputErrorAt(t *testing.T, err error, path string, offset int64, cause error) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v is %T, want *InputError", err, err)
	}
	if want := fmt.Sprintf("%s:%d", path, offset); ie.Input != want {
		t.Errorf("error names %q, want %q (%v)", ie.Input, want, err)
	}
	if cause != nil && !errors.Is(err, cause) {
		t.Errorf("error %v does not wrap %v", err, cause)
	}
}

func TestWARCStopsWhenContextIsDone(t *testing.T) {
	b, _ := encodeWARC(t, true, cleanRecords()...)
	src, err := OpenWARC(writeTemp(t, "a.warc.gz", b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for range src.Articles(ctx) {
		n++
		cancel()
	}
	if n != 1 {
		t.Errorf("yielded %d items after cancel, want 1", n)
	}
}

func TestWARCFromAStream(t *testing.T) {
	// Stdin gives no file to seek in: the input arrives decompressed and
	// offsets count decompressed bytes.
	gz, _ := encodeWARC(t, true, cleanRecords()...)
	_, plainOffsets := encodeWARC(t, false, cleanRecords()...)
	src, err := OpenReader("-", bytes.NewReader(gz), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var offsets []int64
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			t.Fatalf("error: %v", err)
		}
		offsets = append(offsets, a.Origin.Offset)
	}
	if want := []int64{plainOffsets[2], plainOffsets[5]}; fmt.Sprint(offsets) != fmt.Sprint(want) {
		t.Errorf("offsets %v, want %v", offsets, want)
	}
}
