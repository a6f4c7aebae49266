package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"dateline/text"
)

// jsonlSource streams JSONL: one article a line, as DESIGN.md's input
// contract says: {"id", "text" | "html", "url", "title", "published"}, and
// optionally "author" (a string or a list) and "language". A bad line is one
// *InputError naming file:line; the lines after it are still read.
type jsonlSource struct {
	in  input
	opt Options
}

func openJSONL(in input, opt Options) Source { return &jsonlSource{in: in, opt: opt} }

func (s *jsonlSource) Name() string { return s.in.name }

func (s *jsonlSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		rc, err := s.in.open(s.opt)
		if err != nil {
			yield(text.Article{Origin: text.Origin{Path: s.in.name}}, err)
			return
		}
		defer rc.Close()
		// Lines are read in order here and parsed (HTML extracted) on
		// s.opt.Workers goroutines; results come back in line order.
		parsed := ordered(ctx, s.lines(rc), workers(s.opt.Workers), func(l rawLine) parsedLine {
			if l.err != nil {
				return parsedLine{text.Article{Origin: l.origin}, l.err}
			}
			a, err := parseJSONLine(l.b, l.origin, s.opt)
			return parsedLine{a, err}
		})
		for p := range parsed {
			if ctx.Err() != nil || !yield(p.a, p.err) {
				return
			}
		}
	}
}

// rawLine is one non-blank line, or the error that ends or skips a line.
type rawLine struct {
	origin text.Origin
	b      []byte
	err    error
}

type parsedLine struct {
	a   text.Article
	err error
}

// lines reads the stream line by line; blank lines are skipped, a line
// over the limit becomes an error, and a read error ends the stream.
func (s *jsonlSource) lines(r io.Reader) iter.Seq[rawLine] {
	return func(yield func(rawLine) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		if head, _ := br.Peek(2); hasUTF16BOM(head) {
			// Windows PowerShell's > and Out-File write UTF-16 with a
			// byte order mark: every line was "not a JSON object".
			br = bufio.NewReaderSize(transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()), 64<<10)
		}
		lr := &lineReader{r: br, max: s.opt.MaxBytes}
		for n := int64(1); ; n++ {
			line, rerr := lr.next()
			origin := text.Origin{Path: s.in.name, Offset: n}
			if rerr != nil && !errors.Is(rerr, io.EOF) {
				// The stream itself failed (truncated gzip, a gzip bomb, a
				// read error): nothing after this point can be read.
				yield(rawLine{origin: origin, err: asInputError(origin.String(), "cannot read", rerr)})
				return
			}
			switch {
			case lr.tooLong:
				err := &InputError{Input: origin.String(), Reason: fmt.Sprintf("line longer than the limit of %s (Options.MaxBytes)", byteSize(s.opt.MaxBytes)), Err: ErrTooLarge}
				if !yield(rawLine{origin: origin, err: err}) {
					return
				}
			case len(bytes.TrimSpace(line)) > 0:
				if n == 1 {
					// Notepad, Excel and PowerShell start a UTF-8 file
					// with a byte order mark; the format sniffer looks
					// past it, and so must the first line's parser.
					line = trimBOM(line)
				}
				// The reader reuses its buffer: the parser gets a copy.
				if !yield(rawLine{origin: origin, b: bytes.Clone(line)}) {
					return
				}
			}
			if rerr != nil { // io.EOF after the last line
				return
			}
		}
	}
}

// lineReader reads lines of at most max bytes; a longer line is skipped to
// its end and reported by tooLong, so one huge line costs no memory.
type lineReader struct {
	r       *bufio.Reader
	max     int64
	tooLong bool
	buf     []byte
}

// next returns the next line without its line end; io.EOF comes with the
// last line (which may be empty).
func (lr *lineReader) next() ([]byte, error) {
	lr.tooLong = false
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !lr.tooLong {
			if int64(len(lr.buf)+len(chunk)) > lr.max+2 { // +2: the line end
				lr.tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line := bytes.TrimRight(lr.buf, "\r\n")
		if err == nil && lr.tooLong {
			return nil, nil
		}
		return line, err
	}
}

// jsonLine is one input line. Pointers tell a missing field from an empty
// one.
type jsonLine struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       *string         `json:"url"`
	Title     *string         `json:"title"`
	Published *string         `json:"published"`
	// Date is read when "published" is absent: many corpora (Wikinews
	// dumps, scraped CSVs turned JSONL) name the field "date".
	Date     *string         `json:"date"`
	Author   json.RawMessage `json:"author"`
	Language *string         `json:"language"`
}

// parseJSONLine makes an article of one line. "text" is taken as given (no
// cleaning: offsets computed by others refer to it); "html" goes through
// ExtractHTML, and fields on the line win over what the page says.
func parseJSONLine(line []byte, origin text.Origin, opt Options) (text.Article, error) {
	name := origin.String()
	a := text.Article{Origin: origin}
	if !utf8.Valid(line) {
		opt.warn(name, "invalid UTF-8 replaced by U+FFFD")
		line = []byte(replaceInvalidUTF8(line))
		a.Flags = append(a.Flags, FlagInvalidUTF8)
	}
	if t := bytes.TrimSpace(line); len(t) == 0 || t[0] != '{' {
		return a, &InputError{Input: name, Reason: "not a JSON object", Err: ErrBadJSON}
	}
	var j jsonLine
	if err := json.Unmarshal(line, &j); err != nil {
		return a, &InputError{Input: name, Reason: "invalid JSON", Err: kindError{ErrBadJSON, err}}
	}
	id, err := jsonID(j.ID)
	if err != nil {
		return a, &InputError{Input: name, Reason: `field "id"`, Err: kindError{ErrBadJSON, err}}
	}
	a.ID = id
	if a.ID == "" {
		a.ID = streamID(origin.Path) + ":" + strconv.FormatInt(origin.Offset, 10)
	}
	var published time.Time
	dateField := `field "published"`
	if j.Published == nil || strings.TrimSpace(*j.Published) == "" {
		j.Published, dateField = j.Date, `field "date"`
	}
	if j.Published != nil && strings.TrimSpace(*j.Published) != "" {
		if published, err = ParseDate(*j.Published); err != nil {
			// A date in a form no layout reads ("05/01/2026": May or
			// January?) costs the article its date, not the article:
			// it is kept undated (or given --published), flagged, and
			// the warning names the field the line has.
			opt.warn(name, dateField+": "+err.Error()+"; the article is kept without it")
			a.Flags = append(a.Flags, FlagUnreadableDate)
		}
	}
	author, err := jsonAuthor(j.Author)
	if err != nil {
		return a, &InputError{Input: name, Reason: `field "author"`, Err: kindError{ErrBadJSON, err}}
	}
	switch {
	case j.Text != nil:
		a.Text = *j.Text
	case j.HTML != nil:
		x, err := ExtractHTML(name, *j.HTML, deref(j.URL), opt)
		x.ID, x.Origin, x.Flags = a.ID, a.Origin, append(a.Flags, x.Flags...)
		a = x
		if err != nil {
			return a, err
		}
	default:
		return a, &InputError{Input: name, Reason: `neither "text" nor "html" given`, Err: ErrNoText}
	}
	if j.URL != nil && *j.URL != "" {
		a.URL = *j.URL
	}
	if j.Title != nil && *j.Title != "" {
		a.Title = *j.Title
	}
	if author != "" {
		a.Author = author
	}
	if !published.IsZero() {
		a.Published = published
	}
	if a.Published.IsZero() {
		a.Published = opt.Published
	}
	if j.Language != nil {
		a.Language = *j.Language
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, &InputError{Input: name, Reason: "empty text", Err: ErrEmpty}
	}
	return a, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// jsonID accepts an id given as a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, got %.40s", raw)
}

// jsonAuthor accepts one name or a list of names (joined by "; ").
func jsonAuthor(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return "", fmt.Errorf("want a string or a list of strings, got %.40s", raw)
	}
	return strings.Join(list, "; "), nil
}
