package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// FlagInvalidUTF8 marks an article whose invalid UTF-8 bytes were replaced
// by U+FFFD: the text was kept, not dropped.
const FlagInvalidUTF8 = "invalid-utf8-replaced"

// FlagUnreadableDate marks an article whose input gave a publication date
// in a form ParseDate does not read; the article is kept without it.
const FlagUnreadableDate = "published-unreadable"

// decompress returns rc's content, gunzipped when it starts with the gzip
// magic bytes (whatever the file is called), guarded by opt.MaxGzipRatio.
func decompress(name string, rc io.ReadCloser, opt Options) (io.ReadCloser, error) {
	br := bufio.NewReader(rc)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return readCloser{br, rc}, nil
	}
	cr := &countingReader{r: br}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		rc.Close()
		return nil, gzipError(name, err)
	}
	return readCloser{&gzipGuard{name: name, zr: zr, in: cr, maxRatio: opt.MaxGzipRatio}, rc}, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipMinCheck is how much output is allowed before the ratio is checked:
// the first megabyte of any input is harmless and small files have
// unrepresentative ratios.
const gzipMinCheck = 1 << 20

// gzipGuard stops a decompression whose output outgrows maxRatio times the
// compressed bytes read, and names truncation and corruption.
type gzipGuard struct {
	name     string
	zr       *gzip.Reader
	in       *countingReader
	out      int64
	maxRatio int64
}

func (g *gzipGuard) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	g.out += int64(n)
	if g.out > gzipMinCheck && g.out > g.maxRatio*g.in.n {
		return n, &InputError{Input: g.name, Reason: fmt.Sprintf("gzip expands more than %d times (%d bytes from %d; Options.MaxGzipRatio)", g.maxRatio, g.out, g.in.n), Err: ErrGzipBomb}
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, gzipError(g.name, err)
	}
	return n, err
}

func gzipError(name string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &InputError{Input: name, Reason: "truncated gzip stream", Err: ErrTruncated}
	}
	return &InputError{Input: name, Reason: "corrupt gzip stream", Err: err}
}

// readAll reads one single-article input whole, refusing more than
// opt.MaxBytes, empty content and binary data.
func readAll(in input, opt Options) ([]byte, error) {
	// Compressed data seldom shrinks in decompression, so a file over the
	// limit is refused whole.
	if in.size > opt.MaxBytes {
		return nil, tooLarge(in.name, opt)
	}
	rc, err := in.open(opt)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, opt.MaxBytes+1))
	if err != nil {
		return nil, asInputError(in.name, "cannot read", err)
	}
	if int64(len(b)) > opt.MaxBytes {
		return nil, tooLarge(in.name, opt)
	}
	if err := checkContent(in.name, b); err != nil {
		return nil, err
	}
	return b, nil
}

func tooLarge(name string, opt Options) error {
	return &InputError{Input: name, Reason: fmt.Sprintf("larger than the limit of %s (Options.MaxBytes)", byteSize(opt.MaxBytes)), Err: ErrTooLarge}
}

// checkContent refuses empty and binary content.
func checkContent(name string, b []byte) error {
	if len(bytes.TrimSpace(trimBOM(b))) == 0 {
		return &InputError{Input: name, Reason: "nothing to read", Err: ErrEmpty}
	}
	if kind, ok := binaryKind(b); ok {
		return &InputError{Input: name, Reason: "binary data, not text (" + kind + ")", Err: ErrBinary}
	}
	return nil
}

// binaryKind says what b is when it is not text: the content type the
// standard sniffer sees in the first 512 bytes (images, PDF, archives,
// control bytes), or NUL bytes further in.
func binaryKind(b []byte) (string, bool) {
	if hasUTF16BOM(b) {
		return "", false
	}
	// Magic numbers of two or three letters ("BM" for BMP) also start
	// ordinary text ("BMW reveals…"): a head that is printable UTF-8 is
	// text whatever the sniffer would guess from its first bytes.
	if ct := http.DetectContentType(b); !strings.HasPrefix(ct, "text/") && !printableUTF8(b[:min(len(b), 512)]) {
		if ct == "application/octet-stream" {
			return "control bytes", true
		}
		return ct, true
	}
	head := b[:min(len(b), 64<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes", true
	}
	return "", false
}

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, bomUTF8) }

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE)
}

// decodeText turns a text file's bytes into a valid UTF-8 string: a UTF-16
// BOM decodes UTF-16, a UTF-8 BOM is dropped, and invalid UTF-8 bytes
// become U+FFFD (flagged and warned about, never dropped).
func decodeText(name string, b []byte, opt Options) (string, []string) {
	if hasUTF16BOM(b) {
		if s, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b); err == nil {
			b = s
		}
	}
	b = trimBOM(b)
	if utf8.Valid(b) {
		return string(b), nil
	}
	opt.warn(name, "invalid UTF-8 replaced by U+FFFD")
	return replaceInvalidUTF8(b), []string{FlagInvalidUTF8}
}

// replaceInvalidUTF8 replaces each invalid byte by U+FFFD, as a Go range
// loop decodes it.
func replaceInvalidUTF8(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String()
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// decodeHTML is decodeText for pages: a page that is not valid UTF-8 but
// declares another charset in a <meta> tag is decoded from that charset.
func decodeHTML(name string, b []byte, opt Options) (string, []string) {
	if !hasUTF16BOM(b) && !utf8.Valid(trimBOM(b)) {
		if m := metaCharset.FindSubmatch(b[:min(len(b), 8<<10)]); m != nil {
			if enc, canon := charset.Lookup(string(m[1])); enc != nil && canon != "utf-8" {
				if s, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(s) {
					return string(s), nil
				}
			}
		}
	}
	return decodeText(name, b, opt)
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// printableUTF8 reports whether b is UTF-8 (a rune cut at the end allowed)
// with no control bytes but whitespace.
func printableUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:])
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			return false
		}
		i += size
	}
	return true
}
