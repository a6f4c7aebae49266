package quote

import (
	"testing"

	"dateline/text"
)

// A participle with its agent describes the subject of a closing
// attribution: the people polled speak, not the paper that polled them,
// and what they said ends at the comma before them.
func TestClosingSubjectWithAgentParticiple(t *testing.T) {
	wantCuedQuote(t, analyse(t, "Sales of wool will rise this year, traders polled by the Dunmore Gazette said."),
		got{text.QuoteIndirect, "Sales of wool will rise this year", "traders", "said", ""})
}
