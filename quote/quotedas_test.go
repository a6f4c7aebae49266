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

// TestQuotedDocumentAsSaying checks that a document quoted "as saying" is
// the source of the words that follow, not something the quoter reports:
// no quote has the document for its content.
func TestQuotedDocumentAsSaying(t *testing.T) {
	d := analyse(t, "The minister quoted the council's annual report as saying: \"We will cut waiting times by half.\"")
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "quoted" {
			t.Errorf("got %+v, want no quote cued by \"quoted\"", g)
		}
	}
	wantQuoteIn(t, "The minister quoted the council's annual report as saying: \"We will cut waiting times by half.\"",
		got{kind: text.QuoteDirect, text: "We will cut waiting times by half.", speaker: "minister", cue: "saying"})
}

// TestCitedAsProving checks that a document cited "as" doing something
// other than speaking is what the citing holds.
func TestCitedAsProving(t *testing.T) {
	wantQuoteIn(t, "The review cites last year's flood as proving the need for new walls.",
		got{kind: text.QuoteIndirect, text: "last year's flood as proving the need for new walls", speaker: "review", cue: "cites"})
}

// TestQuotedAsSayingPassive checks the passive relay: "Lee was quoted as
// saying …" reports the clause under "saying", as Lee's, also with the
// relaying paper as the agent ("quoted by the Courier as saying" is
// still Lee's words), while a closing "“…,” Lee was quoted as saying"
// keeps the quotation on "quoted".
func TestQuotedAsSayingPassive(t *testing.T) {
	wantQuoteIn(t, "Tom Weller was quoted as saying our bridge would close by June.",
		got{kind: text.QuoteIndirect, text: "our bridge would close by June", speaker: "Tom Weller", cue: "saying"})
	wantQuoteIn(t, "Ana Ruiz was quoted by the Harlow Courier as saying that rents would rise.",
		got{kind: text.QuoteIndirect, text: "that rents would rise", speaker: "Ana Ruiz", cue: "saying"})
	wantQuoteIn(t, "“The bridge will close,” Tom Weller was quoted as saying.",
		got{kind: text.QuoteDirect, text: "The bridge will close,", speaker: "Tom Weller", cue: "quoted"})
}

// TestQuotedAsSayingTitleApposition checks a title with the name in
// apposition as the passive subject: the title run is read up to the
// subject's own verb ("quoted"), not over "as saying".
func TestQuotedAsSayingTitleApposition(t *testing.T) {
	wantQuoteIn(t, "The Housing Commissioner, Tom Weller, was quoted as saying new homes would come before roads.",
		got{kind: text.QuoteIndirect, text: "new homes would come before roads", speaker: "Tom Weller", cue: "saying"})
}
