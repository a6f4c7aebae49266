package quote

import "testing"

// TestParticipleOverNoun checks the speaker of a participle cue set off by
// a comma that the parse hung on a noun as a conjunct or an adjective, or
// on the verb of a quotation before it: the subject of the clause above
// speaks, not no one. The parses are
// laid by hand on sentences written for this test.
func TestParticipleOverNoun(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a participle joined to the object's noun",
			text: "Ana Ruiz sent reporters a copy of the ruling, arguing, “The court got it wrong.”",
			parse: []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/send/0/root NOUN/reporter/3/iobj DET/a/6/det " +
				"NOUN/copy/3/obj ADP/of/9/case DET/the/9/det NOUN/ruling/6/nmod PUNCT/,/11/punct VERB:VBG/argue/6/conj " +
				"PUNCT/,/16/punct PUNCT/“/16/punct DET/the/15/det NOUN/court/16/nsubj VERB:VBD/get/3/parataxis " +
				"PRON/it/16/obj ADJ/wrong/16/xcomp PUNCT/./16/punct PUNCT/”/16/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "arguing",
			want:   "Ana Ruiz",
		},
		{
			name: "a participle read as an adjective of its own object",
			text: "Tom Weller did not seem pleased with the plan, telling reporters, “It will never work.”",
			parse: []string{"PROPN/Tom/5/nsubj PROPN/Weller/1/flat AUX:VBD/do/5/aux PART/not/5/advmod VERB:VB/seem/0/root " +
				"ADJ/pleased/5/xcomp ADP/with/9/case DET/the/9/det NOUN/plan/6/obl PUNCT/,/12/punct VERB:VBG/tell/12/amod " +
				"NOUN/reporter/9/conj PUNCT/,/5/punct PUNCT/“/18/punct PRON/it/18/nsubj AUX:MD/will/18/aux " +
				"ADV/never/18/advmod VERB:VB/work/5/parataxis PUNCT/./18/punct PUNCT/”/18/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			cue:    "telling",
			want:   "Tom Weller",
		},
		{
			name: "a participle joined to the verb of the quotation before it",
			text: "Tom Weller said he was thinking, “This is not right,” adding, “I had never seen such a mess.”",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/say/0/root PRON/he/6/nsubj AUX:VBD/be/6/aux " +
				"VERB:VBG/think/3/ccomp PUNCT/,/12/punct PUNCT/“/12/punct PRON/this/12/nsubj AUX:VBZ/be/12/cop " +
				"PART/not/12/advmod ADJ/right/3/parataxis PUNCT/,/12/punct PUNCT/”/12/punct VERB:VBG/add/12/conj " +
				"PUNCT/,/21/punct PUNCT/“/21/punct PRON/I/21/nsubj AUX:VBD/have/21/aux ADV/never/21/advmod " +
				"VERB:VBN/see/15/conj DET/such/24/det:predet DET/a/24/det NOUN/mess/21/obj PUNCT/./21/punct PUNCT/”/21/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller", "he"}}},
			cue:    "adding",
			want:   "Tom Weller",
		},
	}
	checkSpeakerCases(t, tests)
}
