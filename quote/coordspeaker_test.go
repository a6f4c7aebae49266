package quote

import (
	"testing"

	"dateline/text"
)

// TestCoordinatedSpeakers checks that names joined by "and" as the
// subject of a cue speak together, as one GROUP entity, with or without
// "both" before them. The sentences are written for this test.
func TestCoordinatedSpeakers(t *testing.T) {
	for _, s := range []string{
		"Ana Ruiz and Tom Weller met on Monday.\n\nRuiz and Weller said the harbour budget would be cut.",
		"Ana Ruiz and Tom Weller met on Monday.\n\nBoth Ruiz and Weller said the harbour budget would be cut.",
	} {
		d := analyse(t, s)
		wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "the harbour budget would be cut", speaker: "Ruiz and Weller", cue: "said"})
	}
}
