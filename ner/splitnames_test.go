package ner

import (
	"slices"
	"testing"
)

// Two names side by side are joined only when the article tags them as one
// name elsewhere, and take that name's type.
func TestMendSplitNames(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		// "Helena" "Varga-Holt has" and, later, "Helena Varga-Holt".
		{"MEP Helena Varga-Holt has quit. Helena Varga-Holt left.",
			[]Span{{1, 2, "PER"}, {2, 4, "LOC"}, {6, 8, "PER"}},
			[]Span{{1, 4, "PER"}, {6, 8, "PER"}}},
		// Never seen whole: two people in a list stay two.
		{"Picked: Oduya Banks, Tom Reed.", []Span{{2, 3, "PER"}, {3, 4, "PER"}, {5, 7, "PER"}},
			[]Span{{2, 3, "PER"}, {3, 4, "PER"}, {5, 7, "PER"}}},
		// Seen whole, but neither part has the whole name's type.
		{"Kell Rovers beat Kell. Kell Rovers won.", []Span{{0, 1, "LOC"}, {1, 2, "LOC"}, {3, 4, "LOC"}, {5, 7, "ORG"}},
			[]Span{{0, 1, "LOC"}, {1, 2, "LOC"}, {3, 4, "LOC"}, {5, 7, "ORG"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendSplitNames(d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
