package quote

import "testing"

// TestPossessorIsNoSubject checks "Ruritania's Dunmore Steel Co. said …"
// parsed with the owner and the firm both subjects of the verb: the word
// with the possessive "'s" owns the firm and does not speak.
func TestPossessorIsNoSubject(t *testing.T) {
	txt := "Ruritania's Dunmore Steel said it was delaying a share sale."
	d := parsedDoc(t, txt, []string{"PROPN/Ruritania/5/nsubj PART/'s/1/case PROPN/Dunmore/4/compound PROPN/Steel/5/nsubj VERB:VBD/say/0/root " +
		"PRON:PRP/it/8/nsubj AUX:VBD/be/8/aux VERB:VBG/delay/5/ccomp DET/a/11/det NOUN/share/11/compound NOUN/sale/8/obj PUNCT/./5/punct"},
		person{"GPE:Ruritania", []string{"Ruritania"}}, person{"ORG:Dunmore Steel", []string{"Dunmore Steel"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "it was delaying a share sale", speaker: "Dunmore Steel", cue: "said"})
}

// TestPossessorSpeaksThroughItsNoun checks "Ana Ruiz's brief said …" with
// the same two-subject parse: a possessed noun that names no one speaks
// for its owner.
func TestPossessorSpeaksThroughItsNoun(t *testing.T) {
	txt := "Ana Ruiz's brief said that was not her view."
	d := parsedDoc(t, txt, []string{"PROPN/Ana/5/nsubj PROPN/Ruiz/1/flat PART/'s/1/case NOUN/brief/5/nsubj VERB:VBD/say/0/root " +
		"PRON:DT/that/10/nsubj AUX:VBD/be/10/cop PART/not/10/advmod PRON:PRP$/her/10/nmod:poss NOUN/view/5/ccomp PUNCT/./5/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "that was not her view", speaker: "Ana Ruiz", cue: "said"})
}
