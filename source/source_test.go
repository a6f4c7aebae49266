package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"dateline/text"
)

// collect reads a whole source.
func collect(t *testing.T, src Source) ([]text.Article, []error) {
	t.Helper()
	var arts []text.Article
	var errs []error
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// openCollect opens path as Open does for the command line and reads
// every article and error from it.
func openCollect(t *testing.T, path string) ([]text.Article, []error) {
	t.Helper()
	src, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return collect(t, src)
}

func writeFile(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func halve(b []byte) []byte { return b[:len(b)/2] }

const prose = "The harbour authority opened a second ferry terminal on Monday.\nPassengers said queues had halved.\n"

// TestBadInput: each bad input gives exactly one error that names the input
// and wraps the sentinel for its cause; nothing panics.
func TestBadInput(t *testing.T) {
	pngHeader := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	tests := []struct {
		name    string
		file    string
		content []byte
		opt     Options
		want    error // sentinel (or fs error) the error must wrap
		why     string
	}{
		{"empty file", "empty.txt", nil, Options{}, ErrEmpty, "nothing to read"},
		{"blank file", "blank.txt", []byte(" \n\t\n"), Options{}, ErrEmpty, "nothing to read"},
		{"binary with html name", "photo.html", pngHeader, Options{}, ErrBinary, "image/png"},
		{"binary with txt name", "data.txt", append([]byte("abc"), make([]byte, 600)...), Options{}, ErrBinary, "binary"},
		{"NUL bytes past the sniffed head", "late.txt", append(bytes.Repeat([]byte("text "), 200), 0, 0, 0), Options{}, ErrBinary, "NUL"},
		{"JSON in an html file", "page.html", []byte(`{"id":"x","text":"not a page"}`), Options{}, ErrNotHTML, "JSON"},
		{"oversize file", "big.txt", bytes.Repeat([]byte("word "), 400), Options{MaxBytes: 1000}, ErrTooLarge, "limit of 1000 bytes"},
		{"oversize after gunzip", "big.txt.gz", gz(t, bytes.Repeat([]byte("word "), 400)), Options{MaxBytes: 1000}, ErrTooLarge, "limit"},
		{"gzip bomb", "bomb.txt.gz", gz(t, make([]byte, 30<<20)), Options{MaxBytes: 64 << 20}, ErrGzipBomb, "MaxGzipRatio"},
		{"truncated gzip", "cut.txt.gz", halve(gz(t, []byte(strings.Repeat(prose, 50)))), Options{}, ErrTruncated, "truncated gzip"},
		{"only furniture", "nav.txt", []byte("Skip to content\nShare this article\nAdvertisement\n"), Options{}, ErrNoText, "furniture"},
	}
	t.Run("50 MB page at the default limit", func(t *testing.T) {
		path := writeFile(t, filepath.Join(t.TempDir(), "huge.html"), []byte("<html><body><p>"))
		if err := os.Truncate(path, 50<<20); err != nil { // sparse: costs no disk
			t.Fatal(err)
		}
		arts, errs := openCollect(t, path)
		if len(errs) != 1 || len(arts) != 0 {
			t.Fatalf("got %d articles and errors %v, want one error", len(arts), errs)
		}
		checkInputError(t, errs[0], path, ErrTooLarge, "limit of 20 MiB")
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), tt.file), tt.content)
			src, err := Open(path, tt.opt)
			if err != nil {
				t.Fatalf("Open(%q): %v; want the error from Articles", path, err)
			}
			arts, errs := collect(t, src)
			if len(errs) != 1 || len(arts) != 0 {
				t.Fatalf("got %d articles and errors %v, want one error", len(arts), errs)
			}
			checkInputError(t, errs[0], path, tt.want, tt.why)
		})
	}
}

func checkInputError(t *testing.T, err error, input string, want error, why string) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an *InputError", err, err)
	}
	if !strings.HasPrefix(ie.Input, input) {
		t.Errorf("error names %q, want %q", ie.Input, input)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %q does not wrap %v", err, want)
	}
	if !strings.Contains(err.Error(), why) {
		t.Errorf("error %q does not say %q", err, why)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
		why        string
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), fs.ErrNotExist, "cannot open"},
		{"path through a file", filepath.Join(writeFile(t, filepath.Join(dir, "f.txt"), []byte(prose)), "child.txt"), syscall.ENOTDIR, "cannot open"},
		{"named pipe", fifo, nil, "not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path, Options{})
			if err == nil {
				t.Fatalf("Open(%q) = nil error, want one", tt.path)
			}
			if tt.want == nil {
				tt.want = err
			}
			checkInputError(t, err, tt.path, tt.want, tt.why)
		})
	}
	t.Run("invalid options", func(t *testing.T) {
		if _, err := Open(dir, Options{MaxBytes: -1}); err == nil || !strings.Contains(err.Error(), "MaxBytes") {
			t.Errorf("Open with MaxBytes -1: %v, want an error naming MaxBytes", err)
		}
	})
}

// Invalid UTF-8 is repaired, not dropped: U+FFFD, a flag, a warning.
func TestInvalidUTF8IsReplacedAndFlagged(t *testing.T) {
	var logs bytes.Buffer
	opt := Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	path := writeFile(t, filepath.Join(t.TempDir(), "latin1.txt"), []byte("Caf\xe9 owners met the mayor on Monday.\n"))
	src, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v; want one article", len(arts), errs)
	}
	a := arts[0]
	if want := "Caf\uFFFD owners met the mayor on Monday."; a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
	if len(a.Flags) != 1 || a.Flags[0] != FlagInvalidUTF8 {
		t.Errorf("Flags = %q, want [%q]", a.Flags, FlagInvalidUTF8)
	}
	if !strings.Contains(logs.String(), "invalid UTF-8") || !strings.Contains(logs.String(), path) {
		t.Errorf("warning log = %q, want one naming %q", logs.String(), path)
	}
}

func TestHTMLFileWithoutMarkupIsReadAsText(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "story.html"), []byte(prose))
	arts, errs := openCollect(t, path)
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v; want one article", len(arts), errs)
	}
	if arts[0].Text != strings.TrimSpace(prose) || len(arts[0].Flags) != 1 || arts[0].Flags[0] != FlagNotHTMLReadAsText {
		t.Errorf("got text %q flags %q; want the prose and flag %q", arts[0].Text, arts[0].Flags, FlagNotHTMLReadAsText)
	}
}

func TestTextFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		content    []byte
		opt        Options
		want       text.Article
	}{
		{
			name: "headline, byline and default date", file: "bridge.txt",
			content: []byte("Bridge to close for repairs\n\nBy Maria Lindqvist\n\n" + prose),
			opt:     Options{Published: day(2025, 8, 18)},
			want: text.Article{ID: "bridge", Title: "Bridge to close for repairs", Author: "Maria Lindqvist",
				Published: day(2025, 8, 18), Text: "Bridge to close for repairs\n\n" + strings.TrimSpace(prose)},
		},
		{
			name: "byline date wins over the default", file: "dated.txt",
			content: []byte("Published: 3 March 2024\n" + prose),
			opt:     Options{Published: day(2025, 8, 18)},
			want:    text.Article{ID: "dated", Published: day(2024, 3, 3), Text: strings.TrimSpace(prose)},
		},
		{
			name: "gzipped, UTF-8 BOM", file: "zipped.txt.gz",
			content: gz(t, append([]byte("\xef\xbb\xbf"), prose...)),
			want:    text.Article{ID: "zipped", Text: strings.TrimSpace(prose)},
		},
		{
			name: "UTF-16 with BOM", file: "wide.txt",
			content: []byte("\xff\xfeO\x00k\x00.\x00"),
			want:    text.Article{ID: "wide", Text: "Ok."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, tt.file), tt.content)
			src, err := Open(path, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := collect(t, src)
			if len(errs) != 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v; want one article", len(arts), errs)
			}
			tt.want.Origin = text.Origin{Path: path}
			checkArticle(t, arts[0], tt.want)
		})
	}
}

func checkArticle(t *testing.T, got, want text.Article) {
	t.Helper()
	if got.ID != want.ID || got.Title != want.Title || got.Author != want.Author || got.URL != want.URL ||
		!got.Published.Equal(want.Published) || got.Text != want.Text || got.Origin != want.Origin {
		t.Errorf("article:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestInputErrorMessage(t *testing.T) {
	cause := errors.New("unexpected end of JSON input")
	tests := []struct {
		name string
		err  *InputError
		want string
		is   []error
	}{
		{"sentinel only", &InputError{Input: "a.txt", Reason: "nothing to read", Err: ErrEmpty}, "a.txt: nothing to read", []error{ErrEmpty}},
		{"kind with a cause", &InputError{Input: "in.jsonl:2", Reason: "invalid JSON", Err: kindError{ErrBadJSON, cause}}, "in.jsonl:2: invalid JSON: unexpected end of JSON input", []error{ErrBadJSON, cause}},
		{"plain cause", &InputError{Input: "b.txt", Reason: "cannot open", Err: fs.ErrNotExist}, "b.txt: cannot open: file does not exist", []error{fs.ErrNotExist}},
		{"no cause", &InputError{Input: "c", Reason: "not a regular file or directory"}, "c: not a regular file or directory", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			for _, target := range tt.is {
				if !errors.Is(tt.err, target) {
					t.Errorf("errors.Is(%v, %v) = false", tt.err, target)
				}
			}
		})
	}
}
