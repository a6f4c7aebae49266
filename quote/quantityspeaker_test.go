package quote

import "testing"

// TestQuantitySpeakers checks cues whose subject counts people or stands
// for them ("another", "one", "38%") on parses laid by hand, as the
// parser tends to give them: the quantity speaks.
func TestQuantitySpeakers(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{
			name: "a quantity word after an inverted verb",
			text: "“Watch the mayor,” wrote another.",
			parse: []string{"PUNCT/\"/2/punct VERB:VB/watch/6/ccomp DET/the/4/det NOUN/mayor/2/obj PUNCT/,/2/punct " +
				"PUNCT/\"/2/punct VERB:VBD/write/0/root DET/another/6/obj PUNCT/./6/punct"},
			cue:  "wrote",
			want: "another",
		},
		{
			name: "one of a group after an inverted verb",
			text: "“It was a mess,” said one of the aides.",
			parse: []string{"PUNCT/\"/5/punct PRON/it/5/nsubj AUX:VBD/be/5/cop DET/a/5/det NOUN/mess/8/ccomp PUNCT/,/5/punct " +
				"PUNCT/\"/5/punct VERB:VBD/say/0/root NUM/one/8/obj ADP/of/12/case DET/the/12/det NOUN/aide/9/nmod " +
				"PUNCT/./8/punct"},
			cue:  "said",
			want: "one of the aides",
		},
		{
			name: "a relative pronoun after an inverted verb is no subject",
			text: "“She did not listen,” said one former aide who asked for anonymity.",
			parse: []string{"PUNCT/\"/5/punct PRON/she/5/nsubj AUX:VBD/do/5/aux PART/not/5/advmod VERB:VB/listen/8/ccomp " +
				"PUNCT/,/5/punct PUNCT/\"/5/punct VERB:VBD/say/0/root NUM/one/8/obj ADJ/former/11/amod ADJ/aide/9/amod " +
				"PRON/who/13/nsubj VERB:VBD/ask/11/acl:relcl ADP/for/15/case NOUN/anonymity/13/obl PUNCT/./8/punct"},
			cue:  "said",
			want: "one",
		},
		{
			name: "a percentage the parse made a clause of the verb",
			text: "On rents, 38% think they are too high.",
			parse: []string{"ADP/on/2/case NOUN/rent/0/root PUNCT/,/6/punct NUM/38/5/nummod SYM/%/6/ccomp VERB:VBP/think/2/parataxis " +
				"PRON/they/10/nsubj AUX:VBP/be/10/cop ADV/too/10/advmod ADJ/high/6/ccomp PUNCT/./2/punct"},
			cue:  "think",
			want: "38%",
		},
		{
			name: "another read as a determiner of the verb",
			text: "And another said the plan was dead.",
			parse: []string{"CCONJ/and/3/cc DET/another/3/det VERB:VBD/say/0/root DET/the/5/det NOUN/plan/7/nsubj " +
				"AUX:VBD/be/7/cop ADJ/dead/3/ccomp PUNCT/./3/punct"},
			cue:  "said",
			want: "another",
		},
		{
			name: "one alone is a person, not a figure",
			text: "One says the plan is dead.",
			parse: []string{"NUM/one/2/nsubj VERB:VBZ/say/0/root DET/the/4/det NOUN/plan/6/nsubj AUX:VBZ/be/6/cop " +
				"ADJ/dead/2/ccomp PUNCT/./2/punct"},
			cue:  "says",
			want: "One",
		},
		{
			name: "those with a participle the parse made the subject",
			text: "Those asked claimed the ferry was too slow.",
			parse: []string{"PRON/those/3/nsubj:outer VERB:VBN/ask/3/nsubj VERB:VBD/claim/0/root DET/the/5/det NOUN/ferry/8/nsubj " +
				"AUX:VBD/be/8/cop ADV/too/8/advmod ADJ/slow/3/ccomp PUNCT/./3/punct"},
			cue:  "claimed",
			want: "Those asked",
		},
		{
			name: "a bare number that speaks",
			text: "All but four argued the pier should close.",
			parse: []string{"DET/all/4/advmod CCONJ/but/4/cc NUM/four/4/nsubj VERB:VBD/argue/0/root DET/the/6/det NOUN/pier/8/nsubj " +
				"AUX:MD/should/8/aux VERB:VB/close/4/ccomp PUNCT/./4/punct"},
			cue:  "argued",
			want: "four",
		},
	})
}
