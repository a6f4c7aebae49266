package source

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"dateline/text"
)

func TestJSONL(t *testing.T) {
	page := `<html><head><title>Tram line opens | Metro Daily</title><meta name="author" content="Ines Moreau"></head>` +
		`<body><nav>Home | News</nav><article><h1>Tram line opens</h1><p>` + strings.Repeat("The new tram line opened to passengers on Saturday morning. ", 6) + `</p></article></body></html>`
	lines := strings.Join([]string{
		`{"id":"a1","text":"First article text.","url":"https://example.org/a1","title":"First","published":"2025-08-18"}`,
		``,
		`{"id":"a2","text":"Second article.\nIt has two lines.","published":"2025-08-18T10:00:00Z","author":["Ana Ruiz","Tom Okafor"]}`,
		`{"id":"a3","text":"no closing brace"`,
		`{"id":7,"text":"Numeric id."}`,
		`{"text":"No id at all."}`,
		`[1,2,3]`,
		`{"id":"a8","title":"Nothing else"}`,
		`{"id":"a9","text":"Bad date.","published":"next week"}`,
		`{"id":"a10","html":` + jsonString(page) + `,"url":"https://example.org/tram"}`,
		`{"id":"a11","text":"Caf` + "\xe9" + ` bad byte."}`,
		`{"id":"a12","text":"   "}`,
	}, "\n")
	path := writeFile(t, filepath.Join(t.TempDir(), "in.jsonl"), []byte(lines))
	src, err := Open(path, Options{Published: day(2020, 1, 2)})
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		a   text.Article
		err error
	}
	var got []item
	for a, err := range src.Articles(context.Background()) {
		got = append(got, item{a, err})
	}
	want := []struct {
		line  int64
		id    string
		errIs error
		check func(text.Article) string
	}{
		{1, "a1", nil, func(a text.Article) string {
			if a.Text != "First article text." || a.URL != "https://example.org/a1" || a.Title != "First" || !a.Published.Equal(day(2025, 8, 18)) {
				return "fields not kept"
			}
			return ""
		}},
		{3, "a2", nil, func(a text.Article) string {
			if a.Author != "Ana Ruiz; Tom Okafor" || a.Published.Hour() != 10 || a.Text != "Second article.\nIt has two lines." {
				return "author list, time or text lost"
			}
			return ""
		}},
		{4, "", ErrBadJSON, nil},
		{5, "7", nil, nil},
		{6, "in:6", nil, func(a text.Article) string {
			if !a.Published.Equal(day(2020, 1, 2)) {
				return "default published date not applied"
			}
			return ""
		}},
		{7, "", ErrBadJSON, nil},
		{8, "a8", ErrNoText, nil},
		{9, "a9", nil, func(a text.Article) string {
			// An unreadable date costs the date, not the article.
			if !a.Published.Equal(day(2020, 1, 2)) || !slices.Contains(a.Flags, FlagUnreadableDate) {
				return "a bad date lost the article or was not flagged"
			}
			return ""
		}},
		{10, "a10", nil, func(a text.Article) string {
			if a.Title != "Tram line opens" || a.Author != "Ines Moreau" || a.URL != "https://example.org/tram" ||
				!strings.Contains(a.Text, "The new tram line opened") || strings.Contains(a.Text, "Home | News") {
				return "HTML not extracted"
			}
			return ""
		}},
		{11, "a11", nil, func(a text.Article) string {
			if a.Text != "Caf\uFFFD bad byte." || len(a.Flags) != 1 || a.Flags[0] != FlagInvalidUTF8 {
				return "invalid UTF-8 not replaced and flagged"
			}
			return ""
		}},
		{12, "a12", ErrEmpty, nil},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d items, want %d (blank lines skipped, one per other line)", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.a.Origin.Offset != w.line || g.a.Origin.Path != path {
			t.Errorf("item %d: origin %v, want %s:%d", i, g.a.Origin, path, w.line)
		}
		if g.a.ID != w.id {
			t.Errorf("line %d: id %q, want %q", w.line, g.a.ID, w.id)
		}
		if w.errIs != nil {
			var ie *InputError
			if !errors.Is(g.err, w.errIs) || !errors.As(g.err, &ie) || ie.Input != g.a.Origin.String() {
				t.Errorf("line %d: error %v, want an *InputError naming %s wrapping %v", w.line, g.err, g.a.Origin, w.errIs)
			}
			continue
		}
		if g.err != nil {
			t.Errorf("line %d: unexpected error %v", w.line, g.err)
			continue
		}
		if w.check != nil {
			if msg := w.check(g.a); msg != "" {
				t.Errorf("line %d: %s: %+v", w.line, msg, g.a)
			}
		}
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestJSONLLongLineIsSkipped(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("x", 5000) + `"}`
	in := `{"id":"a","text":"before"}` + "\n" + long + "\n" + `{"id":"b","text":"after"}` + "\n"
	src, err := OpenReader("-", strings.NewReader(in), Options{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "b" {
		t.Errorf("articles %v, want a and b around the long line", arts)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), "-:2: ") {
		t.Errorf("errors %v, want one ErrTooLarge naming -:2", errs)
	}
}

func TestJSONLTruncatedGzip(t *testing.T) {
	var lines []string
	for i := 0; i < 2000; i++ {
		lines = append(lines, `{"text":"Line of text number `+strings.Repeat("z", i%50)+`."}`)
	}
	path := writeFile(t, filepath.Join(t.TempDir(), "cut.jsonl.gz"), halve(gz(t, []byte(strings.Join(lines, "\n")))))
	arts, errs := openCollect(t, path)
	if len(arts) == 0 || len(arts) >= 2000 {
		t.Errorf("got %d articles, want the lines before the cut", len(arts))
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTruncated) {
		t.Errorf("errors %v, want one ErrTruncated", errs)
	}
}

func TestOpenReaderSniffs(t *testing.T) {
	tests := []struct {
		name, in  string
		wantTitle string
		wantText  string
		wantID    string
	}{
		{"jsonl after spaces", "  \n" + `{"id":"j","text":"From JSON."}`, "", "From JSON.", "j"},
		{"html page", "<!DOCTYPE html><html><head><title>Port news</title></head><body><p>" + strings.Repeat("Ships waited outside the port all week. ", 8) + "</p></body></html>", "Port news", "Ships waited outside the port all week.", "stdin"},
		{"plain text", "Select Language:\n" + prose, "", strings.TrimSpace(prose), "stdin"},
		{"gzipped text", string(gz(t, []byte(prose))), "", strings.TrimSpace(prose), "stdin"},
		{"jsonl in UTF-16", utf16LE(`{"id":"w","text":"From PowerShell."}` + "\r\n"), "", "From PowerShell.", "w"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Open("-", Options{Stdin: strings.NewReader(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := collect(t, src)
			if len(errs) != 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v; want one", len(arts), errs)
			}
			a := arts[0]
			if a.ID != tt.wantID || a.Title != tt.wantTitle || !strings.Contains(a.Text, tt.wantText) || a.Origin.Path != "-" {
				t.Errorf("got id %q title %q text %.80q origin %v; want id %q title %q text with %q", a.ID, a.Title, a.Text, a.Origin, tt.wantID, tt.wantTitle, tt.wantText)
			}
		})
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"id":1,"html":"<p>hi</p>"}`))
	f.Add([]byte(`{"id":"a","text":"x","published":"2025-08-18","author":["A","B"]}` + "\n\n[]\n{"))
	f.Add([]byte("{\"text\":\"\xff\"}\r\n{\"id\":null,\"text\":null}"))
	f.Fuzz(func(t *testing.T, in []byte) {
		src := openJSONL(input{name: "fuzz", open: func(Options) (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(in)), nil
		}}, Options{MaxBytes: 4096}.withDefaults())
		last := int64(0)
		for a, err := range src.Articles(context.Background()) {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Input == "" {
					t.Fatalf("error %v does not name its input", err)
				}
			}
			if a.Origin.Path != "fuzz" {
				t.Fatalf("origin %v, want fuzz", a.Origin)
			}
			if a.Origin.Offset != 0 {
				if a.Origin.Offset <= last {
					t.Fatalf("line %d after line %d", a.Origin.Offset, last)
				}
				last = a.Origin.Offset
			}
		}
	})
}

func TestJSONLDateFieldStandsInForPublished(t *testing.T) {
	lines := `{"id":"d1","text":"Dated by its date field.","date":"2019-01-04"}` + "\n" +
		`{"id":"d2","text":"Published wins.","date":"2019-01-04","published":"2020-02-02"}` + "\n"
	path := writeFile(t, filepath.Join(t.TempDir(), "dated.jsonl"), []byte(lines))
	src, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []time.Time{day(2019, 1, 4), day(2020, 2, 2)}
	i := 0
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !a.Published.Equal(want[i]) {
			t.Errorf("%s: published %v, want %v", a.ID, a.Published, want[i])
		}
		i++
	}
	if i != 2 {
		t.Fatalf("read %d articles, want 2", i)
	}
}

// A JSONL file saved by Notepad, Excel or PowerShell starts with a UTF-8
// byte order mark and ends its lines with CR LF. Its first article was
// lost ("not a JSON object") while the rest were read.
func TestJSONLByteOrderMarkAndCRLF(t *testing.T) {
	lines := "\xef\xbb\xbf" + `{"id":"w1","text":"The ferry service to the island resumed on Monday."}` + "\r\n" +
		`{"id":"w2","text":"Fares will rise by five percent in April."}` + "\r\n"
	path := writeFile(t, filepath.Join(t.TempDir(), "notepad.jsonl"), []byte(lines))
	arts, errs := openCollect(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var ids []string
	for _, a := range arts {
		if strings.ContainsAny(a.Text, "\r\ufeff") {
			t.Errorf("%s: text %q keeps a CR or the BOM", a.ID, a.Text)
		}
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, " ") != "w1 w2" {
		t.Errorf("read %v, want w1 w2", ids)
	}
}

// Windows PowerShell writes UTF-16 with a byte order mark (either byte
// order): each line was "not a JSON object" after a warning about UTF-8.
func TestJSONLUTF16(t *testing.T) {
	lines := `{"id":"u1","text":"The ferry service to the island resumed on Monday, officials said."}` + "\r\n" +
		`{"id":"u2","text":"Fares will rise by five percent in April.","published":"2026-04-01"}` + "\r\n"
	for _, enc := range []struct {
		name string
		bom  []byte
		le   bool
	}{{"little-endian", []byte{0xff, 0xfe}, true}, {"big-endian", []byte{0xfe, 0xff}, false}} {
		t.Run(enc.name, func(t *testing.T) {
			b := bytes.Clone(enc.bom)
			for _, u := range utf16.Encode([]rune(lines)) {
				if enc.le {
					b = append(b, byte(u), byte(u>>8))
				} else {
					b = append(b, byte(u>>8), byte(u))
				}
			}
			path := writeFile(t, filepath.Join(t.TempDir(), "ps.jsonl"), b)
			arts, errs := openCollect(t, path)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var ids []string
			for _, a := range arts {
				if a.Origin.Offset != int64(len(ids)+1) {
					t.Errorf("%s: line %d, want %d", a.ID, a.Origin.Offset, len(ids)+1)
				}
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, " ") != "u1 u2" {
				t.Errorf("read %v, want u1 u2", ids)
			}
		})
	}
}

// A date that cannot be read costs the article its date, not the article
// (a JSONL line with "05/01/2026" was lost whole): it is kept undated and
// flagged, and the warning names the field the line has ("date" was once
// reported as "published", a field the line did not have).
func TestJSONLBadDateKeepsTheArticle(t *testing.T) {
	lines := `{"id":"d1","text":"Dated by its date field.","date":"the 4th"}` + "\n" +
		`{"id":"d2","text":"Published is read.","published":"05/01/2026"}` + "\n"
	path := writeFile(t, filepath.Join(t.TempDir(), "dated.jsonl"), []byte(lines))
	var log bytes.Buffer
	src, err := Open(path, Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, src)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var ids []string
	for _, a := range arts {
		if !a.Published.IsZero() || !slices.Contains(a.Flags, FlagUnreadableDate) {
			t.Errorf("%s: published %v, flags %v; want undated and %s", a.ID, a.Published, a.Flags, FlagUnreadableDate)
		}
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, " ") != "d1 d2" {
		t.Errorf("read %v, want d1 d2", ids)
	}
	// Lines are parsed concurrently: the warnings come in either order.
	msgs := strings.Split(strings.TrimSpace(log.String()), "\n")
	field := map[string]string{"dated.jsonl:1": `field \"date\"`, "dated.jsonl:2": `field \"published\"`}
	for _, m := range msgs {
		for line, f := range field {
			if strings.HasSuffix(m, line) && strings.Contains(m, f) {
				delete(field, line)
			}
		}
	}
	if len(msgs) != 2 || len(field) != 0 {
		t.Errorf("warnings %q: want line 1's to name \"date\", line 2's \"published\"", msgs)
	}
}

// utf16LE is s in UTF-16, little-endian, after a byte order mark.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}
