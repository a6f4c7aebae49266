package quote

import "testing"

// TestSubjectsTaggedOtherwise checks subjects the parse lost on words the
// tagger misread, on parses laid by hand: a noun read as an adjective
// after an article, and a noun before a time that opens with an
// adjective ("last week").
func TestSubjectsTaggedOtherwise(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{
			name: "a noun read as an adjective after its article",
			text: "“She should come to the valley,” the editorial argued.",
			parse: []string{"PUNCT/\"/4/punct PRON/she/4/nsubj AUX:MD/should/4/aux VERB:VB/come/11/ccomp ADP/to/7/case DET/the/7/det " +
				"NOUN/valley/4/obl PUNCT/,/4/punct PUNCT/\"/4/punct DET/the/10/det ADJ:JJ/editorial/11/advmod VERB:VBD/argue/0/root " +
				"PUNCT/./11/punct"},
			cue:  "argued",
			want: "editorial",
		},
		{
			name: "a time opening with an adjective between subject and verb",
			text: "A magistrate last week told the council to publish the report.",
			parse: []string{"DET/a/2/det NOUN/magistrate/4/amod ADJ/last/4/amod NOUN/week/5/obl:unmarked VERB:VBD/tell/0/root " +
				"DET/the/7/det NOUN/council/5/obj PART/to/9/mark VERB:VB/publish/5/xcomp DET/the/11/det NOUN/report/9/obj " +
				"PUNCT/./5/punct"},
			cue:  "told",
			want: "magistrate",
		},
		{
			// (nearSubject looks at the word before the verb, which the
			// first word of a text has none of.)
			name: "a cue opening the text",
			text: "Added Ruiz: “We will win.”",
			parse: []string{"VERB:VBD/add/0/root PROPN/Ruiz/1/obj PUNCT/:/1/punct PUNCT/\"/7/punct PRON/we/7/nsubj " +
				"AUX:MD/will/7/aux VERB:VB/win/1/parataxis PUNCT/./7/punct PUNCT/\"/7/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			cue:    "Added",
			want:   "Ana Ruiz",
		},
	})
}
