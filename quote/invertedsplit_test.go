package quote

import (
	"testing"

	"dateline/text"
)

// TestInvertedAttributionSplitsAClause checks an inverted attribution set
// between a clause's subject and its verb ("The hard part, said Mr Vik,
// was the drill"), and one after a lone adverb: the content is both sides,
// the speaker the name between the commas (the contents had been "Mr
// Halvorsen, was …" and "Mr Halvorsen", and the fronted phrase spoke).
func TestInvertedAttributionSplitsAClause(t *testing.T) {
	for _, tc := range []struct{ text, content string }{
		{"The hard part of learning any instrument, said Mr Halvorsen, was the basic drill of scales and chords.",
			"The hard part of learning any instrument was the basic drill of scales and chords"},
		{"One of the drawbacks of the game, said Mr Halvorsen, was the lack of spoken language.",
			"One of the drawbacks of the game was the lack of spoken language"},
		{"The tone of the campaign, said Mr Halvorsen, would be more conversational than rhetorical.",
			"The tone of the campaign would be more conversational than rhetorical"},
		{"Instead, said Mr Halvorsen, the systems were intended to control consumers.",
			"Instead the systems were intended to control consumers"},
	} {
		wantQuoteIn(t, tc.text, got{kind: text.QuoteIndirect, text: tc.content, speaker: "Halvorsen", cue: "said"})
	}
}
