package quote

import (
	"testing"

	"dateline/text"
)

// TestReportedly checks that "reportedly" on a main clause's verb makes
// the clause, without the adverb, a report with no source, and that a
// verb of saying keeps its own report and a clause with no subject of its
// own (a relative clause the parse took for a main one) makes none.
func TestReportedly(t *testing.T) {
	d := parsedDoc(t, "The two firms reportedly held talks in May.",
		[]string{"DET/the/3/det NUM/two/3/nummod NOUN:NNS/firm/5/nsubj ADV:RB/reportedly/5/advmod VERB:VBD/hold/0/root " +
			"NOUN:NNS/talk/5/obj ADP/in/8/case PROPN/May/5/obl PUNCT/./5/punct"})
	runQuotes(t, d)
	var spans []string
	for _, q := range d.Quotes {
		if q.Cue == "reportedly" {
			spans = append(spans, d.Slice(q.Span))
			if q.Kind != text.QuoteIndirect || q.Speaker >= 0 {
				t.Errorf("got %+v, want an indirect quote with no speaker", describe(d, []text.Quote{q}))
			}
		}
	}
	if len(spans) != 1 || spans[0] != "The two firms reportedly held talks in May" {
		t.Errorf("reports cued by reportedly = %q, want the clause", spans)
	}

	for _, c := range []struct{ text, parse string }{
		{"Okafor reportedly said the fee was too high.",
			"PROPN/Okafor/3/nsubj ADV:RB/reportedly/3/advmod VERB:VBD/say/0/root DET/the/5/det NOUN/fee/8/nsubj " +
				"AUX:VBD/be/8/cop ADV/too/8/advmod ADJ/high/3/ccomp PUNCT/./3/punct"},
		{"The mayor stayed home, but has reportedly been ill for weeks.",
			"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/stay/0/root ADV/home/3/advmod PUNCT/,/10/punct CCONJ/but/10/cc " +
				"AUX:VBZ/have/10/aux ADV:RB/reportedly/10/advmod AUX:VBN/be/10/cop ADJ/ill/3/conj ADP/for/12/case " +
				"NOUN:NNS/week/10/obl PUNCT/./3/punct"},
	} {
		d := parsedDoc(t, c.text, []string{c.parse})
		runQuotes(t, d)
		for _, g := range describe(d, d.Quotes) {
			if g.cue == "reportedly" {
				t.Errorf("%q: got %+v, want no report cued by reportedly", c.text, g)
			}
		}
	}
}
