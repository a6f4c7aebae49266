package quote

import (
	"testing"

	"dateline/text"
)

// TestInvertedAttributionSplitsAClause checks an inverted attribution set
// between a clause's subject and its verb ("The trickiest thing, claimed
// Mr Halvorsen, is …"), and one after a lone adverb: the content is both
// sides, the speaker the name between the commas (the contents had been
// "Mr Halvorsen, is …" and "Mr Halvorsen", and the fronted phrase spoke).
func TestInvertedAttributionSplitsAClause(t *testing.T) {
	for _, tc := range []struct{ text, content string }{
		{"The trickiest thing about mastering the cello, claimed Mr Halvorsen, is keeping the bow arm loose.",
			"The trickiest thing about mastering the cello is keeping the bow arm loose"},
		{"A weakness of the puzzle format, claimed Mr Halvorsen, was the absence of any sound at all.",
			"A weakness of the puzzle format was the absence of any sound at all"},
		{"The mood of the rally, claimed Mr Halvorsen, should feel relaxed rather than scripted.",
			"The mood of the rally should feel relaxed rather than scripted"},
		{"Rather, claimed Mr Halvorsen, the locks were designed to keep tenants out.",
			"Rather the locks were designed to keep tenants out"},
	} {
		wantQuoteIn(t, tc.text, got{kind: text.QuoteIndirect, text: tc.content, speaker: "Halvorsen", cue: "claimed"})
	}
}
