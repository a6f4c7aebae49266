package quote

import (
	"testing"

	"dateline/text"
)

// TestClauseAfterRelative checks two subjects the parse hands to the wrong
// noun: a verb joined by ", and" after a relative clause set off by commas
// is the main clause's, not the relative's, and an infinitive after the
// object of a verb like "prompt" is that object's, however the parse
// calls it. The parses are laid by hand on sentences written for this test.
func TestClauseAfterRelative(t *testing.T) {
	weller := person{"Tom Weller", []string{"Tom Weller"}}
	council := person{"ORG:council", []string{"council"}}
	tests := []speakerCase{
		{
			name: "and after a relative clause hung on the main verb",
			text: "Tom Weller backed the ferry plan during his years at the council, which dropped him in May, and insisted the ferry must run.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/back/0/root DET/the/6/det NOUN/ferry/6/compound " +
				"NOUN/plan/3/obj ADP/during/9/case PRON/he/9/nmod:poss NOUN/year/3/obl ADP/at/12/case DET/the/12/det " +
				"NOUN/council/9/nmod PUNCT/,/15/punct PRON/which/15/nsubj VERB:VBD/drop/3/parataxis PRON/he/15/obj " +
				"ADP/in/18/case PROPN/May/15/obl PUNCT/,/21/punct CCONJ/and/21/cc VERB:VBD/insist/15/conj DET/the/23/det " +
				"NOUN/ferry/25/nsubj AUX:MD/must/25/aux VERB:VB/run/21/ccomp PUNCT/./3/punct"},
			people: []person{weller, council},
			cue:    "insisted",
			want:   "Tom Weller",
		},
		{
			name: "and after a relative clause on a noun",
			text: "Tom Weller backed the ferry plan during his years at the council, which dropped him in May, and insisted the ferry must run.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/back/0/root DET/the/6/det NOUN/ferry/6/compound " +
				"NOUN/plan/3/obj ADP/during/9/case PRON/he/9/nmod:poss NOUN/year/3/obl ADP/at/12/case DET/the/12/det " +
				"NOUN/council/9/nmod PUNCT/,/15/punct PRON/which/15/nsubj VERB:VBD/drop/12/acl:relcl PRON/he/15/obj " +
				"ADP/in/18/case PROPN/May/15/obl PUNCT/,/21/punct CCONJ/and/21/cc VERB:VBD/insist/15/conj DET/the/23/det " +
				"NOUN/ferry/25/nsubj AUX:MD/must/25/aux VERB:VB/run/21/ccomp PUNCT/./3/punct"},
			people: []person{weller, council},
			cue:    "insisted",
			want:   "Tom Weller",
		},
		{
			name: "and inside the relative clause stays the relative's",
			text: "Tom Weller praised the council, which dropped the levy and said the port would reopen.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/praise/0/root DET/the/5/det NOUN/council/3/obj " +
				"PUNCT/,/8/punct PRON/which/8/nsubj VERB:VBD/drop/5/acl:relcl DET/the/10/det NOUN/levy/8/obj CCONJ/and/12/cc " +
				"VERB:VBD/say/8/conj DET/the/14/det NOUN/port/16/nsubj AUX:MD/would/16/aux VERB:VB/reopen/12/ccomp PUNCT/./3/punct"},
			people: []person{weller, council},
			cue:    "said",
			want:   "council",
		},
		{
			name: "an infinitive after the object of prompt read as a clause of purpose",
			text: "The complaints prompted the mayor at a hearing in Leeds to order an audit into its ferry levy.",
			parse: []string{"DET/the/2/det NOUN/complaint/3/nsubj VERB:VBD/prompt/0/root DET/the/5/det NOUN/mayor/3/obj " +
				"ADP/at/8/case DET/a/8/det NOUN/hearing/3/obl ADP/in/10/case PROPN/Leeds/3/obl PART/to/12/mark " +
				"VERB:VB/order/3/advcl DET/an/14/det NOUN/audit/12/obj ADP/into/18/case PRON/its/18/nmod:poss NOUN/ferry/18/compound NOUN/levy/14/nmod PUNCT/./3/punct"},
			people: []person{{"mayor", []string{"the mayor"}}, {"GPE:Leeds", []string{"Leeds"}}},
			cue:    "order",
			want:   "mayor",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestSubjectOfJoinedClause checks the subject of a verb joined to
// another by "and" or "but" over two parse mistakes: the subject of the
// verb's complement hung on the verb ("praised the plan and said the
// mayor can …"), and the verb's own subject hung on a noun of the clause
// before ("…, and Tom Weller refused …").
func TestSubjectOfJoinedClause(t *testing.T) {
	tests := []speakerCase{
		{
			name: "the complement's subject hung on the joined verb",
			text: "Ana Ruiz praised the ferry plan and said the mayor can fix the harbour.",
			parse: []string{"PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/praise/0/root DET/the/6/det NOUN/ferry/6/compound " +
				"NOUN/plan/3/obj CCONJ/and/8/cc VERB:VBD/say/3/conj DET/the/10/det NOUN/mayor/8/nsubj AUX:MD/can/12/aux " +
				"VERB:VB/fix/8/ccomp DET/the/14/det NOUN/harbour/12/obj PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"mayor", []string{"the mayor"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "the joined verb's subject hung on a noun before it",
			text: "The board kept the old staff that Lee hired with Ruiz, and Tom Weller refused to sign it.",
			parse: []string{"DET/the/2/det NOUN/board/3/nsubj VERB:VBD/keep/0/root DET/the/6/det ADJ/old/6/amod NOUN/staff/3/obj " +
				"PRON/that/9/obj PROPN/Lee/9/nsubj VERB:VBD/hire/6/acl:relcl ADP/with/11/case PROPN/Ruiz/9/obl PUNCT/,/14/punct " +
				"CCONJ/and/14/cc PROPN/Tom/11/conj PROPN/Weller/14/flat VERB:VBD/refuse/3/conj PART/to/18/mark " +
				"VERB:VB/sign/16/xcomp PRON/it/18/obj PUNCT/./3/punct"},
			people: []person{{"ORG:board", []string{"board"}}, {"Bo Lee", []string{"Lee"}}, {"Ana Ruiz", []string{"Ruiz"}},
				{"Tom Weller", []string{"Tom Weller"}}},
			cue:  "refused",
			want: "Tom Weller",
		},
		{
			name: "past a time between the subject and the joined verb",
			text: "The council was wary but Ana Ruiz last week said the fee must go.",
			parse: []string{"DET/the/2/det NOUN/council/4/nsubj AUX:VBD/be/4/cop ADJ/wary/0/root CCONJ/but/10/cc PROPN/Ana/2/conj " +
				"PROPN/Ruiz/6/flat ADJ/last/9/amod NOUN/week/10/obl:tmod VERB:VBD/say/4/conj DET/the/12/det NOUN/fee/14/nsubj " +
				"AUX:MD/must/14/aux VERB:VB/go/10/ccomp PUNCT/./4/punct"},
			people: []person{{"ORG:council", []string{"council"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestPronounTakesSubjectOverObject checks an open "he" after a sentence
// naming two men: the one who acted (its subject) goes on speaking, not
// the one met, though he was named last.
func TestPronounTakesSubjectOverObject(t *testing.T) {
	txt := "Tom Weller met Bo Lee at the port on Monday. “The ferry will run,” he said."
	parse := []string{
		"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/meet/0/root PROPN/Bo/3/obj PROPN/Lee/4/flat ADP/at/8/case " +
			"DET/the/8/det NOUN/port/3/obl ADP/on/10/case PROPN/Monday/3/obl PUNCT/./3/punct",
		"PUNCT/“/5/punct DET/the/3/det NOUN/ferry/5/nsubj AUX:MD/will/5/aux VERB:VB/run/9/ccomp PUNCT/,/5/punct " +
			"PUNCT/”/5/punct PRON/he/9/nsubj VERB:VBD/say/0/root PUNCT/./9/punct",
	}
	d := parsedDoc(t, txt, parse, person{"Tom Weller", []string{"Tom Weller"}}, person{"Bo Lee", []string{"Bo Lee"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteDirect, text: "The ferry will run,", speaker: "Tom Weller", cue: "said"})
}

// TestQuantityWordSubject checks a quantity word that the tagger made a
// determiner or adverb: standing alone before the verb it is the subject
// (people counted elsewhere); after a subject it floats, and the subject
// speaks.
func TestQuantityWordSubject(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       string
	}{
		{
			name: "alone after a fronted phrase",
			text: "After the vote, most agreed that the fee was too high.",
			parse: []string{"ADP/after/3/case DET/the/3/det NOUN/vote/6/obl PUNCT/,/3/punct ADJ/most/6/advmod VERB:VBD/agree/0/root " +
				"SCONJ/that/12/mark DET/the/9/det NOUN/fee/12/nsubj AUX:VBD/be/12/cop ADV/too/12/advmod ADJ/high/6/ccomp PUNCT/./6/punct"},
			want: "most",
		},
		{
			name: "floating after the subject",
			text: "The nurses have all agreed that the fee was too high.",
			parse: []string{"DET/the/2/det NOUN/nurse/5/obl AUX:VBP/have/5/aux DET/all/5/advmod VERB:VBN/agree/0/root " +
				"SCONJ/that/11/mark DET/the/8/det NOUN/fee/11/nsubj AUX:VBD/be/11/cop ADV/too/11/advmod ADJ/high/5/ccomp PUNCT/./5/punct"},
			people: []person{{"GROUP:nurses", []string{"The nurses"}}},
			want:   "nurses",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			checkCueSpeaker(t, d, "agreed", tt.want)
		})
	}
}

// TestFrontedNounHolder checks a noun cue in a phrase set before the main
// clause: its holder is the main clause's subject, when the parse gives it
// none or only a possessive pronoun.
func TestFrontedNounHolder(t *testing.T) {
	tests := []speakerCase{
		{
			name: "an apposition set before the subject",
			text: "A fierce critic of the ferry levy, Ana Ruiz has asked the council to scrap it.",
			parse: []string{"DET/a/3/det ADJ/fierce/3/amod NOUN/critic/12/obl ADP/of/7/case DET/the/7/det NOUN/ferry/7/compound " +
				"NOUN/levy/3/nmod PUNCT/,/3/punct PROPN/Ana/12/nsubj PROPN/Ruiz/9/flat AUX:VBZ/have/12/aux VERB:VBN/ask/0/root " +
				"DET/the/14/det NOUN/council/12/obj PART/to/16/mark VERB:VB/scrap/12/xcomp PRON/it/16/obj PUNCT/./12/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "critic",
			want:   "Ana Ruiz",
		},
		{
			name: "a possessive pronoun in a fronted phrase",
			text: "Despite his doubts about the levy, Tom Weller voted for it.",
			parse: []string{"ADP/despite/3/case PRON/he/3/nmod:poss NOUN/doubt/10/obl ADP/about/6/case DET/the/6/det " +
				"NOUN/levy/3/nmod PUNCT/,/3/punct PROPN/Tom/10/nsubj PROPN/Weller/8/flat VERB:VBD/vote/0/root " +
				"ADP/for/12/case PRON/it/10/obl PUNCT/./10/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			cue:    "doubts",
			want:   "Tom Weller",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestAgentOfHandlingIsNoSpeaker checks a document described by a past
// participle whose agent only came by it ("a memo seen by reporters"):
// when the parse loses the verb's subject, the document (and through it
// its author) speaks, not the agent next to the verb.
func TestAgentOfHandlingIsNoSpeaker(t *testing.T) {
	txt := "A memo from the union seen by reporters warns that the ferry will close."
	parse := []string{"DET/a/2/det NOUN/memo/6/nsubj ADP/from/5/case DET/the/5/det NOUN/union/2/nmod VERB:VBN/see/9/ccomp " +
		"ADP/by/8/case NOUN/reporter/6/obl:agent VERB:VBZ/warn/0/root SCONJ/that/14/mark DET/the/12/det NOUN/ferry/14/nsubj " +
		"AUX:MD/will/14/aux VERB:VB/close/9/ccomp PUNCT/./9/punct"}
	d := parsedDoc(t, txt, parse, person{"ORG:union", []string{"the union"}}, person{"GROUP:reporters", []string{"reporters"}})
	runQuotes(t, d)
	checkCueSpeaker(t, d, "warns", "union")
}
