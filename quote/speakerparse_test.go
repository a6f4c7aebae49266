package quote

import (
	"testing"
)

// TestSpeakerOverParseErrors checks speakers found over parser mistakes
// laid by hand on sentences written for this test, so that the rules hold
// whatever the parser of the day does with them.
func TestSpeakerOverParseErrors(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a name read as a passive auxiliary before the verb",
			text: "Okafor said the levy was unfair.",
			parse: []string{"AUX/Okafor/2/aux:pass VERB:VBD/say/0/root DET/the/4/det NOUN/levy/6/nsubj AUX:VBD/be/6/cop " +
				"ADJ/unfair/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Ada Okafor", []string{"Okafor"}}},
			cue:    "said",
			want:   "Ada Okafor",
		},
		{
			name: "an infinitive in the description of a speaker after the quotation",
			text: "“Tenants won today,” Ana Ruiz, the lawyer hired to fight the rule, said.",
			parse: []string{"PUNCT/\"/3/punct NOUN/tenant/3/nsubj VERB:VBD/win/0/root NOUN/today/3/obl:tmod PUNCT/,/3/punct " +
				"PUNCT/\"/3/punct PROPN/Ana/3/obj PROPN/Ruiz/7/flat PUNCT/,/11/punct DET/the/11/det NOUN/lawyer/7/appos " +
				"VERB:VBN/hire/11/acl PART/to/14/mark VERB:VB/fight/3/advcl DET/the/16/det NOUN/rule/14/obj " +
				"PUNCT/,/18/punct VERB:VBD/say/3/conj PUNCT/./3/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "a name read as a modal after a fronted adverb",
			text: "Instead, Will urged the council to wait.",
			parse: []string{"ADV/instead/4/advmod PUNCT/,/1/punct AUX:MD/will/4/aux VERB:VBD/urge/0/root DET/the/6/det " +
				"NOUN/council/4/obj PART/to/8/mark VERB:VB/wait/4/xcomp PUNCT/./4/punct"},
			people: []person{{"Jo Will", []string{"Will"}}},
			cue:    "urged",
			want:   "Jo Will",
		},
		{
			name: "an auxiliary that is no name is passed over to the noun before it",
			text: "Nurses may now argue that the levy is unfair.",
			parse: []string{"NOUN/nurse/4/obl AUX:MD/may/4/aux ADV/now/4/advmod VERB:VB/argue/0/root SCONJ/that/9/mark " +
				"DET/the/7/det NOUN/levy/9/nsubj AUX:VBZ/be/9/cop ADJ/unfair/4/ccomp PUNCT/./4/punct"},
			cue:  "argue",
			want: "Nurses",
		},
		{
			name: "a second apposition the parse made a subject does not speak",
			text: "Ana Ruiz, the mayor of Leeds, a port on the coast, said the ferry would run.",
			parse: []string{"PROPN/Ana/15/nsubj PROPN/Ruiz/1/flat PUNCT/,/5/punct DET/the/5/det NOUN/mayor/1/appos " +
				"ADP/of/7/case PROPN/Leeds/5/nmod PUNCT/,/10/punct DET/a/10/det NOUN/port/15/nsubj ADP/on/13/case " +
				"DET/the/13/det NOUN/coast/10/nmod PUNCT/,/10/punct VERB:VBD/say/0/root DET/the/17/det NOUN/ferry/19/nsubj " +
				"AUX:MD/would/19/aux VERB:VB/run/15/ccomp PUNCT/./15/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "a subject set between commas before the verb still speaks",
			text: "Leeds, the mayor said, gave her nothing.",
			parse: []string{"PROPN/Leeds/5/nsubj PUNCT/,/4/punct DET/the/4/det NOUN/mayor/5/nsubj VERB:VBD/say/0/root " +
				"PUNCT/,/7/punct VERB:VBD/give/5/ccomp PRON/she/7/iobj PRON/nothing/7/obj PUNCT/./5/punct"},
			people: []person{{"ORG:Leeds", []string{"Leeds"}}, {"PERSON:mayor", []string{"the mayor"}}},
			cue:    "said",
			want:   "mayor",
		},
		{
			name: "they after two names joined by and is the two",
			text: "Mr. Lee and Ana Ruiz toured the docks. They said the fees were too high.",
			parse: []string{"PROPN/Mr./2/nmod:desc PROPN/Lee/6/nsubj CCONJ/and/5/cc PROPN/Ana/5/compound PROPN/Ruiz/2/conj " +
				"VERB:VBD/tour/0/root DET/the/8/det NOUN/dock/6/obj PUNCT/./6/punct",
				"PRON/they/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/fee/7/nsubj AUX:VBD/be/7/cop ADV/too/7/advmod " +
					"ADJ/high/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Bo Lee", []string{"Lee"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Mr. Lee and Ana Ruiz",
		},
		{
			name: "they after names joined by or is no one",
			text: "Lee or Ruiz toured the docks. They said the fees were too high.",
			parse: []string{"PROPN/Lee/4/nsubj CCONJ/or/3/cc PROPN/Ruiz/1/conj " +
				"VERB:VBD/tour/0/root DET/the/6/det NOUN/dock/4/obj PUNCT/./4/punct",
				"PRON/they/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/fee/7/nsubj AUX:VBD/be/7/cop ADV/too/7/advmod " +
					"ADJ/high/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Bo Lee", []string{"Lee"}}, {"Ana Ruiz", []string{"Ruiz"}}},
			cue:    "said",
			want:   "",
		},
		{
			name: "it that states after a document is the document",
			text: "The memo was sent on Friday. It states that the fees will rise.",
			parse: []string{"DET/the/2/det NOUN:NN/memo/4/nsubj:pass AUX:VBD/be/4/aux:pass VERB:VBN/send/0/root ADP/on/6/case " +
				"PROPN/Friday/4/obl PUNCT/./4/punct",
				"PRON/it/2/nsubj VERB:VBZ/state/0/root SCONJ/that/7/mark DET/the/5/det NOUN/fee/7/nsubj AUX:MD/will/7/aux " +
					"VERB:VB/rise/2/ccomp PUNCT/./2/punct"},
			cue:  "states",
			want: "memo",
		},
		{
			name: "it after a document and a body nearer is no one",
			text: "The memo forced the council to act. It states that the fees will rise.",
			parse: []string{"DET/the/2/det NOUN:NN/memo/3/nsubj VERB:VBD/force/0/root DET/the/5/det NOUN:NN/council/3/obj " +
				"PART/to/7/mark VERB:VB/act/3/xcomp PUNCT/./3/punct",
				"PRON/it/2/nsubj VERB:VBZ/state/0/root SCONJ/that/7/mark DET/the/5/det NOUN/fee/7/nsubj AUX:MD/will/7/aux " +
					"VERB:VB/rise/2/ccomp PUNCT/./2/punct"},
			cue:  "states",
			want: "",
		},
		{
			name: "he given a name from inside the quotation it introduces is open",
			text: "Tom Weller spoke to traders. \"Ruiz will fix the fees,\" he said.",
			parse: []string{"PROPN/Tom/3/nsubj PROPN/Weller/1/flat VERB:VBD/speak/0/root ADP/to/5/case NOUN/trader/3/obl PUNCT/./3/punct",
				"PUNCT/\"/4/punct PROPN/Ruiz/4/nsubj AUX:MD/will/4/aux VERB:VB/fix/10/ccomp DET/the/6/det NOUN/fee/4/obj " +
					"PUNCT/,/4/punct PUNCT/\"/4/punct PRON/he/10/nsubj VERB:VBD/say/0/root PUNCT/./10/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}, {"Ana Ruiz", []string{"Ruiz", "he"}}},
			cue:    "said",
			want:   "Tom Weller",
		},
		{
			name: "she after a sentence that opens with another woman's name is hers",
			text: "\"The fees are too high,\" Ana Ruiz said. Maria Lopez, a baker, disagreed. \"They are fair,\" she added.",
			parse: []string{"PUNCT/\"/6/punct DET/the/3/det NOUN/fee/6/nsubj AUX:VBP/be/6/cop ADV/too/6/advmod ADJ/high/11/ccomp " +
				"PUNCT/,/6/punct PUNCT/\"/6/punct PROPN/Ana/11/nsubj PROPN/Ruiz/9/flat VERB:VBD/say/0/root PUNCT/./11/punct",
				"PROPN/Maria/7/nsubj PROPN/Lopez/1/flat PUNCT/,/5/punct DET/a/5/det NOUN/baker/1/appos PUNCT/,/1/punct " +
					"VERB:VBD/disagree/0/root PUNCT/./7/punct",
				"PUNCT/\"/4/punct PRON/they/4/nsubj AUX:VBP/be/4/cop ADJ/fair/8/ccomp PUNCT/,/4/punct PUNCT/\"/4/punct " +
					"PRON/she/8/nsubj VERB:VBD/add/0/root PUNCT/./8/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Maria Lopez", []string{"Maria Lopez"}}},
			cue:    "added",
			want:   "Maria Lopez",
		},
		{
			name: "he given to a trust named in the last speaker's description goes to that speaker",
			text: "“Prices will fall,” said Tom Weller, head of the Quarry Lane Trust. “Buyers will return,” he added.",
			parse: []string{"PUNCT/\"/4/punct NOUN/price/4/nsubj AUX:MD/will/4/aux VERB:VB/fall/7/ccomp PUNCT/,/4/punct " +
				"PUNCT/\"/4/punct VERB:VBD/say/0/root PROPN/Tom/7/nsubj PROPN/Weller/8/flat PUNCT/,/11/punct NOUN/head/8/appos " +
				"ADP/of/16/case DET/the/16/det PROPN/Quarry/16/compound PROPN/Lane/16/compound PROPN/Trust/11/nmod PUNCT/./7/punct",
				"PUNCT/\"/4/punct NOUN/buyer/4/nsubj AUX:MD/will/4/aux VERB:VB/return/8/ccomp PUNCT/,/4/punct " +
					"PUNCT/\"/4/punct PRON/he/8/nsubj VERB:VBD/add/0/root PUNCT/./8/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}, {"Quarry Lane Trust", []string{"Quarry Lane Trust", "he"}}},
			cue:    "added",
			want:   "Tom Weller",
		},
		{
			name: "he stays with a man brought in as a subject after the last quote",
			text: "“Prices will fall,” said Tom Weller. Later Jim Hart spoke. “Buyers will return,” he added.",
			parse: []string{"PUNCT/\"/4/punct NOUN/price/4/nsubj AUX:MD/will/4/aux VERB:VB/fall/7/ccomp PUNCT/,/4/punct " +
				"PUNCT/\"/4/punct VERB:VBD/say/0/root PROPN/Tom/7/nsubj PROPN/Weller/8/flat PUNCT/./7/punct",
				"ADV/later/4/advmod PROPN/Jim/4/nsubj PROPN/Hart/2/flat VERB:VBD/speak/0/root PUNCT/./4/punct",
				"PUNCT/\"/4/punct NOUN/buyer/4/nsubj AUX:MD/will/4/aux VERB:VB/return/8/ccomp PUNCT/,/4/punct " +
					"PUNCT/\"/4/punct PRON/he/8/nsubj VERB:VBD/add/0/root PUNCT/./8/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}, {"Jim Hart", []string{"Jim Hart", "he"}}},
			cue:    "added",
			want:   "Jim Hart",
		},
		{
			name: "a body heading a title run yields to the person after the title",
			text: "Harbour Board chairman Ana Ruiz said the fees would rise.",
			parse: []string{"PROPN/Harbour/6/nsubj PROPN/Board/1/flat NOUN/chairman/1/flat PROPN/Ana/1/flat PROPN/Ruiz/1/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/fee/10/nsubj AUX:MD/would/10/aux VERB:VB/rise/6/ccomp PUNCT/./6/punct"},
			people: []person{{"ORG:Harbour Board", []string{"Harbour Board"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "a title noun and the name after it both parsed as subjects: the name speaks",
			text: "The firm's lawyer Ana Ruiz said the fees would rise.",
			parse: []string{"DET/the/2/det NOUN/firm/4/nmod:poss PART/'s/2/case NOUN/lawyer/7/nsubj PROPN/Ana/7/nsubj " +
				"PROPN/Ruiz/5/flat VERB:VBD/say/0/root DET/the/9/det NOUN/fee/11/nsubj AUX:MD/would/11/aux " +
				"VERB:VB/rise/7/ccomp PUNCT/./7/punct"},
			people: []person{{"firm's lawyer", []string{"The firm's lawyer"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "the tail of a body's name parsed as a second subject is no name after the title",
			text: "A spokeswoman for Dunmore Ferry Watch said the fees would rise.",
			parse: []string{"DET/a/2/det NOUN/spokeswoman/7/nsubj ADP/for/5/case PROPN/Dunmore/5/compound PROPN/Ferry/2/nmod " +
				"PRON/watch/7/nsubj VERB:VBD/say/0/root DET/the/9/det NOUN/fee/11/nsubj AUX:MD/would/11/aux " +
				"VERB:VB/rise/7/ccomp PUNCT/./7/punct"},
			people: []person{{"spokeswoman", []string{"spokeswoman"}}, {"ORG:Dunmore Ferry Watch", []string{"Dunmore Ferry Watch"}}},
			cue:    "said",
			want:   "spokeswoman",
		},
		{
			name: "a club typed a person heading a title run yields to the person after the title",
			text: "“We will appeal,” said Dunmore boss Tom Weller.",
			parse: []string{"PUNCT/\"/4/punct PRON/we/4/nsubj AUX:MD/will/4/aux VERB:VB/appeal/7/ccomp PUNCT/,/4/punct " +
				"PUNCT/\"/4/punct VERB:VBD/say/0/root PROPN/Dunmore/7/nsubj NOUN/boss/10/nmod:desc PROPN/Tom/8/flat " +
				"PROPN/Weller/10/flat PUNCT/./7/punct"},
			people: []person{{"Dunmore", []string{"Dunmore"}}, {"Tom Weller", []string{"Tom Weller"}}},
			cue:    "said",
			want:   "Tom Weller",
		},
		{
			name: "a name between commas closing a title's phrase speaks, not the title's own mention",
			text: "The head of the Dunmore Harbour Board, Ana Ruiz, said the fees would rise.",
			parse: []string{"DET/the/2/det NOUN/head/12/nsubj ADP/of/7/case DET/the/7/det PROPN/Dunmore/7/compound " +
				"PROPN/Harbour/7/compound PROPN/Board/2/nmod PUNCT/,/9/punct PROPN/Ana/7/conj PROPN/Ruiz/9/flat " +
				"PUNCT/,/2/punct VERB:VBD/say/0/root DET/the/14/det NOUN/fee/16/nsubj AUX:MD/would/16/aux " +
				"VERB:VB/rise/12/ccomp PUNCT/./12/punct"},
			people: []person{{"head", []string{"head"}}, {"ORG:Dunmore Harbour Board", []string{"Dunmore Harbour Board"}},
				{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:  "said",
			want: "Ana Ruiz",
		},
		{
			name: "a title the tagger made a body yields to the name in apposition",
			text: "Dunmore Ambassador to Ruritania Ana Ruiz said the talks had stalled.",
			parse: []string{"PROPN/Dunmore/2/compound PROPN/Ambassador/7/nsubj ADP/to/4/case PROPN/Ruritania/2/nmod " +
				"PROPN/Ana/2/appos PROPN/Ruiz/5/flat VERB:VBD/say/0/root DET/the/9/det NOUN/talk/11/nsubj " +
				"AUX:VBD/have/11/aux VERB:VBN/stall/7/ccomp PUNCT/./7/punct"},
			people: []person{{"ORG:Dunmore Ambassador", []string{"Dunmore Ambassador"}}, {"GPE:Ruritania", []string{"Ruritania"}},
				{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:  "said",
			want: "Ana Ruiz",
		},
		{
			name: "an open he after a new name that opens its sentence behind its title",
			text: "“Fees will rise,” Tom Baker told us. Shadow health secretary Tom Weller disagreed. “They will fall,” he added.",
			parse: []string{"PUNCT/\"/4/punct NOUN/fee/4/nsubj AUX:MD/will/4/aux VERB:VB/rise/9/ccomp PUNCT/,/4/punct " +
				"PUNCT/\"/4/punct PROPN/Tom/9/nsubj PROPN/Baker/7/flat VERB:VBD/tell/0/root PRON/we/9/obj PUNCT/./9/punct",
				"ADJ/shadow/3/amod NOUN/health/3/compound NOUN/secretary/6/nsubj PROPN/Tom/3/appos PROPN/Weller/4/flat " +
					"VERB:VBD/disagree/0/root PUNCT/./6/punct",
				"PUNCT/\"/4/punct PRON/they/4/nsubj AUX:MD/will/4/aux VERB:VB/fall/8/ccomp PUNCT/,/4/punct " +
					"PUNCT/\"/4/punct PRON/he/8/nsubj VERB:VBD/add/0/root PUNCT/./8/punct"},
			people: []person{{"Tom Baker", []string{"Tom Baker"}}, {"Tom Weller", []string{"Tom Weller"}}},
			cue:    "added",
			want:   "Tom Weller",
		},
		{
			name: "a body the tagger typed a person, listed after a person's description, does not speak for her",
			text: "Ana Ruiz, spokeswoman for software firm Dunmore Code, said the fees would rise.",
			parse: []string{"PROPN/Ana/11/nsubj PROPN/Ruiz/1/flat PUNCT/,/4/punct NOUN/spokeswoman/1/appos ADP/for/7/case " +
				"NOUN/software/7/compound NOUN/firm/4/nmod PROPN/Dunmore/1/list PROPN/Code/8/flat PUNCT/,/1/punct " +
				"VERB:VBD/say/0/root DET/the/13/det NOUN/fee/15/nsubj AUX:MD/would/15/aux VERB:VB/rise/11/ccomp PUNCT/./11/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"Dunmore Code", []string{"Dunmore Code"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "a title names the person set beside it, not the body before it",
			text: "The Harbour Board leader, Ana Ruiz, said the fees would rise.",
			parse: []string{"DET/the/4/det PROPN/Harbour/4/compound PROPN/Board/2/flat NOUN/leader/9/nsubj PUNCT/,/7/punct " +
				"PROPN/Ana/7/compound PROPN/Ruiz/4/appos PUNCT/,/7/punct VERB:VBD/say/0/root DET/the/11/det NOUN/fee/13/nsubj " +
				"AUX:MD/would/13/aux VERB:VB/rise/9/ccomp PUNCT/./9/punct"},
			people: []person{{"ORG:Harbour Board", []string{"Harbour Board"}}, {"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "a quantity of people speaks, not the name inside it",
			text: "Many of Ruiz's backers said the plan was sound.",
			parse: []string{"ADJ/many/6/nsubj ADP/of/5/case PROPN/Ruiz/5/nmod:poss PART/'s/3/case NOUN:NNS/backer/1/nmod " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/plan/10/nsubj AUX:VBD/be/10/cop ADJ/sound/6/ccomp PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			cue:    "said",
			want:   "Many of Ruiz's backers",
		},
		{
			name: "a quantity of things does not speak over the name inside it",
			text: "One of Ruiz's ideas said little about the port.",
			parse: []string{"NUM/one/6/nsubj ADP/of/5/case PROPN/Ruiz/5/nmod:poss PART/'s/3/case NOUN:NNS/idea/1/nmod " +
				"VERB:VBD/say/0/root ADJ/little/6/obj ADP/about/10/case DET/the/10/det NOUN/port/7/nmod PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			cue:    "said",
			want:   "Ana Ruiz",
		},
		{
			name: "the author of a document after according to speaks",
			text: "The ferry will stop, according to a letter on Friday by Ana Ruiz.",
			parse: []string{"DET/the/2/det NOUN/ferry/4/nsubj AUX:MD/will/4/aux VERB:VB/stop/0/root PUNCT/,/6/punct " +
				"VERB:VBG/accord/4/advcl ADP/to/6/fixed DET/a/9/det NOUN/letter/6/obj ADP/on/11/case PROPN/Friday/6/obl " +
				"ADP/by/14/case PROPN/Ana/14/compound PROPN/Ruiz/11/nmod PUNCT/./4/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "according to",
			want:   "Ana Ruiz",
		},
		{
			name: "the body that released a statement speaks through it",
			text: "A statement released by the union said the fees would rise.",
			parse: []string{"DET/a/2/det NOUN/statement/7/nsubj VERB:VBN/release/2/acl ADP/by/6/case DET/the/6/det " +
				"NOUN/union/3/obl:agent VERB:VBD/say/0/root DET/the/9/det NOUN/fee/11/nsubj AUX:MD/would/11/aux " +
				"VERB:VB/rise/7/ccomp PUNCT/./7/punct"},
			people: []person{{"ORG:union", []string{"the union"}}},
			cue:    "said",
			want:   "union",
		},
		{
			name: "an author with no entity of its own gets one",
			text: "The ferry will stop, according to a statement from the ministry.",
			parse: []string{"DET/the/2/det NOUN/ferry/4/nsubj AUX:MD/will/4/aux VERB:VB/stop/0/root PUNCT/,/6/punct " +
				"VERB:VBG/accord/4/advcl ADP/to/6/fixed DET/a/9/det NOUN/statement/6/obj ADP/from/12/case DET/the/12/det " +
				"NOUN/ministry/9/nmod PUNCT/./4/punct"},
			cue:  "according to",
			want: "ministry",
		},
		{
			name: "a determiner before a day is a time, not the subject",
			text: "This Friday Ana Ruiz backed the plan, saying the fees would fall.",
			parse: []string{"DET/this/5/nsubj PROPN/Friday/5/obl:unmarked PROPN/Ana/4/compound PROPN/Ruiz/5/nsubj " +
				"VERB:VBD/back/0/root DET/the/7/det NOUN/plan/5/obj PUNCT/,/9/punct VERB:VBG/say/5/advcl DET/the/11/det " +
				"NOUN/fee/13/nsubj AUX:MD/would/13/aux VERB:VB/fall/9/ccomp PUNCT/./5/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "saying",
			want:   "Ana Ruiz",
		},
		{
			name: "an inverted speaker behind a title word read as a verb",
			text: "\"Fees will rise,\" said research fellow Tom Weller.",
			parse: []string{"PUNCT/\"/4/punct NOUN/fee/4/nsubj AUX:MD/will/4/aux VERB:VB/rise/0/root PUNCT/,/4/punct " +
				"PUNCT/\"/4/punct VERB:VBD/say/4/conj VERB:VB/research/7/xcomp ADJ/fellow/11/amod PROPN/Tom/11/compound " +
				"PROPN/Weller/8/obj PUNCT/./4/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			cue:    "said",
			want:   "Tom Weller",
		},
		{
			name: "an inverted speaker counted by a number",
			text: "\"Nobody saw it coming,\" said one analyst.",
			parse: []string{"PUNCT/\"/3/punct PRON/nobody/3/nsubj VERB:VBD/see/8/ccomp PRON/it/3/obj VERB:VBG/come/3/xcomp " +
				"PUNCT/,/3/punct PUNCT/\"/3/punct VERB:VBD/say/0/root NUM/one/10/nummod NOUN/analyst/8/obl PUNCT/./8/punct"},
			people: []person{{"PERSON:analyst", []string{"one analyst"}}},
			cue:    "said",
			want:   "analyst",
		},
		{
			name: "each after names joined by and is the names together",
			text: "Lee and Ruiz spoke on Monday, each saying the fees were too high.",
			parse: []string{"PROPN/Lee/4/nsubj CCONJ/and/3/cc PROPN/Ruiz/1/conj VERB:VBD/speak/0/root ADP/on/6/case " +
				"PROPN/Monday/4/obl PUNCT/,/9/punct DET/each/9/det VERB:VBG/say/4/advcl DET/the/11/det NOUN/fee/14/nsubj " +
				"AUX:VBD/be/14/cop ADV/too/14/advmod ADJ/high/9/ccomp PUNCT/./4/punct"},
			people: []person{{"Bo Lee", []string{"Lee"}}, {"Ana Ruiz", []string{"Ruiz"}}},
			cue:    "saying",
			want:   "Lee and Ruiz",
		},
	}
	checkSpeakerCases(t, tests)
}

// TestClaimedPrizeIsNoQuote checks that "claim" with a prize for its object
// is winning, not saying, while "claim" with a clause still reports.
func TestClaimedPrizeIsNoQuote(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       bool // a quote cued by "claimed"
	}{
		{
			name:  "a title won",
			text:  "Ana Ruiz claimed her third title on Sunday.",
			parse: []string{"PROPN/Ana/2/compound PROPN/Ruiz/3/nsubj VERB:VBD/claim/0/root PRON/she/6/nmod:poss ADJ/third/6/amod NOUN/title/3/obj ADP/on/8/case PROPN/Sunday/3/obl PUNCT/./3/punct"},
		},
		{
			name: "a clause claimed",
			text: "Ana Ruiz claimed that the ferry was late.",
			parse: []string{"PROPN/Ana/2/compound PROPN/Ruiz/3/nsubj VERB:VBD/claim/0/root SCONJ/that/8/mark DET/the/6/det " +
				"NOUN/ferry/8/nsubj AUX:VBD/be/8/cop ADJ/late/3/ccomp PUNCT/./3/punct"},
			want: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Ruiz", []string{"Ana Ruiz"}})
			runQuotes(t, d)
			got := false
			for _, g := range describe(d, d.Quotes) {
				got = got || g.cue == "claimed"
			}
			if got != tt.want {
				t.Errorf("quote cued by claimed: got %v, want %v (quotes %+v)", got, tt.want, describe(d, d.Quotes))
			}
		})
	}
}
