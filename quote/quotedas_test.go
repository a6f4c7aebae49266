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

// TestCitedAsPointing checks that a document cited "as" doing something
// other than speaking is what the citing holds.
func TestCitedAsPointing(t *testing.T) {
	wantQuoteIn(t, "The audit cited a 2019 memo by the city's auditor as pointing to waste.",
		got{kind: text.QuoteIndirect, text: "a 2019 memo by the city's auditor as pointing to waste", speaker: "audit", cue: "cited"})
}

// TestQuotedAsSayingPassive checks that the passive relay keeps its
// speaker: "“…,” he is quoted as saying by the paper" is the man's.
func TestQuotedAsSayingPassive(t *testing.T) {
	d := analyse(t, "Fund manager Tobias Renn - the club's largest investor - said he would only invest more money if he got a greater say in how it is run. "+
		"\"I demand better oversight,\" he is quoted as saying by Germany's Wirtschaft Woche.")
	for _, g := range describe(d, d.Quotes) {
		if g.text == "I demand better oversight," && g.speaker == "" {
			t.Errorf("got %+v, want a speaker", g)
		}
	}
}
