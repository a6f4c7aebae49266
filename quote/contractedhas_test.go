package quote

import "testing"

// TestContractedHas checks a cue after "who's" or "she's" that the tagger
// read as a passive "is": with a person for subject and what an active
// verb of saying takes after it, "'s" is "has" and the subject speaks;
// with an agent the verb stays passive and the person speaks no quote.
// The parses are laid by hand on sentences written for this test.
func TestContractedHas(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{
			name: "who's called for",
			text: "Ana Ruiz, who's called for a new bridge, spoke first.",
			parse: []string{"PROPN/Ana/12/nsubj PROPN/Ruiz/1/flat PUNCT/,/6/punct PRON/who/6/nsubj:pass AUX:VBZ/be/6/aux:pass " +
				"VERB:VBN/call/1/acl:relcl ADP/for/10/case DET/a/10/det ADJ/new/10/amod NOUN/bridge/6/obl PUNCT/,/6/punct " +
				"VERB:VBD/speak/0/root ADV/first/12/advmod PUNCT/./12/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "called",
			want:   "Ana Ruiz",
		},
		{
			name: "who's called a hero by the agent",
			text: "Tom Weller, who's called a hero by the mayor, spoke first.",
			parse: []string{"PROPN/Tom/13/nsubj PROPN/Weller/1/flat PUNCT/,/6/punct PRON/who/6/nsubj:pass AUX:VBZ/be/6/aux:pass " +
				"VERB:VBN/call/1/acl:relcl DET/a/8/det NOUN/hero/6/xcomp ADP/by/11/case DET/the/11/det NOUN/mayor/6/obl:agent " +
				"PUNCT/,/6/punct VERB:VBD/speak/0/root ADV/first/13/advmod PUNCT/./13/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}, {"mayor", []string{"mayor"}}},
			cue:    "called",
			want:   "",
		},
	})
}
