package ner

import (
	"context"
	"slices"
	"testing"

	"dateline/gazetteer"
)

// A name's own "'s" is kept when the article uses the name with nothing
// for the "'s" to own; possessives, contractions after people, places and
// elliptical possessives stay as they are. Tokens: "Penhallow" "'s" are two.
func TestMendPossessiveNames(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		spans []Span
		want  []Span
	}{
		// A verb after the name: every "'s" after it is the name's.
		{"Penhallow's has opened ten shops. Sales at Penhallow's rose.", []Span{{0, 1, "PER"}, {9, 10, "ORG"}},
			[]Span{{0, 2, "ORG"}, {9, 11, "ORG"}}},
		// A punctuation mark after it, with a list or a preposition before.
		{"Rivals like Pellow's, Danvers and Lumb cut prices.", []Span{{2, 3, "ORG"}, {5, 6, "ORG"}, {7, 8, "ORG"}},
			[]Span{{2, 4, "ORG"}, {5, 6, "ORG"}, {7, 8, "ORG"}}},
		{"According to Grayling & Marsh's, the rate is low.", []Span{{2, 5, "ORG"}},
			[]Span{{2, 6, "ORG"}}},
		// A possessive with its noun, an elliptical one, a person's.
		{"Penhallow's profits rose, more than Tessel's.", []Span{{0, 1, "ORG"}, {7, 8, "ORG"}},
			[]Span{{0, 1, "ORG"}, {7, 8, "ORG"}}},
		{"The idea was Rowan's, and Mr Rowan's is the plan.", []Span{{3, 4, "PER"}, {9, 10, "PER"}},
			[]Span{{3, 4, "PER"}, {9, 10, "PER"}}},
		{"France's is smaller.", []Span{{0, 1, "LOC"}}, []Span{{0, 1, "LOC"}}},
		// A name the tagger ran over its possessive loses it, unless the
		// gazetteer knows a firm of that name.
		{"Lena Foss's film won.", []Span{{0, 3, "PER"}}, []Span{{0, 2, "PER"}}},
		{"The Tarvik Board's report came out.", []Span{{1, 4, "ORG"}}, []Span{{1, 3, "ORG"}}},
		{"Analysts at Moody's expect a cut.", []Span{{2, 4, "ORG"}}, []Span{{2, 4, "ORG"}}},
		{"The match at St Aldric's drew a crowd.", []Span{{3, 6, "LOC"}}, []Span{{3, 6, "LOC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := mendPossessiveNames(g, d, append([]Span(nil), tc.spans...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPossessiveNamesStage(t *testing.T) {
	d := segmented(t, "Analysts at Moody's said the outlook was stable. Moody's has not changed its view.")
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Slice(m.Span)+"/"+m.Type)
	}
	if want := []string{"Moody's/ORG", "Moody's/ORG"}; !slices.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}
