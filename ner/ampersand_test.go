package ner

import (
	"slices"
	"testing"
)

// A name cut at an ampersand is mended, forward and back; the sentence's
// opener is left out.
func TestMendAmpersandNames(t *testing.T) {
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		// "Harker &" "Poor's": the tagger read the second name as an adjective.
		{"Harker & Poor's cut the rating.", []Span{{0, 2, "ORG"}}, []Span{{0, 3, "ORG"}}},
		// "Pellow" and "& Vance" as two names.
		{"Shares in Pellow & Vance rose.", []Span{{2, 3, "PER"}, {3, 5, "PER"}}, []Span{{2, 5, "ORG"}}},
		{"But Pellow & Vance fell.", []Span{{2, 4, "MISC"}}, []Span{{1, 4, "ORG"}}},
		// A name with an ampersand inside is left alone.
		{"Pellow & Vance rose.", []Span{{0, 3, "ORG"}}, []Span{{0, 3, "ORG"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendAmpersandNames(d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
