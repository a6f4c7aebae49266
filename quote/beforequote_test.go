package quote

import (
	"testing"

	"dateline/text"
)

// TestCueBeforeIntroducedQuotation checks that a cue before a verb that
// introduces the quotation after it is not nested in that verb's parsed
// clause: "Okafor said …, and when asked if …, she replied, “…”"
// with "replied" hung on "said" as parataxis keeps the first report. A
// cue in the subject of a passive verb that introduces a quotation stays
// nested: the subject is what was branded.
func TestCueBeforeIntroducedQuotation(t *testing.T) {
	d := parsedDoc(t, "Okafor said the club had made no offer, and when asked if the fee was fair, she replied, “We never discussed money.”",
		[]string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/club/6/nsubj AUX:VBD/have/6/aux " +
			"VERB:VBN/make/2/ccomp DET/no/8/det NOUN/offer/6/obj PUNCT/,/12/punct CCONJ/and/12/cc ADV/when/12/advmod " +
			"VERB:VBN/ask/2/conj SCONJ/if/17/mark DET/the/15/det NOUN/fee/17/nsubj AUX:VBD/be/17/cop ADJ/fair/12/ccomp " +
			"PUNCT/,/20/punct PRON/she/20/nsubj VERB:VBD/reply/2/parataxis PUNCT/,/25/punct PUNCT/“/25/punct " +
			"PRON/we/25/nsubj ADV/never/25/advmod VERB:VBD/discuss/20/ccomp NOUN/money/25/obj PUNCT/./25/punct " +
			"PUNCT/”/25/punct"},
		person{"Ana Okafor", []string{"Okafor", "she"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "the club had made no offer", speaker: "Ana Okafor", cue: "said"})

	d = parsedDoc(t, "Plans to store waste at the port were branded “deeply reckless” by the union.",
		[]string{"NOUN:NNS/plan/9/nsubj:pass PART/to/3/mark VERB:VB/store/1/acl NOUN/waste/3/obj ADP/at/7/case " +
			"DET/the/7/det NOUN/port/3/obl AUX:VBD/be/9/aux:pass VERB:VBN/brand/0/root PUNCT/“/12/punct " +
			"ADV/deeply/12/advmod ADJ/reckless/9/xcomp PUNCT/”/12/punct ADP/by/16/case DET/the/16/det " +
			"NOUN/union/9/obl:agent PUNCT/./9/punct"},
		person{"ORG:the union", []string{"union"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "Plans" {
			t.Errorf("the passive's subject reported as a quote of its own: %+v", g)
		}
	}
}
