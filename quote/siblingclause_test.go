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

// TestSiblingClauseAbove checks the clause a speech verb reports when the
// parse hung the verb on that clause ("although they say they back the
// change" with "say" an adverbial clause of "back") or the clause on the
// verb above the cue's head ("aside from saying he wants …" with "wants" a
// complement of "refuses"), and that a fronted clause of the writer's
// ("When we thought …, the board …") keeps its own end.
func TestSiblingClauseAbove(t *testing.T) {
	d := parsedDoc(t, "The bakers stayed calm, although they say they back most of the changes.",
		[]string{"DET/the/2/det NOUN:NNS/baker/3/nsubj VERB:VBD/stay/0/root ADJ/calm/3/xcomp PUNCT/,/10/punct " +
			"SCONJ/although/8/mark PRON:PRP/they/8/nsubj VERB:VBP/say/10/advcl PRON:PRP/they/10/nsubj VERB:VBP/back/3/advcl " +
			"ADJ/most/10/obj ADP/of/14/case DET/the/14/det NOUN:NNS/change/11/nmod PUNCT/./3/punct"},
		person{"GROUP:bakers", []string{"bakers", "they"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "they back most of the changes", speaker: "bakers", cue: "say"})

	d = parsedDoc(t, "Ruiz refuses to name a deputy, aside from saying she wants a local lawyer.",
		[]string{"PROPN/Ruiz/2/nsubj VERB:VBZ/refuse/0/root PART/to/4/mark VERB:VB/name/2/xcomp DET/a/6/det " +
			"NOUN/deputy/4/obj PUNCT/,/8/punct ADV/aside/2/advmod SCONJ/from/10/mark VERB:VBG/say/8/advcl " +
			"PRON:PRP/she/12/nsubj VERB:VBZ/want/2/ccomp DET/a/15/det ADJ/local/15/amod NOUN/lawyer/12/obj PUNCT/./2/punct"},
		person{"Ana Ruiz", []string{"Ruiz", "she"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "she wants a local lawyer", speaker: "Ana Ruiz", cue: "saying"})

	d = parsedDoc(t, "Just when we thought the fees had been cut by the council, the board raised them again.",
		[]string{"ADV/just/4/advmod ADV/when/4/advmod PRON:PRP/we/4/nsubj VERB:VBD/think/9/advcl DET/the/6/det " +
			"NOUN:NNS/fee/9/nsubj:pass AUX:VBD/have/9/aux AUX:VBN/be/9/aux:pass VERB:VBN/cut/0/root ADP/by/12/case " +
			"DET/the/12/det NOUN/council/9/obl PUNCT/,/16/punct DET/the/15/det NOUN/board/16/nsubj VERB:VBD/raise/9/parataxis " +
			"PRON/them/16/obj ADV/again/16/advmod PUNCT/./9/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "thought" && g.text != "the fees had been cut by the council" {
			t.Errorf("thought reports %q, want the clause up to the comma", g.text)
		}
	}
}
