package quote

import "testing"

// TestWithSubjectSpeaks checks that the people named between "with" and a
// participle cue speak through it ("…, with Senator Ana Ruiz telling
// reporters …"), though the parse hung the participle on a clause whose
// subject is someone else. The sentences are written for this test.
func TestWithSubjectSpeaks(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{{
		name: "participle hung on the clause before",
		text: "The strike spread as the port authority cut wages, with union leader Ana Ruiz telling reporters she expected more walkouts.",
		parse: []string{"DET/the/2/det NOUN/strike/3/nsubj VERB:VBD/spread/0/root SCONJ/as/8/mark DET/the/7/det NOUN/port/7/compound " +
			"NOUN/authority/8/nsubj VERB:VBD/cut/3/advcl NOUN/wage/8/obj PUNCT/,/16/punct ADP/with/16/case NOUN/union/13/compound " +
			"NOUN/leader/14/nmod:desc PROPN/Ana/8/obl PROPN/Ruiz/14/flat VERB:VBG/tell/8/xcomp NOUN/reporter/16/iobj " +
			"PRON/she/19/nsubj VERB:VBD/expect/16/ccomp ADJ/more/21/amod NOUN/walkout/19/obj PUNCT/./3/punct"},
		people: []person{{"GROUP:the port authority", []string{"port authority"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
		cue:    "telling",
		want:   "Ana Ruiz",
	}})
}
