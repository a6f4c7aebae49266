package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"

	"dateline/text"
)

// Flags set on articles read from WARC files.
const (
	// FlagWARCTruncated: the crawler cut the HTTP payload short
	// (WARC-Truncated); the article may miss its end.
	FlagWARCTruncated = "warc-truncated"
	// FlagPublishedFromCrawl: the page named no publication date, so the
	// record's WARC-Date (when it was fetched) stands in for it.
	FlagPublishedFromCrawl = "published-from-warc-date"
)

// ErrCorruptRecord is the cause of an InputError for a WARC record that
// cannot be read: bad gzip, wrong digest or length, unparsable headers.
var ErrCorruptRecord = errors.New("corrupt WARC record")

// warcSource reads the HTML response records of a WARC or WARC.gz file, as
// Common Crawl's CC-NEWS publishes them, one record at a time: memory is
// bounded by one record (at most Options.MaxBytes decompressed) whatever
// the size of the file. Every article's Origin is the file, the byte offset
// of its record (of its gzip member in a .warc.gz: the offset a CDX index
// gives) and its WARC-Record-ID. A record that cannot be read is an
// *InputError naming file:offset; reading goes on with the next record.
type warcSource struct {
	in  input
	opt Options
	// extract reads the article out of a page; nil means ExtractHTML. The
	// memory benchmark swaps in a cheaper one to measure the reader alone.
	extract func(name, page, pageURL string, opt Options) (text.Article, error)
}

func openWARC(in input, opt Options) Source { return &warcSource{in: in, opt: opt} }

// OpenWARC returns a Source for the WARC or WARC.gz file at path; Open
// does the same for a path ending in .warc or .warc.gz or whose content
// starts like a WARC file.
func OpenWARC(path string, opt Options) (Source, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	return openWARC(input{name: path}, opt.withDefaults()), nil
}

func (s *warcSource) Name() string { return s.in.name }

func (s *warcSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		raw, err := s.openRaw()
		if err != nil {
			yield(text.Article{Origin: text.Origin{Path: s.in.name}}, asInputError(s.in.name, "cannot open", err))
			return
		}
		defer raw.Close()
		r := newWARCReader(s.in.name, raw, s.opt)
		for ctx.Err() == nil {
			rec, err := r.next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if !yield(text.Article{Origin: text.Origin{Path: s.in.name, Offset: r.recOffset}}, err) {
					return
				}
				continue
			}
			a, ok, err := s.article(rec)
			rec.close()
			if !ok {
				continue
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// openRaw opens the file itself when the input is one, so that gzip members
// and their offsets are visible and corrupt stretches can be skipped by
// seeking; a stream (stdin) comes already decompressed from the input.
func (s *warcSource) openRaw() (io.ReadCloser, error) {
	if s.in.name != "-" {
		f, err := os.Open(s.in.name)
		if err == nil {
			fi, serr := f.Stat()
			if serr == nil && fi.Mode().IsRegular() {
				return f, nil
			}
			f.Close()
			err = errors.New("not a regular file")
		}
		if s.in.open == nil {
			return nil, err
		}
	}
	return s.in.open(s.opt)
}

// article makes an article of one record. ok is false for records that are
// not HTML responses (warcinfo, requests, redirects, images): they are
// skipped without an error.
func (s *warcSource) article(rec *warcRecord) (a text.Article, ok bool, err error) {
	w := rec.rec
	if w.Type() != gowarc.Response {
		return a, false, nil
	}
	block, isHTTP := w.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || block.HttpStatusCode() < 200 || block.HttpStatusCode() > 299 {
		return a, false, nil
	}
	hdr := block.HttpHeader()
	contentType := ""
	if hdr != nil {
		contentType = hdr.Get("Content-Type")
	}
	if contentType != "" && !isHTMLType(contentType) {
		return a, false, nil
	}
	name := fmt.Sprintf("%s:%d", s.in.name, rec.offset)
	id := strings.Trim(w.RecordId(), "<>")
	a = text.Article{
		ID:     id,
		URL:    w.WarcHeader().Get(gowarc.WarcTargetURI),
		Origin: text.Origin{Path: s.in.name, Offset: rec.offset, Item: id},
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return a, true, &InputError{Input: name, Reason: "cannot read the HTTP payload", Err: errors.Join(ErrCorruptRecord, err)}
	}
	body, err := readPayload(name, payload, hdr, s.opt)
	if err != nil {
		return a, true, err
	}
	if contentType == "" && !looksHTML(body[:min(len(body), sniffLen)]) {
		return a, false, nil
	}
	if kind, ok := binaryPayload(body); ok {
		// A server that labels a PDF or an image text/html: the record
		// is no page, and its bytes were stored as an article of
		// replacement characters (in no language the detector knew).
		s.opt.warn(name, "skipped: labelled HTML but holds "+kind)
		return a, false, nil
	}
	page, flags := decodePage(name, body, contentType, s.opt)
	extract := s.extract
	if extract == nil {
		extract = ExtractHTML
	}
	x, err := extract(name, page, a.URL, s.opt)
	a.Title, a.Author, a.Published, a.Text = x.Title, x.Author, x.Published, x.Text
	a.Flags = append(flags, x.Flags...)
	if w.WarcHeader().Has(gowarc.WarcTruncated) {
		a.Flags = append(a.Flags, FlagWARCTruncated)
	}
	if a.Published.IsZero() {
		a.Published = s.opt.Published
	}
	if a.Published.IsZero() {
		if d, derr := w.Date(); derr == nil {
			a.Published = d.UTC().Truncate(time.Second)
			a.Flags = append(a.Flags, FlagPublishedFromCrawl)
		}
	}
	return a, true, err
}

// binaryPayload names the type of a payload that the standard sniffer
// recognises as binary (a PDF, an image, an archive) from its first
// bytes. Unlike binaryKind it lets through bytes it cannot name: a page
// in UTF-16 without a byte order mark is all NULs to the sniffer, and its
// Content-Type charset decodes it.
func binaryPayload(b []byte) (string, bool) {
	if hasUTF16BOM(b) || printableUTF8(b[:min(len(b), 512)]) {
		return "", false
	}
	ct := http.DetectContentType(b)
	if strings.HasPrefix(ct, "text/") || ct == "application/octet-stream" {
		return "", false
	}
	return ct, true
}

func isHTMLType(ct string) bool {
	ct = strings.ToLower(strings.TrimSpace(ct))
	return strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml+xml")
}

// readPayload reads an HTTP payload of at most opt.MaxBytes, undoing a
// gzip Content-Encoding (some crawlers store the bytes as sent).
func readPayload(name string, r io.Reader, hdr *http.Header, opt Options) ([]byte, error) {
	if hdr != nil {
		switch enc := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); enc {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, &InputError{Input: name, Reason: "HTTP payload is not valid gzip", Err: err}
			}
			defer zr.Close()
			r = zr
		default:
			return nil, &InputError{Input: name, Reason: fmt.Sprintf("HTTP Content-Encoding %q is not supported", enc)}
		}
	}
	b, err := io.ReadAll(io.LimitReader(r, opt.MaxBytes+1))
	if err != nil {
		return nil, &InputError{Input: name, Reason: "cannot read the HTTP payload", Err: errors.Join(ErrCorruptRecord, err)}
	}
	if int64(len(b)) > opt.MaxBytes {
		return nil, &InputError{Input: name, Reason: fmt.Sprintf("page larger than the limit of %s (Options.MaxBytes)", byteSize(opt.MaxBytes)), Err: ErrTooLarge}
	}
	if len(b) == 0 {
		return nil, &InputError{Input: name, Reason: "empty HTTP payload", Err: ErrEmpty}
	}
	return b, nil
}

// looksWARC: the (decompressed) input starts with a WARC version line.
func looksWARC(head []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), warcMagic)
}
