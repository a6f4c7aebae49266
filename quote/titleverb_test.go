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

// TestCompoundReadAsVerbIsNoCue checks that the first word of a compound
// noun the tagger reads as a verb ("think tank") is no cue: the
// compound's own verb reports, with the compound as its subject. The
// sentence is written for this test.
func TestCompoundReadAsVerbIsNoCue(t *testing.T) {
	d := analyse(t, "A Berlin economics think tank said that exports would recover.")
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "think" {
			t.Errorf("got a quote cued by \"think\" %+v, want none", g)
		}
	}
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "said" && g.text == "that exports would recover" {
			return
		}
	}
	t.Errorf("quotes %+v, want one of \"said\" holding %q", describe(d, d.Quotes), "that exports would recover")
}
