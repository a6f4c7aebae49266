package ner

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/internal/legalname"
)

// A capitalised run ending in a firm's legal suffix is one ORG name,
// whatever the tagger made of it; a person before "of" or "and", another
// firm before "and", a determiner and a sentence's opener stay out.
func TestMendFirmSuffixes(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		// An ORG and a PER: "Harbour Home" read as a person.
		{"Shares in Harbour Home Builders Inc fell.", []Span{{2, 4, "PER"}, {4, 6, "ORG"}}, []Span{{2, 6, "ORG"}}},
		// The suffix in lower case, left out by the tagger.
		{"Investors sold Penmar Mining corp stock.", []Span{{2, 4, "ORG"}}, []Span{{2, 5, "ORG"}}},
		// Nothing tagged; the determiner stays out; two suffixes in a row.
		{"He left The Kestrel Co Ltd in May.", []Span{{7, 8, "MISC"}}, []Span{{3, 6, "ORG"}, {7, 8, "MISC"}}},
		// A firm read as a person's name.
		{"They bought Vollmer AG last year.", []Span{{2, 3, "PER"}}, []Span{{2, 4, "ORG"}}},
		// Two firms joined by "and" stay two.
		{"Acme Inc and Penmar Corp merged.", nil, []Span{{0, 2, "ORG"}, {3, 5, "ORG"}}},
		// "and" inside one firm's name.
		{"Harker and Vance Inc rose.", nil, []Span{{0, 4, "ORG"}}},
		// A person "of" a firm, and a person "and" a firm.
		{"Ann Lee of Acme Corp said.", []Span{{0, 2, "PER"}, {3, 4, "ORG"}}, []Span{{0, 2, "PER"}, {3, 5, "ORG"}}},
		{"Ann Lee and Acme Corp agreed.", []Span{{0, 2, "PER"}}, []Span{{0, 2, "PER"}, {3, 5, "ORG"}}},
		// The opener of a sentence is no part of the name.
		{"But Acme Group rose.", nil, []Span{{1, 3, "ORG"}}},
		// "Co" before a place is the county's abbreviation; "sa" lower
		// case is no suffix.
		{"She lives in Kestrel Co Durham.", []Span{{5, 6, "LOC"}}, []Span{{5, 6, "LOC"}}},
		{"Ask Tom sa he knows.", []Span{{1, 2, "PER"}}, []Span{{1, 2, "PER"}}},
		// A describing compound stays out; a legal word before a
		// capitalised word closes nothing.
		{"The Kestrel-based Penmar Holdings Ltd fell.", nil, []Span{{2, 5, "ORG"}}},
		{"They play in World Group II now.", []Span{{3, 5, "MISC"}}, []Span{{3, 5, "MISC"}}},
		// The tagger's span running on over "of" is kept.
		{"Acme Corp of Kestrel rose.", []Span{{0, 4, "ORG"}}, []Span{{0, 4, "ORG"}}},
		// After a firm's head "and" joins two firms; "LLC." is a suffix;
		// a work's title is left alone.
		{"Kestrel Bank and Penmar Group fell.", []Span{{0, 2, "ORG"}, {3, 5, "ORG"}}, []Span{{0, 2, "ORG"}, {3, 5, "ORG"}}},
		{"Shares in Penmar LLC. rose.", []Span{{2, 3, "PER"}}, []Span{{2, 4, "ORG"}}},
		{"They saw Out Of Harbour Company there.", []Span{{2, 6, "MISC"}}, []Span{{2, 6, "MISC"}}},
		// A tagged span that runs on past the suffix is cut there.
		{"Acme Inc Vollmer bid.", []Span{{0, 3, "ORG"}}, []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendFirmSuffixes(d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// Through the whole stage: the run is one ORG mention.
func TestStageFirmSuffix(t *testing.T) {
	d := segmented(t, "Analysts said Redmoor Home Builders Inc would report a loss.")
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, m.Type+":"+d.Text[m.Start:m.End])
	}
	if !slices.Contains(got, "ORG:Redmoor Home Builders Inc") {
		t.Errorf("mentions %v, want ORG:Redmoor Home Builders Inc", got)
	}
}

// Every legal suffix of the shared list, in each form it is written,
// passes firmSuffixAt's cheap filters (initial, length, shape) before its
// lookups; the case-only ones do not in lower case.
func TestFirmSuffixAtEverySuffix(t *testing.T) {
	for _, s := range legalname.Suffixes {
		forms := []string{s.Capitalised()}
		if s.Abbrev {
			forms = append(forms, strings.ToUpper(s.Word), s.Capitalised()+".")
			if s.Dotted {
				forms = append(forms, strings.ToUpper(s.DottedForm()))
			}
		}
		for _, w := range forms {
			if !firmSuffixAt(w) {
				t.Errorf("firmSuffixAt(%q) = false", w)
			}
		}
		if got := firmSuffixAt(s.Word); got != (s.Abbrev && !s.CapsOnly) {
			t.Errorf("firmSuffixAt(%q) = %v", s.Word, got)
		}
	}
}

// firmSuffixAtByMaps is firmSuffixAt without its shape filter: the maps
// alone decide.
func firmSuffixAtByMaps(w string) bool {
	if len(w) < 2 || len(w) > 12 || !suffixInitial[w[0]|0x20] {
		return false
	}
	if legalWords[w] {
		return true
	}
	if len(w) > 7 {
		return false
	}
	lw := strings.ToLower(w)
	if !firmSuffixes[lw] && !firmSuffixes[strings.TrimSuffix(lw, ".")] {
		return false
	}
	if caseSuffixes[strings.TrimSuffix(lw, ".")] {
		return capitalised(w)
	}
	return true
}

// The shape filter lets through every word the maps take: each suffix in
// every case, with and without its dots and a final dot, words of the
// same initials and lengths, and non-ASCII look-alikes. It fails when a
// shape is left out of suffixShapes.
func TestFirmSuffixShapeFilterKeepsEverySuffix(t *testing.T) {
	var words []string
	for _, s := range legalname.Suffixes {
		for _, f := range []string{s.Word, s.DottedForm(), s.Word + "."} {
			words = append(words, f, strings.ToUpper(f), strings.ToUpper(f[:1])+f[1:], f+".")
		}
	}
	words = append(words, strings.Fields("said and in is as has his can also been being Inca Corps Cox Ltda Plcs "+
		"Grouped Holding Limit Companys İnc Incß Gmbh. S.A Saß Co. co. CO. Corp.. n.v. N.V B.V. Sp.A. Pty. Ag. Lp")...)
	for _, w := range words {
		if got, want := firmSuffixAt(w), firmSuffixAtByMaps(w); got != want {
			t.Errorf("firmSuffixAt(%q) = %v, maps say %v", w, got, want)
		}
	}
	// Every word of two to five ASCII letters and dots of the suffixes'
	// alphabet, in lower case and capitalised.
	letters := []byte("abcdeghilmnopstvy.")
	var gen func(prefix []byte)
	gen = func(prefix []byte) {
		if len(prefix) >= 2 {
			for _, w := range []string{string(prefix), strings.ToUpper(string(prefix[:1])) + string(prefix[1:])} {
				if got, want := firmSuffixAt(w), firmSuffixAtByMaps(w); got != want {
					t.Fatalf("firmSuffixAt(%q) = %v, maps say %v", w, got, want)
				}
			}
		}
		if len(prefix) == 5 {
			return
		}
		for _, c := range letters {
			gen(append(prefix, c))
		}
	}
	gen(nil)
}
