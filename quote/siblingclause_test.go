package quote

import (
	"testing"

	"dateline/text"
)

// TestSiblingClauseIsReported checks that a speech verb with no
// complement reports the clause the parse hung beside it ("stood with the
// bakers, arguing the levy broke the charter" with "broke" a second
// adverbial clause of "stood"), and that a past participle naming a
// thing does not ("their album called They Left Early").
func TestSiblingClauseIsReported(t *testing.T) {
	d := parsedDoc(t, "In May, Judge Ruiz stood with the bakers, arguing the levy broke the charter.",
		[]string{"ADP/in/2/case PROPN/May/6/obl PUNCT/,/2/punct PROPN/Judge/5/compound PROPN/Ruiz/6/nsubj " +
			"VERB:VBD/stand/0/root ADP/with/9/case DET/the/9/det NOUN:NNS/baker/6/obl PUNCT/,/11/punct " +
			"VERB:VBG/argue/6/advcl DET/the/13/det NOUN/levy/14/nsubj VERB:VBD/break/6/advcl DET/the/16/det " +
			"NOUN/charter/14/obj PUNCT/./6/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "the levy broke the charter", speaker: "Ana Ruiz", cue: "arguing"})

	d = parsedDoc(t, "The band played songs from their album called They Left Early, due in May.",
		[]string{"DET/the/2/det NOUN/band/3/nsubj VERB:VBD/play/0/root NOUN:NNS/song/3/obj ADP/from/7/case " +
			"PRON/their/7/nmod:poss NOUN/album/3/obl VERB:VBN/call/3/conj PRON/they/10/nsubj VERB:VBD/leave/3/conj " +
			"ADV/early/10/advmod PUNCT/,/13/punct ADJ/due/10/advmod ADP/in/15/case PROPN/May/13/obl PUNCT/./3/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "called" {
			t.Errorf("a naming participle reported: %+v", g)
		}
	}
}
