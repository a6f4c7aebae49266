package quote

import "testing"

// TestPossessorIsNoSubject checks "Ruritania's Dunmore Steel Co. said …"
// parsed with the owner and the firm both subjects of the verb: the word
// with the possessive "'s" owns the firm and does not speak.
func TestPossessorIsNoSubject(t *testing.T) {
	txt := "Ruritania's Dunmore Steel said its new mill would open in May."
	d := parsedDoc(t, txt, []string{"PROPN/Ruritania/5/nsubj PART/'s/1/case PROPN/Dunmore/4/compound PROPN/Steel/5/nsubj VERB:VBD/say/0/root " +
		"PRON:PRP$/its/8/nmod:poss ADJ/new/8/amod NOUN/mill/10/nsubj AUX:MD/would/10/aux VERB:VB/open/5/ccomp ADP/in/12/case PROPN/May/10/obl PUNCT/./5/punct"},
		person{"GPE:Ruritania", []string{"Ruritania"}}, person{"ORG:Dunmore Steel", []string{"Dunmore Steel"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "its new mill would open in May", speaker: "Dunmore Steel", cue: "said"})
}

// TestPossessorSpeaksThroughItsNoun checks "Ana Ruiz's letter said …" with
// the same two-subject parse: a possessed noun that names no one speaks
// for its owner.
func TestPossessorSpeaksThroughItsNoun(t *testing.T) {
	txt := "Ana Ruiz's letter said the fee was unfair."
	d := parsedDoc(t, txt, []string{"PROPN/Ana/5/nsubj PROPN/Ruiz/1/flat PART/'s/1/case NOUN/letter/5/nsubj VERB:VBD/say/0/root " +
		"DET/the/7/det NOUN/fee/9/nsubj AUX:VBD/be/9/cop ADJ/unfair/5/ccomp PUNCT/./5/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "the fee was unfair", speaker: "Ana Ruiz", cue: "said"})
}
