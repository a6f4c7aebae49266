// Package source reads articles from where they live: plain text, HTML
// pages, JSONL, directories, feeds, WARC archives and stdin. Sources stream:
// none holds a whole archive in memory. A failure to read one article is an
// *InputError naming the input; the rest of the stream goes on.
package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"dateline/text"
)

// Source streams articles. The sequence yields an article or an error for
// one input; it ends when the input is exhausted or ctx is done. With an
// error, the article carries what is known of the input: its Origin always,
// its ID when the input named one.
type Source interface {
	// Name identifies the source in messages (a path, a URL, "-").
	Name() string
	Articles(ctx context.Context) iter.Seq2[text.Article, error]
}

// InputError names the input that could not be read and why. Err wraps one
// of the sentinel errors below when the cause is one of them, so callers
// can tell kinds apart with errors.Is.
type InputError struct {
	Input  string // path, path:line, path:offset, URL
	Reason string
	Err    error
}

// Error reads "input: reason: cause". When Err is only a sentinel its
// words add nothing to the Reason ("empty.txt: nothing to read", not
// "…: empty input"), so they are left out.
func (e *InputError) Error() string {
	if e.Err != nil && !isKind(e.Err) {
		return fmt.Sprintf("%s: %s: %v", e.Input, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Input, e.Reason)
}

func (e *InputError) Unwrap() error { return e.Err }

// InputName names the input an article (or a failure to read one) came
// from, as error records and sources do: the reader's own name for it,
// else where the article came from, else the source.
func InputName(src Source, a text.Article, err error) string {
	var ie *InputError
	if errors.As(err, &ie) && ie.Input != "" {
		return ie.Input
	}
	if a.Origin.Path != "" {
		return a.Origin.String()
	}
	if a.ID != "" {
		return src.Name() + ":" + a.ID
	}
	return src.Name()
}

// kinds are the sentinels below; other files may add theirs.
var kinds = []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrGzipBomb, ErrTruncated, ErrNotHTML, ErrBadJSON, ErrNoText}

func isKind(err error) bool {
	for _, k := range kinds {
		if err == k {
			return true
		}
	}
	return false
}

// kindError is a cause that is also of a kind: its message is the cause's,
// and errors.Is finds both.
type kindError struct{ kind, err error }

func (k kindError) Error() string   { return k.err.Error() }
func (k kindError) Unwrap() []error { return []error{k.kind, k.err} }

// Causes of an InputError.
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary data, not text")
	ErrTooLarge  = errors.New("input exceeds the size limit")
	ErrGzipBomb  = errors.New("gzip expands beyond the ratio limit")
	ErrTruncated = errors.New("truncated input")
	ErrNotHTML   = errors.New("not HTML")
	ErrBadJSON   = errors.New("invalid JSON line")
	ErrNoText    = errors.New("no article text")
)

// A format is one kind of input the package reads. Open picks the format
// by the file's extension (after any .gz), else by sniffing its first bytes
// in table order; directories include files whose extension a format claims.
// To add a format, add a line to formats (before html if its content could
// pass for markup, as feeds and WARC can).
type format struct {
	name  string
	exts  []string               // lower case with the dot; matched after stripping .gz
	sniff func(head []byte) bool // on the first decompressed bytes; nil: by extension only
	open  func(in input, opt Options) Source
}

// formats is consulted in order; text comes last and takes anything.
var formats = []format{
	{name: "jsonl", exts: []string{".jsonl", ".ndjson"}, sniff: looksJSONL, open: openJSONL},
	{name: "warc", exts: []string{".warc"}, sniff: looksWARC, open: openWARC},
	{name: "feed", exts: []string{".rss", ".atom"}, sniff: looksFeed, open: openFeed},
	{name: "html", exts: []string{".html", ".htm", ".xhtml", ".shtml"}, sniff: looksHTML, open: openHTMLFile},
	{name: "text", exts: []string{".txt", ".text"}, sniff: func([]byte) bool { return true }, open: openTextFile},
}

// sniffLen is how much of an input is read to guess its format.
const sniffLen = 4096

// input is one file or stream to read.
type input struct {
	name string // for messages and Origin.Path: the path as given, or "-"
	id   string // the article id for single-article formats
	// open returns the content, already decompressed when it is gzip.
	open func(opt Options) (io.ReadCloser, error)
	// size is the file's size when known (0 otherwise), so a single
	// article far over the limit is refused without reading it.
	size int64
}

// Open returns the Source for path: "-" reads opt.Stdin (os.Stdin when nil);
// a directory is read recursively in sorted order; a file is read by the
// format its extension names, or by its content when the extension is
// unknown; an http(s) URL is read as a feed (OpenFeed). A path that cannot
// be opened is an *InputError.
func Open(path string, opt Options) (Source, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	if path == "-" {
		r := opt.Stdin
		if r == nil {
			r = os.Stdin
		}
		return OpenReader("-", r, opt)
	}
	if isURL(path) {
		return OpenFeed(path, opt, FeedConfig{})
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, &InputError{Input: path, Reason: "cannot open", Err: err}
	}
	if fi.IsDir() {
		return &dirSource{root: path, opt: opt}, nil
	}
	if !fi.Mode().IsRegular() {
		return nil, &InputError{Input: path, Reason: "not a regular file or directory"}
	}
	return openFile(path, articleID(filepath.Base(path)), opt)
}

// OpenReader reads a stream (stdin, a pipe) named name in messages: JSONL if
// its first non-space byte is '{', HTML if it looks like markup, else plain
// text; gzip is decompressed. The reader is read once.
func OpenReader(name string, r io.Reader, opt Options) (Source, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	rc, err := decompress(name, io.NopCloser(r), opt)
	if err != nil {
		return nil, err
	}
	// Peek through a buffer that the source then reads from, so sniffing
	// consumes nothing.
	br := bufio.NewReaderSize(rc, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, asInputError(name, "cannot read", err)
	}
	used := false
	in := input{name: name, id: streamID(name), open: func(Options) (io.ReadCloser, error) {
		if used {
			return nil, &InputError{Input: name, Reason: "stream already read"}
		}
		used = true
		return readCloser{br, rc}, nil
	}}
	return sniffFormat(head).open(in, opt), nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// openFile picks the format of one regular file.
func openFile(path, id string, opt Options) (Source, error) {
	in := fileInput(path, id)
	if f, ok := formatByExt(path); ok {
		return f.open(in, opt), nil
	}
	head, err := in.head(opt)
	if err != nil {
		return nil, err
	}
	return sniffFormat(head).open(in, opt), nil
}

// fileInput is a regular file as an input, decompressed as it is read.
func fileInput(path, id string) input {
	in := input{name: path, id: id, open: func(opt Options) (io.ReadCloser, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, &InputError{Input: path, Reason: "cannot open", Err: err}
		}
		return decompress(path, f, opt)
	}}
	if fi, err := os.Stat(path); err == nil {
		in.size = fi.Size()
	}
	return in
}

// head is the input's first bytes, decompressed: what its format is told
// by.
func (in input) head(opt Options) ([]byte, error) {
	rc, err := in.open(opt)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(rc, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, asInputError(in.name, "cannot read", err)
	}
	return head[:n], nil
}

// formatByExt finds the format claiming path's extension, ignoring a .gz.
func formatByExt(path string) (format, bool) {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz")))
	if ext == "" {
		return format{}, false
	}
	for _, f := range formats {
		for _, e := range f.exts {
			if e == ext {
				return f, true
			}
		}
	}
	return format{}, false
}

func sniffFormat(head []byte) format {
	if hasUTF16BOM(head) {
		// A UTF-16 file (Windows PowerShell's output) is sniffed by its
		// characters, not its bytes: a JSONL stream was taken for text.
		if u, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(head[:len(head)&^1]); err == nil {
			head = u
		}
	}
	for _, f := range formats {
		if f.sniff != nil && f.sniff(head) {
			return f
		}
	}
	return formats[len(formats)-1]
}

// articleID is a file's article id: its path without the extension (and
// without .gz), with forward slashes.
func articleID(rel string) string {
	rel = filepath.ToSlash(rel)
	rel = strings.TrimSuffix(rel, ".gz")
	if ext := filepath.Ext(rel); ext != "" && !strings.HasSuffix(rel, "/"+ext) && rel != ext {
		rel = strings.TrimSuffix(rel, ext)
	}
	return rel
}

func streamID(name string) string {
	if name == "-" {
		return "stdin"
	}
	return articleID(filepath.Base(name))
}

// looksJSONL: the first non-space byte opens a JSON object.
func looksJSONL(head []byte) bool {
	head = bytes.TrimLeft(trimBOM(head), " \t\r\n")
	return len(head) > 0 && head[0] == '{'
}

// asInputError keeps an *InputError as it is and wraps anything else.
func asInputError(name, reason string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return err
	}
	return &InputError{Input: name, Reason: reason, Err: err}
}
