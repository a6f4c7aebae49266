package store

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []Cursor{{}, {Key: "2025-03-04", Seq: 17}, {Key: "ä\"'; --", Seq: -1}} {
		got, ok, err := DecodeCursor(EncodeCursor(c))
		if err != nil || !ok || got != c {
			t.Errorf("DecodeCursor(EncodeCursor(%+v)) = %+v, %v, %v", c, got, ok, err)
		}
	}
	if _, ok, err := DecodeCursor(""); ok || err != nil {
		t.Errorf(`DecodeCursor("") = ok %v, %v; want the first page`, ok, err)
	}
	if _, _, err := DecodeCursor("not a cursor!"); !errors.Is(err, ErrBadQuery) {
		t.Errorf("DecodeCursor(junk) error = %v, want ErrBadQuery", err)
	}
}

func TestCheckDate(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"", true}, {"2025", true}, {"2025-03", true}, {"2025-03-04", true},
		{"2025-3-4", false}, {"March", false}, {"2025-03-04T10:00", false}, {"20250304", false},
		{"2025-13", false}, {"2025-13-01", false}, {"2025-02-30", false}, {"2024-02-29", true}, {"2025-00-10", false},
		{"+025-03-04", false}, {"2025-03-4x", false},
	} {
		if err := CheckDate("from", tc.in); (err == nil) != tc.ok {
			t.Errorf("CheckDate(%q) = %v, want ok %v", tc.in, err, tc.ok)
		}
	}
}

func TestTerms(t *testing.T) {
	got := strings.Join(Terms(`"Fähre" OR near(x*) -- 2025's`), "|")
	if want := "Fähre|OR|near|x|2025|s"; got != want {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add("")
	f.Add(EncodeCursor(Cursor{Key: "2025-03-04", Seq: 3}))
	f.Add("eyJrIjoxfQ")
	f.Fuzz(func(t *testing.T, s string) {
		c, ok, err := DecodeCursor(s)
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Errorf("DecodeCursor(%q) error %v is not ErrBadQuery", s, err)
		}
		if ok {
			if again, _, err := DecodeCursor(EncodeCursor(c)); err != nil || again != c {
				t.Errorf("cursor %+v does not round-trip: %+v, %v", c, again, err)
			}
		}
	})
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"", `"a" OR b*`, "NEAR(x y)", "日本語 テキスト", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range Terms(s) {
			if term == "" {
				t.Fatalf("Terms(%q) has an empty term", s)
			}
			for _, r := range term {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					t.Fatalf("Terms(%q) term %q has %q: full-text syntax could leak through", s, term, r)
				}
			}
		}
	})
}

// FuzzSearchTerms: whatever is typed, a term is words of letters and
// digits, one space between a phrase's words, and at most a final * on a
// term of one word: nothing else reaches a backend's query syntax.
func FuzzSearchTerms(f *testing.F) {
	for _, s := range []string{"", `"a b" OR c*`, "“x y", `"p*q" r*"s t"`, "\xff\"\xfe", `""*`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range SearchTerms(s) {
			w, prefix := strings.CutSuffix(term, "*")
			words := strings.Split(w, " ")
			if prefix && len(words) > 1 {
				t.Fatalf("SearchTerms(%q) has a phrase with a *: %q", s, term)
			}
			for _, word := range words {
				if word == "" {
					t.Fatalf("SearchTerms(%q) term %q has an empty word", s, term)
				}
				for _, r := range word {
					if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						t.Fatalf("SearchTerms(%q) term %q has %q: full-text syntax could leak through", s, term, r)
					}
				}
			}
		}
	})
}

func TestSearchTerms(t *testing.T) {
	tests := []struct {
		name, q string
		want    []string
	}{
		{"words", "Ferry, strike!", []string{"Ferry", "strike"}},
		{"a * right after a word makes a prefix", "negotiat* talks", []string{"negotiat*", "talks"}},
		{"a * apart is punctuation", "ferry * strike", []string{"ferry", "strike"}},
		{"a * inside a word ends a prefix", "a*b", []string{"a*", "b"}},
		{"non-ASCII letters", "Fähr*", []string{"Fähr*"}},
		{"syntax is dropped", `ferry OR x:* NEAR(a b) -c ^d`, []string{"ferry", "OR", "x", "NEAR", "a", "b", "c", "d"}},
		{"nothing but stars", "**", nil},
		{"a quoted part is a phrase", `"harbour strike" ferry`, []string{"harbour strike", "ferry"}},
		{"curly quotes", "“dock levy” vote", []string{"dock levy", "vote"}},
		{"curly quotes the wrong way round", "”dock levy“ vote", []string{"dock levy", "vote"}},
		{"a phrase's punctuation is dropped", `"levy, on the dock!"`, []string{"levy on the dock"}},
		{"an unclosed quote reads to the end", `ferry "over the sound`, []string{"ferry", "over the sound"}},
		{"a phrase of one word is a word", `"ferry" strike`, []string{"ferry", "strike"}},
		{"an empty phrase is nothing", `"" ferry "  "`, []string{"ferry"}},
		{"prefixes beside phrases", `negotiat* "pay deal" islan*`, []string{"negotiat*", "pay deal", "islan*"}},
		{"a * inside a phrase is punctuation", `"negotiat* talks"`, []string{"negotiat talks"}},
		{"a * after a phrase is punctuation", `"pay deal"* ferry`, []string{"pay deal", "ferry"}},
		{"a quote inside a word ends it", `pay"deal talks"`, []string{"pay", "deal talks"}},
		{"two phrases", `"pay deal" "dock levy"`, []string{"pay deal", "dock levy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SearchTerms(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("SearchTerms(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestPrefixForms(t *testing.T) {
	for _, tc := range []struct {
		name, prefix string
		want         []string // some of the forms
	}{
		{"a prefix is completed by endings the stemmer removes", "Negotiat", []string{"negotiat", "negotiate", "negotiations"}},
		{"non-ASCII letters are kept", "fährt", []string{"fährte", "fährtes"}},
		{"a short prefix has none", "gov", nil},
		{"a prefix with a digit has none", "g20s", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := PrefixForms(tc.prefix)
			if tc.want == nil && got != nil {
				t.Errorf("PrefixForms(%q) = %v, want none", tc.prefix, got)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("PrefixForms(%q) = %v, want it to hold %q", tc.prefix, got, w)
				}
			}
		})
	}
}
