package quote

import "testing"

// TestRelativeSwallowed checks a cue whose subject the parse gave to the
// relative clause before it ("Tom Weller, who lost his seat …, said …"
// with "lost" holding "Weller" and "who" and "said" no subject): the name
// speaks, not the noun nearest the verb. The parse is laid by hand on a
// sentence written for this test.
func TestRelativeSwallowed(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{{
		name: "the name and who both subjects of the relative clause",
		text: "Tom Weller, who lost his seat in Leeds, Kent, in May, said that the levy had failed.",
		parse: []string{"PROPN/Tom/5/nsubj PROPN/Weller/1/flat PUNCT/,/5/punct PRON/who/5/nsubj VERB:VBD/lose/16/ccomp " +
			"PRON/he/7/nmod:poss NOUN/seat/5/obj ADP/in/9/case PROPN/Leeds/7/nmod PUNCT/,/11/punct PROPN/Kent/9/appos " +
			"PUNCT/,/14/punct ADP/in/14/case PROPN/May/5/obl PUNCT/,/5/punct VERB:VBD/say/0/root SCONJ/that/21/mark " +
			"DET/the/19/det NOUN/levy/21/nsubj AUX:VBD/have/21/aux VERB:VBN/fail/16/ccomp PUNCT/./16/punct"},
		people: []person{{"Tom Weller", []string{"Tom Weller"}}, {"GPE:Kent", []string{"Kent"}}, {"GPE:Leeds", []string{"Leeds"}}},
		cue:    "said",
		want:   "Tom Weller",
	}})
}
