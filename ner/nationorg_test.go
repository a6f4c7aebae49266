package ner

import (
	"testing"

	"dateline/gazetteer"
)

// A nationality tagged as a name of its own joins the body's name after it;
// one before a title or a person stays a nationality. The spans are given
// as the tagger might give them, so the test does not hang on the model.
func TestJoinNationBodies(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text   string
		spans  []Span
		merged bool
	}{
		{"The Norwegian Fishermen's Association protested.", []Span{{1, 2, "MISC"}, {2, 5, "ORG"}}, true},
		{"The Kenyan Observatory for Water Rights said so.", []Span{{1, 2, "MISC"}, {2, 6, "PER"}}, true},
		{"Chilean Copper Commission figures rose.", []Span{{0, 1, "MISC"}, {1, 3, "ORG"}}, true},
		{"Norwegian Olaf Brandt won the race.", []Span{{0, 1, "MISC"}, {1, 3, "PER"}}, false},
		{"Norwegian President Olaf Brandt spoke.", []Span{{0, 1, "MISC"}, {2, 4, "PER"}}, false},
		{"Norwegian officials met the Fishermen's Association.", []Span{{0, 1, "MISC"}, {4, 7, "ORG"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := segmented(t, tc.text)
			got := joinNationBodies(g, d, append([]Span(nil), tc.spans...))
			if merged := len(got) == 1 && got[0].Type == "ORG" && got[0].First == tc.spans[0].First && got[0].End == tc.spans[1].End; merged != tc.merged {
				t.Errorf("got %v, want merged %v", got, tc.merged)
			}
		})
	}
}
