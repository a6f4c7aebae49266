package quote

import (
	"testing"

	"dateline/text"
)

// Bugs from a user's walkthrough (2026-11-30), each a general rule tested
// on sentences written for it.

// TestColonLabelNamesASpeaker checks that a word before a colon speaks the
// rest of the line only when it names someone, and only an utterance.
func TestColonLabelNamesASpeaker(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"a category before a list of names in brackets", "Substitutes: Ian Moss (Eastfield), Joe Tan (Hillcrest), Lee Park (Eastfield)."},
		{"a category before a list of things", "Ingredients: flour, butter, two eggs and a pinch of salt."},
		{"a name before a list of names in brackets", "Lopez: Ian Moss (Eastfield), Joe Tan (Hillcrest), Lee Park (Eastfield)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == ":" {
					t.Errorf("got a quote cued by the colon %+v, want none", g)
				}
			}
		})
	}
	t.Run("a name before an utterance still speaks", func(t *testing.T) {
		wantQuoteIn(t, "Okafor: Bakeries Will Suffer Most.", got{text.QuoteIndirect, "Bakeries Will Suffer Most", "Okafor", ":", ""})
	})
}
