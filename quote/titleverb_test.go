package quote

import "testing"

// TestTitleReadAsVerbIsNoCue checks that a title between a team's name and
// a person's, which the tagger reads as a verb, reports nothing, while the
// person's own verb still does.
func TestTitleReadAsVerbIsNoCue(t *testing.T) {
	wantNoQuotes(t,
		"Falcons coach Sir Dan Reyes has ruled out any change to the side before the tour.",
	)
	wantQuoteIn(t, "Rovers coach Sir Tom Hale said the squad was fit.",
		got{kind: "indirect", text: "the squad was fit", speaker: "Tom Hale", cue: "said"})
}
