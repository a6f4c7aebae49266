package sqlq

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"dateline/store"
)

// fakeDialect spells each dialect hook so a test can see where it was used.
type fakeDialect struct{}

func (fakeDialect) Bind(q string) string { return q }
func (fakeDialect) Text(s string) string { return strings.ReplaceAll(s, "\x00", " ") }
func (fakeDialect) Match(table string, terms []string) (string, any) {
	return "MATCH(" + table + ", ?)", strings.Join(terms, "+")
}
func (fakeDialect) Contains(col string) string { return "CONTAINS(" + col + ", ?)" }
func (fakeDialect) OneOf(col string, vals []string) (string, []any) {
	return col + " IN ?", []any{vals}
}
func (fakeDialect) Bytewise(expr string) string { return expr + " BYTES" }
func (fakeDialect) ScanTime(t *time.Time) any   { return t }
func (fakeDialect) ScanFlags(f *[]string) any   { return f }

func TestArticleWhere(t *testing.T) {
	for _, tc := range []struct {
		name      string
		q         store.ArticleQuery
		wantSQL   string
		wantArgs  string
		wantEmpty bool
	}{
		{"no filter selects everything", store.ArticleQuery{}, "TRUE", "[]", false},
		{"words go through the dialect's full text", store.ArticleQuery{Q: "Ferry, strike!"},
			"MATCH(articles, ?)", "[Ferry+strike]", false},
		{"a search of punctuation matches nothing", store.ArticleQuery{Q: "?!"}, "TRUE", "[]", true},
		{"a * after a word makes it a prefix", store.ArticleQuery{Q: "ferr* strike *"}, "MATCH(articles, ?)", "[ferr*+strike]", false},
		{"a date range is inclusive of the last day", store.ArticleQuery{From: "2025-08", To: "2025-08-18"},
			"published >= ? AND published <= ?", "[2025-08 2025-08-18\uffff]", false},
		{"a source is a substring of input or URL", store.ArticleQuery{Source: "wire"},
			"id IN (SELECT article_id FROM article_sources WHERE CONTAINS(input, ?) OR CONTAINS(url, ?))", "[wire wire]", false},
		{"filters are ANDed in a fixed order", store.ArticleQuery{Language: "de", Entity: "E1"},
			"language = ? AND seq IN (SELECT article_seq FROM article_entities WHERE entity_id = ?)", "[de E1]", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := articleWhere(fakeDialect{}, tc.q)
			if err != nil {
				t.Fatalf("articleWhere(%+v): %v", tc.q, err)
			}
			if got := w.sql(); got != tc.wantSQL {
				t.Errorf("SQL = %q, want %q", got, tc.wantSQL)
			}
			if got := fmt.Sprint(w.args); got != tc.wantArgs {
				t.Errorf("args = %s, want %s", got, tc.wantArgs)
			}
			if w.empty != tc.wantEmpty {
				t.Errorf("Empty = %v, want %v", w.empty, tc.wantEmpty)
			}
		})
	}
}

func TestWhereRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"a from that is not a date", func() error {
			_, err := eventWhere(fakeDialect{}, store.EventQuery{From: "last week"})
			return err
		}},
		{"a to that is not a date", func() error {
			_, err := articleWhere(fakeDialect{}, store.ArticleQuery{To: "2025-8-1"})
			return err
		}},
		{"a cursor this store did not make", func() error {
			w := newWhere(fakeDialect{})
			return w.cursorDesc("date", "not-a-cursor")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, store.ErrBadQuery) {
				t.Errorf("error = %v, want ErrBadQuery", err)
			}
		})
	}
}

func TestCursorDescContinuesAfterTheLastItem(t *testing.T) {
	w := newWhere(fakeDialect{})
	if err := w.cursorDesc("date", store.EncodeCursor(store.Cursor{Key: "2025-08-18", Seq: 7})); err != nil {
		t.Fatal(err)
	}
	if got, want := w.sql(), "(date, seq) < (?, ?)"; got != want {
		t.Errorf("SQL = %q, want %q", got, want)
	}
	if got, want := fmt.Sprint(w.args), "[2025-08-18 7]"; got != want {
		t.Errorf("args = %s, want %s", got, want)
	}
}

func TestTextsCopiesOnlyWhatChanges(t *testing.T) {
	q := New(fakeDialect{}, nil)
	clean := []any{"a", 1}
	if got := q.texts(clean); &got[0] != &clean[0] {
		t.Errorf("texts of clean args made a copy")
	}
	dirty := []any{"a", "b\x00c"}
	got := q.texts(dirty)
	if got[1] != "b c" {
		t.Errorf("texts(%q)[1] = %q, want %q", dirty, got[1], "b c")
	}
	if dirty[1] != "b\x00c" {
		t.Errorf("texts changed the caller's args: %q", dirty)
	}
}
