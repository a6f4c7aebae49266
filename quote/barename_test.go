package quote

import "testing"

// TestBareNameSubject checks the speaker of a cue whose subject is a name
// the tagger missed, on parses laid by hand: a place, body or paper in the
// name's apposition or modifiers describes it and never speaks for it; the
// name speaks itself (a source of its own), or as the person the tagger
// found in part of it. The sentences are written for this test.
func TestBareNameSubject(t *testing.T) {
	said := "PUNCT/,/1/punct VERB:VBD/say/0/root DET/the/10/det NOUN/fee/12/nsubj AUX:MD/would/12/aux VERB:VB/rise/8/ccomp PUNCT/./8/punct"
	checkSpeakerCases(t, []speakerCase{
		{
			name: "a place in the apposition of a surname",
			text: "Okafor, a baker from Tarnby, said the fee would rise.",
			parse: []string{"PROPN:NNP/Okafor/8/nsubj PUNCT/,/4/punct DET/a/4/det NOUN/baker/1/appos ADP/from/6/case " +
				"PROPN:NNP/Tarnby/4/nmod " + said},
			people: []person{{"GPE:Tarnby", []string{"Tarnby"}}},
			cue:    "said",
			want:   "Okafor",
		},
		{
			name: "a body after the surname",
			text: "Okafor of the Tarnby Trust said the fee would rise.",
			parse: []string{"PROPN:NNP/Okafor/6/nsubj ADP/of/5/case DET/the/5/det PROPN:NNP/Tarnby/5/compound " +
				"PROPN:NNP/Trust/1/nmod VERB:VBD/say/0/root DET/the/8/det NOUN/fee/10/nsubj AUX:MD/would/10/aux " +
				"VERB:VB/rise/6/ccomp PUNCT/./6/punct"},
			people: []person{{"ORG:Tarnby Trust", []string{"Tarnby Trust"}}},
			cue:    "said",
			want:   "Okafor",
		},
		{
			name: "a name found in part",
			text: "Ade Okafor, a baker from Tarnby, said the fee would rise.",
			parse: []string{"PROPN:NNP/Ade/9/nsubj PROPN:NNP/Okafor/1/flat PUNCT/,/5/punct DET/a/5/det NOUN/baker/1/appos " +
				"ADP/from/7/case PROPN:NNP/Tarnby/5/nmod " + shiftedSaid},
			people: []person{{"Ade Okafor", []string{"Ade"}}, {"GPE:Tarnby", []string{"Tarnby"}}},
			cue:    "said",
			want:   "Ade Okafor",
		},
		{
			name: "a person set right after a name the parse made the head",
			text: "Fireline director Ana Ruiz said the fee would rise.",
			parse: []string{"PROPN:NNP/Fireline/5/nsubj NOUN/director/3/compound PROPN:NNP/Ana/1/appos PROPN:NNP/Ruiz/3/flat " +
				"VERB:VBD/say/0/root DET/the/7/det NOUN/fee/9/nsubj AUX:MD/would/9/aux VERB:VB/rise/5/ccomp PUNCT/./5/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			// (The place is still the speaker of a common noun's
			// phrase: "the mayor of Tarnby" speaks for the town.)
			name: "a common noun keeps its body",
			text: "The council of Tarnby said the fee would rise.",
			parse: []string{"DET/the/2/det NOUN/council/5/nsubj ADP/of/4/case PROPN:NNP/Tarnby/2/nmod VERB:VBD/say/0/root " +
				"DET/the/7/det NOUN/fee/9/nsubj AUX:MD/would/9/aux VERB:VB/rise/5/ccomp PUNCT/./5/punct"},
			people: []person{{"GPE:Tarnby", []string{"Tarnby"}}},
			cue:    "said",
			want:   "Tarnby",
		},
	})
}

// shiftedSaid is the end of a sentence whose cue "said" is its 9th token.
const shiftedSaid = "PUNCT/,/1/punct VERB:VBD/say/0/root DET/the/11/det NOUN/fee/13/nsubj AUX:MD/would/13/aux VERB:VB/rise/9/ccomp PUNCT/./9/punct"
