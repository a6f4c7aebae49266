package quote

import (
	"testing"

	"dateline/text"
)

// TestCopularClause checks that a noun of saying with a possessor, which a
// copula says is a clause, reports the clause for the possessor ("The
// council's response was that …"), and that the writer's guess ("must
// be"), the first person and a noun with no possessor report nothing.
func TestCopularClause(t *testing.T) {
	d := parsedDoc(t, "The council's response was that the fee is fair and will stay.",
		[]string{"DET/the/2/det NOUN/council/4/nmod:poss PART:POS/'s/2/case NOUN:NN/response/10/nsubj AUX:VBD/be/10/cop " +
			"SCONJ/that/10/mark DET/the/8/det NOUN/fee/10/nsubj AUX:VBZ/be/10/cop ADJ/fair/0/root CCONJ/and/13/cc " +
			"AUX:MD/will/13/aux VERB:VB/stay/10/conj PUNCT/./10/punct"},
		person{"ORG:Tarnby Council", []string{"council"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that the fee is fair and will stay", speaker: "Tarnby Council", cue: "response was"})

	for _, c := range []struct{ text, parse string }{
		{"Okafor's hope must be that the fee stays.",
			"PROPN/Okafor/3/nmod:poss PART:POS/'s/1/case NOUN:NN/hope/9/nsubj AUX:MD/must/9/aux AUX:VB/be/9/cop " +
				"SCONJ/that/9/mark DET/the/8/det NOUN/fee/9/nsubj VERB:VBZ/stay/0/root PUNCT/./9/punct"},
		{"My view is that the fee stays.",
			"PRON:PRP$/my/2/nmod:poss NOUN:NN/view/7/nsubj AUX:VBZ/be/7/cop SCONJ/that/7/mark DET/the/6/det " +
				"NOUN/fee/7/nsubj VERB:VBZ/stay/0/root PUNCT/./7/punct"},
		{"The view is that the fee stays.",
			"DET/the/2/det NOUN:NN/view/7/nsubj AUX:VBZ/be/7/cop SCONJ/that/7/mark DET/the/6/det " +
				"NOUN/fee/7/nsubj VERB:VBZ/stay/0/root PUNCT/./7/punct"},
	} {
		d := parsedDoc(t, c.text, []string{c.parse})
		runQuotes(t, d)
		if len(d.Quotes) > 0 {
			t.Errorf("%q: got %+v, want no quote", c.text, describe(d, d.Quotes))
		}
	}
}
