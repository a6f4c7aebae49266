package ner

import (
	"slices"
	"testing"
)

// An institution's head tagged alone takes back the capitalised words
// before it, but no determiner, no word opening the sentence and no other
// name. The spans are given as the tagger might give them.
func TestMendHeadlessBodies(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		{"The Home Office said it would appeal.", []Span{{2, 3, "MISC"}}, []Span{{1, 3, "ORG"}}},
		{"On Friday the Audit Commission said so.", []Span{{1, 2, "MISC"}, {4, 5, "ORG"}},
			[]Span{{1, 2, "MISC"}, {3, 5, "ORG"}}},
		// "But" opens the sentence; "Dunmore" is a name of its own.
		{"But Treasury Office staff left.", []Span{{2, 3, "ORG"}}, []Span{{1, 3, "ORG"}}},
		{"Dunmore Office staff left.", []Span{{0, 1, "LOC"}, {1, 2, "ORG"}}, []Span{{0, 1, "LOC"}, {1, 2, "ORG"}}},
		// A street word alone takes back its street's name, a place.
		{"Police closed Kings Avenue after the crash.", []Span{{3, 4, "PER"}}, []Span{{2, 4, "LOC"}}},
		{"Kings Avenue was shut.", []Span{{1, 2, "PER"}}, []Span{{0, 2, "LOC"}}},
		// A surname that is a street word too is left as tagged.
		{"Actress Diane Lane smiled.", []Span{{2, 3, "PER"}}, []Span{{2, 3, "PER"}}},
		// A head with more words than itself is left as tagged.
		{"The Tarn County Council met.", []Span{{2, 4, "ORG"}}, []Span{{2, 4, "ORG"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendHeadlessBodies(d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
