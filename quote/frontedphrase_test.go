package quote

import (
	"testing"

	"dateline/text"
)

// TestSubjectPastFrontedPhrase checks that the noun of a phrase fronted
// before a comma, which the parse may take for the subject, does not
// speak: a subject has no preposition of its own (see
// pastFrontedPhrase). The sentences are written for this test.
func TestSubjectPastFrontedPhrase(t *testing.T) {
	d := analyse(t, "Karl Brandt ran the ferry for years.\n\nOn the ferry to Dunmore, Karl Brandt said he did not know the captain.")
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "he did not know the captain", speaker: "Karl Brandt", cue: "said"})

	d = analyse(t, "Lee's aide said the harbour would reopen in May.")
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "the harbour would reopen in May", speaker: "Lee's aide", cue: "said"})
}
