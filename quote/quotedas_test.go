package quote

import (
	"testing"

	"dateline/text"
)

// TestQuotedAsSaying checks the active relay of someone's words: "the
// Herald quoted Tom Lee as saying …" is Lee's, reported by "saying", and
// "“…,” the Herald quotes a source close to the firm" is the source's.
func TestQuotedAsSaying(t *testing.T) {
	wantQuoteIn(t, "The Herald quoted Tom Lee as saying the talks were going well.",
		got{kind: text.QuoteIndirect, text: "the talks were going well", speaker: "Tom Lee", cue: "saying"})
	wantQuoteIn(t, "\"The talks are going well,\" the Herald quotes a source close to the firm.",
		got{kind: text.QuoteDirect, text: "The talks are going well,", speaker: "source", cue: "quotes"})
	wantQuoteIn(t, "The report cites rising costs as the main cause of the losses.",
		got{kind: text.QuoteIndirect, text: "rising costs as the main cause of the losses", speaker: "report", cue: "cites"})
}
