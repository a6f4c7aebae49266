package quote

import (
	"testing"

	"dateline/text"
)

// TestMidAsideContentEnds checks that a participle in an aside between a
// subject and its verb reports up to the comma that closes the aside, not
// the subject's own verb after it (see cutMidAside). The sentences are
// written for this test.
func TestMidAsideContentEnds(t *testing.T) {
	d := analyse(t, "The mayor of Dunmore spoke on Monday.\n\nThe mayor, while admitting that the pier had problems, defended the budget.")
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that the pier had problems", speaker: "mayor", cue: "admitting"})
}
