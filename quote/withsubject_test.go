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
	}, {
		name: "a share of people with its number",
		text: "The mayor leads on crime, with 38% backing her over the rival.",
		parse: []string{"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBZ/lead/0/root ADP/on/5/case NOUN/crime/3/obl PUNCT/,/10/punct " +
			"ADP/with/10/mark NUM/38/9/nummod SYM/%/10/compound VERB:VBG/back/3/advcl PRON/her/10/obj ADP/over/14/case " +
			"DET/the/14/det NOUN/rival/10/obl PUNCT/./3/punct"},
		people: []person{{"GROUP:mayor", []string{"mayor"}}},
		cue:    "backing",
		want:   "38%",
	}, {
		name: "what a share counts, after of",
		text: "Lee gained ground, with 35 percent of residents saying they favor him.",
		parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/gain/0/root NOUN/ground/2/obj PUNCT/,/10/punct ADP/with/7/case NUM/35/7/nummod " +
			"NOUN/percent/2/obl ADP/of/9/case NOUN/resident/7/nmod VERB:VBG/say/2/advcl PRON/they/12/nsubj VERB:VBP/favor/10/ccomp " +
			"PRON/him/12/obj PUNCT/./2/punct"},
		people: []person{{"Tom Lee", []string{"Lee"}}},
		cue:    "saying",
		want:   "residents",
	}, {
		name: "a document noun",
		text: "The race is close, with new surveys showing that Ruiz has a narrow edge.",
		parse: []string{"DET/the/2/det NOUN/race/4/nsubj AUX:VBZ/be/4/cop ADJ/close/0/root PUNCT/,/9/punct ADP/with/8/case " +
			"ADJ/new/8/amod NOUN/survey/4/obl VERB:VBG/show/4/advcl SCONJ/that/12/mark PROPN/Ruiz/12/nsubj VERB:VBZ/have/9/ccomp " +
			"DET/a/15/det ADJ/narrow/15/amod NOUN/edge/12/obj PUNCT/./4/punct"},
		people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
		cue:    "showing",
		want:   "new surveys",
	}})
}
