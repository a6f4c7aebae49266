package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// warcRecord is one parsed record and where it starts in the file.
type warcRecord struct {
	rec    gowarc.WarcRecord
	offset int64
}

func (r *warcRecord) close() { r.rec.Close() }

// warcHeaderSlack is what a record may hold beyond the page itself: WARC
// and HTTP headers.
const warcHeaderSlack = 1 << 20

var (
	gzipMagic = []byte{0x1f, 0x8b, 0x08}
	warcMagic = []byte("WARC/1.")
)

// warcReader splits a WARC file into records and parses each with gowarc.
//
// A .warc.gz (Common Crawl writes one gzip member per record) is read
// member by member here rather than by gowarc's file reader, for three
// reasons: the offset of each member is what names a record in errors and
// in CDX indexes; each member's decompressed size is capped, so a gzip bomb
// costs at most Options.MaxBytes; and after a corrupt or truncated member
// the reader seeks back and scans for the next member, so one bad record
// costs only itself. gowarc parses what each member holds: headers, HTTP
// block, digests (a wrong block digest or length marks the record corrupt).
type warcReader struct {
	name   string
	opt    Options
	src    io.Reader
	seeker io.Seeker // nil when src cannot seek: scanning resumes where reading failed
	cnt    warcCounter
	base   int64 // file offset of cnt's first byte, moved by seeks
	br     *bufio.Reader
	unm    gowarc.Unmarshaler

	mode      int // warcUnknown until the first bytes are seen
	gz        *gzip.Reader
	cap       capReader
	rb        *bufio.Reader // over cap: what gowarc parses in gzip mode
	inMember  bool
	memberOff int64

	recOffset int64 // offset of the record being read, for errors
	resyncing bool  // after a failure, until a record reads cleanly
	sawWARC   bool  // the failed attempt started with a WARC header
}

const (
	warcUnknown = iota
	warcGzip
	warcPlain
)

type warcCounter struct {
	r io.Reader
	n int64
}

func (c *warcCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func newWARCReader(name string, src io.Reader, opt Options) *warcReader {
	r := &warcReader{name: name, opt: opt, src: src}
	if s, ok := src.(io.Seeker); ok {
		r.seeker = s
	}
	r.cnt.r = src
	r.br = bufio.NewReaderSize(&r.cnt, 64<<10)
	r.rb = bufio.NewReaderSize(&r.cap, 64<<10)
	// Records bigger than a megabyte spill to a temporary file while gowarc
	// checks their digests; the reader's memory stays flat.
	r.unm = gowarc.NewUnmarshaler(gowarc.WithBufferMaxMemBytes(1 << 20))
	r.cap.w = r
	return r
}

// pos is the file offset of the next unread byte.
func (r *warcReader) pos() int64 { return r.base + r.cnt.n - int64(r.br.Buffered()) }

// next returns the next record, io.EOF at the end, or an *InputError for a
// record that was skipped. One error is returned per bad stretch of file,
// not one per byte scanned past it.
func (r *warcReader) next() (*warcRecord, error) {
	for {
		rec, err := r.readRecord()
		if err == nil {
			r.resyncing = false
			return rec, nil
		}
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		var ie *InputError
		if errors.As(err, &ie) && errors.Is(err, ErrEmpty) {
			return nil, err
		}
		report := !r.resyncing || r.sawWARC
		r.resyncing = true
		if serr := r.skip(); serr != nil {
			r.mode = warcPlain
			r.br.Reset(eofReader{})
			return nil, &InputError{Input: r.name, Reason: "cannot seek past a bad record", Err: serr}
		}
		if report {
			return nil, err
		}
	}
}

func (r *warcReader) readRecord() (*warcRecord, error) {
	r.sawWARC = false
	if r.mode == warcUnknown {
		head, _ := r.br.Peek(len(gzipMagic))
		switch {
		case len(head) == 0:
			r.mode = warcPlain // so the next call sees the end
			return nil, &InputError{Input: r.name, Reason: "nothing to read", Err: ErrEmpty}
		case bytes.HasPrefix(head, gzipMagic):
			r.mode = warcGzip
		default:
			r.mode = warcPlain
		}
	}
	if r.mode == warcPlain {
		return r.readPlain()
	}
	for !r.inMember {
		if err := r.openMember(); err != nil {
			return nil, err
		}
		// A member may hold no record (an empty trailer member).
		if _, err := r.rb.Peek(1); err != nil {
			if !errors.Is(err, io.EOF) {
				return nil, r.fail("unreadable gzip member", err)
			}
			r.inMember = false
		}
	}
	r.cap.out, r.cap.tripped = 0, nil
	head, _ := r.rb.Peek(len(warcMagic))
	r.sawWARC = bytes.Equal(head, warcMagic)
	w, _, validation, err := r.unm.Unmarshal(r.rb)
	if err != nil {
		return nil, r.fail("cannot parse the record", err)
	}
	rec := &warcRecord{rec: w, offset: r.memberOff}
	if err := corruption(w, validation); err != nil {
		rec.close()
		return nil, r.fail("record does not match its own header", err)
	}
	// Reading to the end of the member checks its gzip checksum before the
	// record is used; more bytes mean another record in the same member.
	if _, err := r.rb.Peek(1); err != nil {
		if !errors.Is(err, io.EOF) {
			rec.close()
			return nil, r.fail("bad gzip member", err)
		}
		r.inMember = false
	}
	return rec, nil
}

// openMember starts decompressing the gzip member at the current offset.
func (r *warcReader) openMember() error {
	r.memberOff = r.pos()
	r.recOffset = r.memberOff
	head, _ := r.br.Peek(len(gzipMagic))
	if len(head) == 0 {
		return io.EOF
	}
	if !bytes.HasPrefix(head, gzipMagic) {
		return r.fail("not the start of a gzip member", nil)
	}
	var err error
	if r.gz == nil {
		r.gz, err = gzip.NewReader(r.br)
	} else {
		err = r.gz.Reset(r.br)
	}
	if err != nil {
		return r.fail("bad gzip header", err)
	}
	r.gz.Multistream(false)
	r.cap.r, r.cap.out, r.cap.tripped = r.gz, 0, nil
	r.rb.Reset(&r.cap)
	r.inMember = true
	return nil
}

func (r *warcReader) readPlain() (*warcRecord, error) {
	r.recOffset = r.pos()
	head, _ := r.br.Peek(len(warcMagic))
	if len(head) == 0 {
		return nil, io.EOF
	}
	r.sawWARC = bytes.Equal(head, warcMagic)
	w, skipped, validation, err := r.unm.Unmarshal(r.br)
	r.recOffset += skipped
	if errors.Is(err, io.EOF) && !r.sawWARC {
		return nil, io.EOF // trailing bytes after the last record
	}
	if err != nil {
		return nil, r.fail("cannot parse the record", err)
	}
	rec := &warcRecord{rec: w, offset: r.recOffset}
	if err := corruption(w, validation); err != nil {
		rec.close()
		return nil, r.fail("record does not match its own header", err)
	}
	return rec, nil
}

// fail makes the error for the record at recOffset, naming why.
func (r *warcReader) fail(reason string, err error) error {
	name := fmt.Sprintf("%s:%d", r.name, r.recOffset)
	if r.cap.tripped != nil {
		err = r.cap.tripped
	}
	var ie *InputError
	switch {
	case errors.As(err, &ie):
		return &InputError{Input: name, Reason: ie.Reason, Err: ie.Err}
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &InputError{Input: name, Reason: "truncated record; skipped", Err: ErrTruncated}
	case err == nil:
		return &InputError{Input: name, Reason: reason + "; skipped", Err: ErrCorruptRecord}
	}
	return &InputError{Input: name, Reason: reason + "; skipped", Err: fmt.Errorf("%w: %w", ErrCorruptRecord, err)}
}

// skip moves past the record that failed: back to one byte after its start
// when the file can seek (a truncated member may have swallowed the start
// of the next one), then forward to the next byte sequence that can start
// a record.
func (r *warcReader) skip() error {
	r.inMember = false
	if r.seeker != nil {
		to := r.recOffset + 1
		if r.mode == warcGzip {
			to = r.memberOff + 1
		}
		if _, err := r.seeker.Seek(to, io.SeekStart); err != nil {
			return err
		}
		r.base, r.cnt.n = to, 0
		r.br.Reset(&r.cnt)
	} else if _, err := r.br.Discard(1); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	magic := warcMagic
	if r.mode == warcGzip {
		magic = gzipMagic
	}
	return scanTo(r.br, magic)
}

// scanTo discards bytes until br starts with magic or is exhausted.
func scanTo(br *bufio.Reader, magic []byte) error {
	for {
		buf, err := br.Peek(br.Size())
		if i := bytes.Index(buf, magic); i >= 0 {
			_, derr := br.Discard(i)
			return derr
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			// Fewer bytes than the magic are left: no record can start.
			br.Discard(len(buf))
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		// Keep the last bytes: the magic may straddle two reads.
		if _, err := br.Discard(len(buf) - len(magic) + 1); err != nil {
			return err
		}
	}
}

// corruption picks the findings that mean the record's bytes are not what
// its header says: a wrong length or block digest, or no length at all
// (the header was cut short). Other findings (a missing carriage return,
// an odd header) leave a readable record.
func corruption(w gowarc.WarcRecord, validation []error) error {
	// WARC requires Content-Length; the lenient parser accepts a header
	// cut short before it (a file truncated inside a record's header) as
	// a record with no content, which was then dropped in silence.
	if w.WarcHeader().Get(gowarc.ContentLength) == "" {
		return io.ErrUnexpectedEOF
	}
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) || strings.HasPrefix(v.Error(), "block:") {
			return v
		}
	}
	return nil
}

// capReader limits the decompressed bytes of one record: more than
// Options.MaxBytes (plus headers) is too large, and more than
// Options.MaxGzipRatio times the compressed bytes past the first megabyte
// is a gzip bomb.
type capReader struct {
	r       io.Reader
	w       *warcReader
	out     int64
	tripped error // the limit that stopped this record, kept whatever gowarc wraps it in
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.tripped != nil {
		return 0, c.tripped
	}
	n, err := c.r.Read(p)
	c.out += int64(n)
	in := max(1, c.w.pos()-c.w.memberOff)
	switch {
	case c.out > gzipMinCheck && c.out > c.w.opt.MaxGzipRatio*in:
		c.tripped = &InputError{Reason: fmt.Sprintf("gzip member expands more than %d times (%d bytes from %d; Options.MaxGzipRatio); skipped", c.w.opt.MaxGzipRatio, c.out, in), Err: ErrGzipBomb}
	case c.out > c.w.opt.MaxBytes+warcHeaderSlack:
		c.tripped = &InputError{Reason: fmt.Sprintf("record larger than the limit of %s (Options.MaxBytes); skipped", byteSize(c.w.opt.MaxBytes)), Err: ErrTooLarge}
	}
	if c.tripped != nil {
		return n, c.tripped
	}
	return n, err
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
