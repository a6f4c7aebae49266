package quote

import (
	"testing"

	"dateline/text"
)

// TestMisreadStanceVerb: a bare stance verb the tagger read as a noun
// after a plural subject reports its object as the subject's stance.
func TestMisreadStanceVerb(t *testing.T) {
	d := parsedDoc(t, "Most bakers polled oppose raising the toll on the bridge.",
		[]string{"ADJ:JJS/most/2/amod NOUN:NNS/baker/4/nsubj VERB:VBN/poll/2/acl NOUN:NN/oppose/0/root " +
			"VERB:VBG/raise/4/acl DET/the/7/det NOUN:NN/toll/5/obj ADP/on/10/case DET/the/10/det " +
			"NOUN:NN/bridge/7/nmod PUNCT/./4/punct"},
		person{"GROUP:bakers", []string{"bakers"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "raising the toll on the bridge", speaker: "bakers", cue: "oppose"})

	d = parsedDoc(t, "Nearly two-thirds support lowering the fee.",
		[]string{"ADV:RB/nearly/2/advmod ADJ:JJ/two-thirds/3/amod NOUN:NN/support/0/root VERB:VBG/lower/3/acl " +
			"DET/the/6/det NOUN:NN/fee/4/obj PUNCT/./3/punct"})
	runQuotes(t, d)
	if q := describe(d, d.Quotes); len(q) != 1 || q[0].text != "lowering the fee" || q[0].cue != "support" {
		t.Errorf("two-thirds support: got %+v, want the quote \"lowering the fee\" cued by support", q)
	}

	for _, c := range []struct{ text, parse string }{
		// A thing favours nothing: the writer's reading.
		{"Upcoming contests favour Lee.",
			"ADJ:JJ/upcoming/2/amod NOUN:NNS/contest/3/compound NOUN:NN/favour/0/root PROPN:NNP/Lee/3/appos PUNCT/./3/punct"},
		// A noun before a preposition.
		{"Many farmers support among the young is rising.",
			"ADJ:JJ/many/2/amod NOUN:NNS/farmer/3/compound NOUN:NN/support/8/nsubj ADP/among/6/case DET/the/6/det " +
				"ADJ:JJ/young/3/nmod AUX:VBZ/be/8/aux VERB:VBG/rise/0/root PUNCT/./8/punct"},
	} {
		d := parsedDoc(t, c.text, []string{c.parse})
		runQuotes(t, d)
		if len(d.Quotes) > 0 {
			t.Errorf("%q: got %+v, want no quote", c.text, describe(d, d.Quotes))
		}
	}
}
