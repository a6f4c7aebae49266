package quote

import (
	"testing"

	"dateline/text"
)

// TestAccordingToApposition checks that an apposition on the source of a
// fronted "according to" is the source's, not the content's, and that a
// clause subject with an aside of its own is still the content's.
func TestAccordingToApposition(t *testing.T) {
	wantQuoteIn(t, "According to Ana Ruiz, head of the Dunmore Ferry Trust, the last boat will sail in May.",
		got{kind: text.QuoteIndirect, text: "the last boat will sail in May", speaker: "Ana Ruiz", cue: "According to"})
	wantQuoteIn(t, "According to the harbour office, Portwatch, arrivals fell by a third last year.",
		got{kind: text.QuoteIndirect, text: "arrivals fell by a third last year", speaker: "Portwatch", cue: "According to"})
	wantQuoteIn(t, "According to the harbour office, the ferry, now 40 years old, will be sold.",
		got{kind: text.QuoteIndirect, text: "the ferry, now 40 years old, will be sold", speaker: "harbour office", cue: "According to"})
}
