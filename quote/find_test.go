package quote

import (
	"testing"

	"dateline/text"
)

// Each case is a sentence written for this test, with its Universal
// Dependencies parse written by hand, so a failure here is a failure of the
// quote rules, not of the parser.
func TestFindOnHandParses(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		parse  []string
		people []person
		want   []got
	}{
		{
			name: "direct quote with the speaker after it",
			text: "“We will rebuild the bridge,” Ruiz said on Tuesday.",
			parse: []string{"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/rebuild/10/ccomp DET/the/6/det NOUN/bridge/4/obj " +
				"PUNCT/,/4/punct PUNCT/”/4/punct PROPN/Ruiz/10/nsubj VERB/say/0/root ADP/on/12/case PROPN/Tuesday/10/obl PUNCT/./10/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []got{{text.QuoteDirect, "We will rebuild the bridge,", "Ana Ruiz", "said", ""}},
		},
		{
			name: "inverted cue with an apposition after the name",
			text: "“The river is rising,” said Tom Weller, a farmer.",
			parse: []string{"PUNCT/“/5/punct DET/the/3/det NOUN/river/5/nsubj AUX/be/5/aux VERB/rise/8/ccomp PUNCT/,/5/punct " +
				"PUNCT/”/5/punct VERB/say/0/root PROPN/Tom/8/nsubj PROPN/Weller/9/flat PUNCT/,/13/punct DET/a/13/det NOUN/farmer/9/appos PUNCT/./8/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			want:   []got{{text.QuoteDirect, "The river is rising,", "Tom Weller", "said", ""}},
		},
		{
			name: "colon introduction names the listener",
			text: "Okafor told reporters: “Prices will fall.”",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/tell/0/root NOUN/reporter/2/obj PUNCT/:/8/punct PUNCT/“/8/punct " +
				"NOUN/price/8/nsubj AUX/will/8/aux VERB/fall/2/parataxis PUNCT/./8/punct PUNCT/”/8/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}, {"reporters", []string{"reporters"}}},
			want:   []got{{text.QuoteDirect, "Prices will fall.", "Grace Okafor", "told", "reporters"}},
		},
		{
			name: "the place where the listeners are is not the listener",
			text: "Okafor told reporters at City Hall that prices will fall.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/tell/0/root NOUN/reporter/2/obj ADP/at/6/case PROPN/City/6/compound PROPN/Hall/3/nmod " +
				"SCONJ/that/10/mark NOUN/price/10/nsubj AUX/will/10/aux VERB/fall/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}, {"FAC:City Hall", []string{"City Hall"}}},
			want:   []got{{text.QuoteIndirect, "that prices will fall", "Grace Okafor", "told", ""}},
		},
		{
			name: "a time word the parse put inside a that-clause is the verb's",
			text: "Okafor said Monday that the ferry will stop.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/say/0/root PROPN/Monday/8/obl SCONJ/that/8/mark DET/the/6/det " +
				"NOUN/ferry/8/nsubj AUX/will/8/aux VERB/stop/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "that the ferry will stop", "Grace Okafor", "said", ""}},
		},
		{
			name: "a fronted phrase the parse hung on the verb belongs to its complement",
			text: "Okafor says before the storm, the ferry will stop.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/say/0/root ADP/before/5/case DET/the/5/det NOUN/storm/2/obl PUNCT/,/10/punct " +
				"DET/the/8/det NOUN/ferry/10/nsubj AUX/will/10/aux VERB/stop/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "before the storm, the ferry will stop", "Grace Okafor", "says", ""}},
		},
		{
			name: "quote interrupted by its attribution mid-sentence is one quote",
			text: "Lee ran. “We tried,” she said, “but the road was closed.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB/run/0/root PUNCT/./2/punct",
				"PUNCT/“/3/punct PRON/we/3/nsubj VERB/try/7/ccomp PUNCT/,/3/punct PUNCT/”/3/punct PRON/she/7/nsubj VERB/say/0/root " +
					"PUNCT/,/14/punct PUNCT/“/14/punct CCONJ/but/14/cc DET/the/12/det NOUN/road/14/nsubj:pass AUX/be/14/aux:pass " +
					"VERB/close/7/parataxis PUNCT/./14/punct PUNCT/”/14/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			want: []got{
				{text.QuoteDirect, "We tried but the road was closed.", "Mia Lee", "said", ""},
			},
		},
		{
			name: "a quotation resumed after an attribution with an aside is one quote",
			text: "“Every plan,” Lee said, waving a map, “has a cost.”",
			parse: []string{"PUNCT/“/3/punct DET/every/3/det NOUN/plan/7/ccomp PUNCT/,/3/punct PUNCT/”/3/punct PROPN/Lee/7/nsubj VERB/say/0/root " +
				"PUNCT/,/9/punct VERB/wave/7/advcl DET/a/11/det NOUN/map/9/obj PUNCT/,/14/punct PUNCT/“/14/punct VERB/have/7/parataxis " +
				"DET/a/16/det NOUN/cost/14/obj PUNCT/./7/punct PUNCT/”/14/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteDirect, "Every plan has a cost.", "Mia Lee", "said", ""}},
		},
		{
			name: "an attribution with a time and place does not end the quotation",
			text: "“The vote was fair,” Lee said on Tuesday at the town hall. “Nobody was turned away.”",
			parse: []string{"PUNCT/“/5/punct DET/the/3/det NOUN/vote/5/nsubj AUX/be/5/cop ADJ/fair/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct " +
				"PROPN/Lee/9/nsubj VERB/say/0/root ADP/on/11/case PROPN/Tuesday/9/obl ADP/at/15/case DET/the/15/det NOUN/town/15/compound " +
				"NOUN/hall/9/obl PUNCT/./9/punct",
				"PUNCT/“/5/punct PRON/nobody/5/nsubj:pass AUX/be/5/aux:pass VERB/turn/5/compound:prt ADV/away/0/root PUNCT/./5/punct PUNCT/”/5/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteDirect, "The vote was fair. Nobody was turned away.", "Mia Lee", "said", ""}},
		},
		{
			name: "a quotation after a written statement's attribution continues the previous speaker",
			text: "“The vote was fair,” Lee said in a statement. “Nobody was turned away.”",
			parse: []string{"PUNCT/“/5/punct DET/the/3/det NOUN/vote/5/nsubj AUX/be/5/cop ADJ/fair/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct " +
				"PROPN/Lee/9/nsubj VERB/say/0/root ADP/in/12/case DET/a/12/det NOUN/statement/9/obl PUNCT/./9/punct",
				"PUNCT/“/5/punct PRON/nobody/5/nsubj:pass AUX/be/5/aux:pass VERB/turn/5/compound:prt ADV/away/0/root PUNCT/./5/punct PUNCT/”/5/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want: []got{
				{text.QuoteDirect, "The vote was fair,", "Mia Lee", "said", ""},
				{text.QuoteDirect, "Nobody was turned away.", "Mia Lee", "", ""},
			},
		},
		{
			name: "a sentence of the writer's between two quotations ends the first",
			text: "“The vote was fair,” Lee said. Lee waved. “Nobody was turned away.”",
			parse: []string{"PUNCT/“/5/punct DET/the/3/det NOUN/vote/5/nsubj AUX/be/5/cop ADJ/fair/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct " +
				"PROPN/Lee/9/nsubj VERB/say/0/root PUNCT/./9/punct",
				"PROPN/Lee/2/nsubj VERB/wave/0/root PUNCT/./2/punct",
				"PUNCT/“/5/punct PRON/nobody/5/nsubj:pass AUX/be/5/aux:pass VERB/turn/5/compound:prt ADV/away/0/root PUNCT/./5/punct PUNCT/”/5/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "Lee#2"}}},
			want: []got{
				{text.QuoteDirect, "The vote was fair,", "Mia Lee", "said", ""},
				{text.QuoteDirect, "Nobody was turned away.", "Mia Lee", "", ""},
			},
		},
		{
			name: "a bare attribution ending its sentence does not end the quotation",
			text: "“The vote was fair,” Lee said. “Nobody was turned away.”",
			parse: []string{"PUNCT/“/5/punct DET/the/3/det NOUN/vote/5/nsubj AUX/be/5/cop ADJ/fair/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct " +
				"PROPN/Lee/9/nsubj VERB/say/0/root PUNCT/./9/punct",
				"PUNCT/“/5/punct PRON/nobody/5/nsubj:pass AUX/be/5/aux:pass VERB/turn/5/compound:prt ADV/away/0/root PUNCT/./5/punct PUNCT/”/5/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteDirect, "The vote was fair. Nobody was turned away.", "Mia Lee", "said", ""}},
		},
		{
			name: "a bare attribution may describe its speaker at length",
			text: "“Prices will fall,” said Ana Ruiz, a lawyer who has worked in the county courts for many years. “Wait and see.”",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/7/ccomp PUNCT/,/4/punct PUNCT/”/4/punct VERB/say/0/root " +
				"PROPN/Ana/7/nsubj PROPN/Ruiz/8/flat PUNCT/,/12/punct DET/a/12/det NOUN/lawyer/8/appos PRON/who/15/nsubj AUX/have/15/aux " +
				"VERB/work/12/acl:relcl ADP/in/19/case DET/the/19/det NOUN/county/19/compound NOUN/court/15/obl " +
				"ADP/for/22/case ADJ/many/22/amod NOUN/year/15/obl PUNCT/./7/punct",
				"PUNCT/“/2/punct VERB/wait/0/root CCONJ/and/4/cc VERB/see/2/conj PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			want: []got{{text.QuoteDirect, "Prices will fall. Wait and see.",
				"Ana Ruiz", "said", ""}},
		},
		{
			name: "a listener and a time keep the attribution bare",
			text: "“Prices will fall,” Okafor told reporters Monday. “Wait and see.”",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Okafor/8/nsubj VERB/tell/0/root NOUN/reporter/8/obj PROPN/Monday/8/obl:tmod PUNCT/./8/punct",
				"PUNCT/“/2/punct VERB/wait/0/root CCONJ/and/4/cc VERB/see/2/conj PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}, {"reporters", []string{"reporters"}}},
			want:   []got{{text.QuoteDirect, "Prices will fall. Wait and see.", "Grace Okafor", "told", "reporters"}},
		},
		{
			name: "a time with no preposition keeps the attribution bare",
			text: "“Prices will fall,” Okafor said Monday. “Wait and see.”",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Okafor/8/nsubj VERB/say/0/root PROPN/Monday/8/obl:unmarked PUNCT/./8/punct",
				"PUNCT/“/2/punct VERB/wait/0/root CCONJ/and/4/cc VERB/see/2/conj PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteDirect, "Prices will fall. Wait and see.", "Grace Okafor", "said", ""}},
		},
		{
			name: "a relative clause on the speaker keeps the attribution bare, however parsed",
			text: "“Prices will fall,” said Okafor, a baker, who has fought the plan. “Wait and see.”",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/7/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"VERB/say/0/root PROPN/Okafor/7/nsubj PUNCT/,/11/punct DET/a/11/det NOUN/baker/8/appos PUNCT/,/15/punct " +
				"PRON/who/15/nsubj AUX/have/15/aux VERB/fight/7/ccomp DET/the/17/det NOUN/plan/15/obj PUNCT/./7/punct",
				"PUNCT/“/2/punct VERB/wait/0/root CCONJ/and/4/cc VERB/see/2/conj PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want: []got{{text.QuoteDirect, "Prices will fall. Wait and see.",
				"Grace Okafor", "said", ""}},
		},
		{
			name: "a cue parsed as a conjunct of the clause it reports, before it",
			text: "Okafor mentioned she is ready to talk.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/mention/5/conj PRON/she/5/nsubj AUX/be/5/cop ADJ/ready/0/root " +
				"PART/to/7/mark VERB/talk/5/xcomp PUNCT/./5/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "she is ready to talk", "Grace Okafor", "mentioned", ""}},
		},
		{
			name: "an attribution with its own remark ends the quotation",
			text: "“Prices will fall,” Okafor said, adding that rents would not fall. “Wait and see.”",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Okafor/8/nsubj VERB/say/0/root PUNCT/,/10/punct VERB/add/8/advcl SCONJ/that/15/mark NOUN/rent/15/nsubj AUX/would/15/aux PART/not/15/advmod " +
				"VERB/fall/10/ccomp PUNCT/./8/punct",
				"PUNCT/“/2/punct VERB/wait/0/root CCONJ/and/4/cc VERB/see/2/conj PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want: []got{
				{text.QuoteDirect, "Prices will fall,", "Grace Okafor", "said", ""},
				{text.QuoteIndirect, "that rents would not fall", "Grace Okafor", "adding", ""},
				{text.QuoteDirect, "Wait and see.", "Grace Okafor", "", ""},
			},
		},
		{
			name: "a quotation with no cue takes the person introduced just before",
			text: "Ruiz was blunt. “We have had enough.”",
			parse: []string{"PROPN/Ruiz/3/nsubj AUX/be/3/cop ADJ/blunt/0/root PUNCT/./3/punct",
				"PUNCT/“/5/punct PRON/we/5/nsubj AUX/have/5/aux VERB/have/0/root ADJ/enough/4/obj PUNCT/./4/punct PUNCT/”/4/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []got{{text.QuoteDirect, "We have had enough.", "Ana Ruiz", "", ""}},
		},
		{
			name: "partial quote inside the writer's sentence",
			text: "Lee called the plan “a disaster for the city.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB/call/0/root DET/the/4/det NOUN/plan/2/obj PUNCT/“/7/punct DET/a/7/det " +
				"NOUN/disaster/2/xcomp ADP/for/10/case DET/the/10/det NOUN/city/7/nmod PUNCT/./2/punct PUNCT/”/2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuotePartial, "a disaster for the city.", "Mia Lee", "called", ""}},
		},
		{
			name: "scare quotes and titles are not speech",
			text: "The so-called “reform” bill passed. She starred in “The Long Road Home” last year.",
			parse: []string{"DET/the/6/det ADJ/so-called/6/amod PUNCT/“/4/punct NOUN/reform/6/compound PUNCT/”/4/punct NOUN/bill/7/nsubj VERB/pass/0/root PUNCT/./7/punct",
				"PRON/she/2/nsubj VERB/star/0/root ADP/in/6/case PUNCT/“/6/punct DET/the/6/det PROPN/Long/2/obl PROPN/Road/6/flat PROPN/Home/6/flat " +
					"PUNCT/”/6/punct ADJ/last/11/amod NOUN/year/2/obl:tmod PUNCT/./2/punct"},
			want: nil,
		},
		{
			name: "reported speech keeps the complementiser",
			text: "Lee stated that she was open to talks.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/state/0/root SCONJ/that/6/mark PRON/she/6/nsubj AUX/be/6/cop ADJ/open/2/ccomp " +
				"ADP/to/8/case NOUN/talk/6/obl PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			want:   []got{{text.QuoteIndirect, "that she was open to talks", "Mia Lee", "stated", ""}},
		},
		{
			name: "urging someone to act: the addressee is content and listener",
			text: "Okafor urged Ruiz to close the mine.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/urge/0/root PROPN/Ruiz/2/obj PART/to/5/mark VERB/close/2/xcomp " +
				"DET/the/7/det NOUN/mine/5/obj PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}, {"Ana Ruiz", []string{"Ruiz"}}},
			want:   []got{{text.QuoteIndirect, "Ruiz to close the mine", "Grace Okafor", "urged", "Ana Ruiz"}},
		},
		{
			name: "a mentioned object is the content",
			text: "Lee mentioned the council’s plan to build a school.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/mention/0/root DET/the/4/det NOUN/council/6/nmod:poss PART/’s/4/case NOUN/plan/2/obj " +
				"PART/to/8/mark VERB/build/6/acl DET/a/10/det NOUN/school/8/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteIndirect, "the council’s plan to build a school", "Mia Lee", "mentioned", ""}},
		},
		{
			name: "according to: the source is the speaker, the clause the content",
			text: "The dam will open in May, according to engineer Sam Cole.",
			parse: []string{"DET/the/2/det NOUN/dam/4/nsubj AUX/will/4/aux VERB/open/0/root ADP/in/6/case PROPN/May/4/obl PUNCT/,/11/punct " +
				"VERB/accord/11/case ADP/to/8/fixed NOUN/engineer/11/compound PROPN/Sam/4/obl PROPN/Cole/11/flat PUNCT/./4/punct"},
			people: []person{{"Sam Cole", []string{"Sam Cole"}}},
			want:   []got{{text.QuoteIndirect, "The dam will open in May", "Sam Cole", "according to", ""}},
		},
		{
			name: "a cue after the clause it reports",
			text: "The talks have stalled, Okafor said.",
			parse: []string{"DET/the/2/det NOUN/talk/4/nsubj AUX/have/4/aux VERB/stall/0/root PUNCT/,/6/punct PROPN/Okafor/7/nsubj " +
				"VERB/say/4/parataxis PUNCT/./4/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "The talks have stalled", "Grace Okafor", "said", ""}},
		},
		{
			name: "an office speaks for its owner",
			text: "Okafor’s office said that roads were closed.",
			parse: []string{"PROPN/Okafor/3/nmod:poss PART/’s/1/case NOUN/office/4/nsubj VERB/say/0/root SCONJ/that/8/mark " +
				"NOUN/road/8/nsubj:pass AUX/be/8/aux:pass VERB/close/4/ccomp PUNCT/./4/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "that roads were closed", "Grace Okafor", "said", ""}},
		},
		{
			name: "the speaker of a relative clause is the noun it modifies",
			text: "Lee, who said the plan was flawed, left early.",
			parse: []string{"PROPN/Lee/10/nsubj PUNCT/,/4/punct PRON/who/4/nsubj VERB/say/1/acl:relcl DET/the/6/det NOUN/plan/8/nsubj " +
				"AUX/be/8/cop ADJ/flawed/4/ccomp PUNCT/,/4/punct VERB/leave/0/root ADV/early/10/advmod PUNCT/./10/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteIndirect, "the plan was flawed", "Mia Lee", "said", ""}},
		},
		{
			name: "a pronoun subject takes the entity the entity stage joined it to",
			text: "Ruiz arrived. She said the bridge would open.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB/arrive/0/root PUNCT/./2/punct",
				"PRON/she/2/nsubj VERB/say/0/root DET/the/4/det NOUN/bridge/6/nsubj AUX/would/6/aux VERB/open/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz", "She"}}},
			want:   []got{{text.QuoteIndirect, "the bridge would open", "Ana Ruiz", "said", ""}},
		},
		{
			name:   "reported speech inside reported speech is one quote",
			text:   "Lee said she hopes to win.",
			parse:  []string{"PROPN/Lee/2/nsubj VERB/say/0/root PRON/she/4/nsubj VERB/hope/2/ccomp PART/to/6/mark VERB/win/4/xcomp PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			want:   []got{{text.QuoteIndirect, "she hopes to win", "Mia Lee", "said", ""}},
		},
		{
			name: "an open she goes to the woman named last, not the man after her",
			text: "Lee spoke after Weller. “We will win,” she said.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/speak/0/root ADP/after/4/case PROPN/Weller/2/obl PUNCT/./2/punct",
				"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/win/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct PRON/she/8/nsubj VERB/say/0/root PUNCT/./8/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"Tom Weller", []string{"Weller"}}},
			want:   []got{{text.QuoteDirect, "We will win,", "Mia Lee", "said", ""}},
		},
		{
			name: "an open he after a woman's quote goes to the man named since",
			text: "“We lost,” Lee said. Weller nodded. “We will be back,” he said.",
			parse: []string{"PUNCT/“/3/punct PRON/we/3/nsubj VERB/lose/7/ccomp PUNCT/,/3/punct PUNCT/”/3/punct PROPN/Lee/7/nsubj VERB/say/0/root PUNCT/./7/punct",
				"PROPN/Weller/2/nsubj VERB/nod/0/root PUNCT/./2/punct",
				"PUNCT/“/5/punct PRON/we/5/nsubj AUX/will/5/aux AUX/be/5/cop ADV/back/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct PRON/he/9/nsubj VERB/say/0/root PUNCT/./9/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"Tom Weller", []string{"Weller"}}},
			want: []got{
				{text.QuoteDirect, "We lost,", "Mia Lee", "said", ""},
				{text.QuoteDirect, "We will be back,", "Tom Weller", "said", ""},
			},
		},
		{
			name: "an open he right after a man's quote is that man",
			text: "“We lost,” Weller said after Kim Park spoke. “We will be back,” he said.",
			parse: []string{"PUNCT/“/3/punct PRON/we/3/nsubj VERB/lose/7/ccomp PUNCT/,/3/punct PUNCT/”/3/punct PROPN/Weller/7/nsubj VERB/say/0/root " +
				"SCONJ/after/11/mark PROPN/Kim/11/nsubj PROPN/Park/9/flat VERB/speak/7/advcl PUNCT/./7/punct",
				"PUNCT/“/5/punct PRON/we/5/nsubj AUX/will/5/aux AUX/be/5/cop ADV/back/9/ccomp PUNCT/,/5/punct PUNCT/”/5/punct PRON/he/9/nsubj VERB/say/0/root PUNCT/./9/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}, {"Kim Park", []string{"Kim Park"}}},
			want: []got{
				{text.QuoteDirect, "We lost,", "Tom Weller", "said", ""},
				{text.QuoteDirect, "We will be back,", "Tom Weller", "said", ""},
			},
		},
		{
			name: "a long apposition between the quotation and its cue",
			text: "“Prices will fall,” Ana Ruiz, the head of the farm workers union, said.",
			parse: []string{"PUNCT/“/4/punct NOUN/price/4/nsubj AUX/will/4/aux VERB/fall/0/root PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Ana/4/obj PROPN/Ruiz/7/flat PUNCT/,/11/punct DET/the/11/det NOUN/head/7/appos ADP/of/16/case DET/the/16/det " +
				"NOUN/farm/16/compound NOUN/worker/16/compound NOUN/union/11/nmod PUNCT/,/18/punct VERB/say/16/acl PUNCT/./4/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			want:   []got{{text.QuoteDirect, "Prices will fall,", "Ana Ruiz", "said", ""}},
		},
		{
			name: "quoted words carry on a content the parse cut short",
			text: "Lee said the ruling “will cost us dearly.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB/say/7/dep DET/the/4/det NOUN/ruling/2/obj PUNCT/“/7/punct AUX/will/7/aux " +
				"VERB/cost/0/root PRON/we/7/iobj ADV/dearly/7/advmod PUNCT/./7/punct PUNCT/”/7/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuotePartial, "will cost us dearly.", "Mia Lee", "said", ""}},
		},
		{
			name: "a relative pronoun speaks for the noun its clause describes",
			text: "The union, which said the strike would go on, met Monday.",
			parse: []string{"DET/the/2/det NOUN/union/12/nsubj PUNCT/,/5/punct PRON/which/5/nsubj VERB/say/2/acl DET/the/7/det " +
				"NOUN/strike/9/nsubj AUX/would/9/aux VERB/go/5/ccomp ADP/on/9/compound:prt PUNCT/,/5/punct VERB/meet/0/root " +
				"PROPN/Monday/12/obl:tmod PUNCT/./12/punct"},
			people: []person{{"ORG:union", []string{"union"}}},
			want:   []got{{text.QuoteIndirect, "the strike would go on", "union", "said", ""}},
		},
		{
			name: "an open they goes to the group named before",
			text: "The nurses met on Monday. “We will strike,” they said.",
			parse: []string{"DET/the/2/det NOUN/nurse/3/nsubj VERB/meet/0/root ADP/on/5/case PROPN/Monday/3/obl PUNCT/./3/punct",
				"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/strike/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
					"PRON/they/8/nsubj VERB/say/0/root PUNCT/./8/punct"},
			people: []person{{"GROUP:nurses", []string{"nurses"}}},
			want:   []got{{text.QuoteDirect, "We will strike,", "nurses", "said", ""}},
		},
		{
			name: "a title in quotation marks is not speech, whatever its length",
			text: "Pence said on “The Week in Review With Ana Ruiz” that the plan works.",
			parse: []string{"PROPN/Pence/2/nsubj VERB/say/0/root ADP/on/6/case PUNCT/“/6/punct DET/the/6/det PROPN/Week/2/obl ADP/in/8/case " +
				"PROPN/Review/6/nmod ADP/with/11/case PROPN/Ana/6/nmod PROPN/Ruiz/10/flat PUNCT/”/6/punct SCONJ/that/16/mark DET/the/15/det " +
				"NOUN/plan/16/nsubj VERB/work/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Mike Pence", []string{"Pence"}}},
			want:   []got{{text.QuoteIndirect, "that the plan works", "Mike Pence", "said", ""}},
		},
		{
			name: "minor words do not count against a title",
			text: "Pence said on “State of the Union” that the plan works.",
			parse: []string{"PROPN/Pence/2/nsubj VERB/say/0/root ADP/on/5/case PUNCT/“/5/punct PROPN/State/2/obl ADP/of/8/case DET/the/8/det " +
				"PROPN/Union/5/nmod PUNCT/”/5/punct SCONJ/that/13/mark DET/the/12/det NOUN/plan/13/nsubj VERB/work/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Mike Pence", []string{"Pence"}}},
			want:   []got{{text.QuoteIndirect, "that the plan works", "Mike Pence", "said", ""}},
		},
		{
			name: "an open it goes to the body named before",
			text: "The agency met on Monday. “We will act,” it said.",
			parse: []string{"DET/the/2/det NOUN/agency/3/nsubj VERB/meet/0/root ADP/on/5/case PROPN/Monday/3/obl PUNCT/./3/punct",
				"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/act/8/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
					"PRON/it/8/nsubj VERB/say/0/root PUNCT/./8/punct"},
			people: []person{{"ORG:agency", []string{"agency"}}},
			want:   []got{{text.QuoteDirect, "We will act,", "agency", "said", ""}},
		},
		{
			name: "a capitalised line of its own in quotation marks is a subheading",
			text: "The mine closed.\n'Coal Isn't the Villain.'\nLee said that it would reopen.",
			parse: []string{"DET/the/2/det NOUN/mine/3/nsubj VERB/close/0/root PUNCT/./3/punct",
				"PUNCT/'/2/punct NOUN/coal/5/nsubj AUX/be/5/cop PART/not/5/advmod DET/the/5/det NOUN/villain/0/root PUNCT/./5/punct PUNCT/'/5/punct",
				"PROPN/Lee/2/nsubj VERB/say/0/root SCONJ/that/6/mark PRON/it/6/nsubj AUX/would/6/aux VERB/reopen/2/ccomp PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteIndirect, "that it would reopen", "Mia Lee", "said", ""}},
		},
		{
			name: "fragments with the writer's words between are one quote of the fragments' words",
			text: "Lee said the plan was “a mess” and urged voters to “vote it down” now.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/plan/8/nsubj AUX/be/8/cop PUNCT/“/8/punct DET/a/8/det " +
				"NOUN/mess/2/ccomp PUNCT/”/8/punct CCONJ/and/11/cc VERB/urge/8/conj NOUN/voter/11/obj PART/to/15/mark PUNCT/“/15/punct " +
				"VERB/vote/11/xcomp PRON/it/15/obj ADP/down/15/compound:prt PUNCT/”/15/punct ADV/now/15/advmod PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuotePartial, "a mess vote it down", "Mia Lee", "said", ""}},
		},
		{
			name: "a fragment of two words in a reported clause: the clause is the quote",
			text: "Lee said the plan was a “big mistake” for the town.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/plan/9/nsubj AUX/be/9/cop DET/a/9/det PUNCT/“/9/punct " +
				"ADJ/big/9/amod NOUN/mistake/2/ccomp PUNCT/”/9/punct ADP/for/13/case DET/the/13/det NOUN/town/9/nmod PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuoteIndirect, "the plan was a “big mistake” for the town", "Mia Lee", "said", ""}},
		},
		{
			name: "coordinated fragments are one partial quote",
			text: "Lee called the plan “a mess” and “a waste of money” on Monday.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/call/0/root DET/the/4/det NOUN/plan/2/obj PUNCT/“/7/punct DET/a/7/det NOUN/mess/2/xcomp " +
				"PUNCT/”/7/punct CCONJ/and/11/cc PUNCT/“/11/punct DET/a/11/det NOUN/waste/2/obl ADP/of/13/case NOUN/money/11/nmod PUNCT/”/11/punct " +
				"ADP/on/16/case PROPN/Monday/2/obl PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuotePartial, "a mess a waste of money", "Mia Lee", "called", ""}},
		},
		{
			name: "a fragment opening a that-clause after a speech verb the parse lost",
			text: "Ruiz tells KTVU’s “Morning Desk” on Friday that “exactly who leaked it” remains a mystery.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB/tell/0/root PROPN/KTVU/7/nmod:poss PART/’s/3/case PUNCT/“/7/punct PROPN/Morning/7/compound " +
				"PROPN/Desk/2/xcomp PUNCT/”/7/punct ADP/on/10/case PROPN/Friday/2/obl SCONJ/that/10/obj " +
				"PUNCT/“/15/punct ADV/exactly/15/advmod PRON/who/15/nsubj VERB/leak/18/parataxis PRON/it/15/obj PUNCT/”/15/punct " +
				"VERB/remain/11/fixed DET/a/20/det NOUN/mystery/18/xcomp PUNCT/./2/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []got{{text.QuotePartial, "exactly who leaked it", "Ana Ruiz", "tells", ""}},
		},
		{
			name: "a verb after the quotation in a clause of its own is not its cue",
			text: "Most voters agreed that the mayor is in “good enough health to serve,” while few said the same of Lee.",
			parse: []string{"ADJ/most/2/amod NOUN/voter/3/nsubj VERB/agree/19/ccomp SCONJ/that/12/mark DET/the/6/det NOUN/mayor/12/nsubj " +
				"AUX/be/12/cop ADP/in/12/case PUNCT/“/12/punct ADJ/good/12/amod ADV/enough/10/advmod NOUN/health/3/ccomp PART/to/14/mark " +
				"VERB/serve/12/acl PUNCT/,/12/punct PUNCT/”/12/punct SCONJ/while/19/mark PRON/few/19/nsubj VERB/say/0/root DET/the/21/det " +
				"ADJ/same/19/obj ADP/of/23/case PROPN/Lee/21/nmod PUNCT/./19/punct"},
			people: []person{{"GROUP:voters", []string{"voters"}}, {"Mia Lee", []string{"Lee"}}},
			want:   []got{{text.QuotePartial, "good enough health to serve,", "voters", "agreed", ""}},
		},
		{
			name: "fragments of one cue with no verb between are one partial quote",
			text: "Ruiz found that the port is “the worst in the state” and the ferry is “a close second.”",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB/find/0/root SCONJ/that/9/mark DET/the/5/det NOUN/port/9/nsubj AUX/be/9/cop " +
				"PUNCT/“/9/punct DET/the/9/det ADJ/bad/2/ccomp ADP/in/12/case DET/the/12/det NOUN/state/9/obl PUNCT/”/9/punct " +
				"CCONJ/and/21/cc DET/the/16/det NOUN/ferry/21/nsubj AUX/be/21/cop PUNCT/“/21/punct DET/a/21/det ADJ/close/21/amod " +
				"NOUN/second/2/obl PUNCT/./2/punct PUNCT/”/21/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []got{{text.QuotePartial, "the worst in the state a close second.", "Ana Ruiz", "found", ""}},
		},
		{
			name: "a fragment under a verb that does not introduce speech is the reporting verb's",
			text: "Lopez says the issues will be addressed by “the same people.”",
			parse: []string{"PROPN/Lopez/2/nsubj VERB/say/0/root DET/the/4/det NOUN/issue/7/nsubj:pass AUX/will/7/aux AUX/be/7/aux:pass " +
				"VERB/address/2/advcl ADP/by/12/case PUNCT/“/12/punct DET/the/12/det ADJ/same/12/amod NOUN/people/7/obl " +
				"PUNCT/./2/punct PUNCT/”/12/punct"},
			people: []person{{"Maria Lopez", []string{"Lopez"}}},
			want:   []got{{text.QuotePartial, "the same people.", "Maria Lopez", "says", ""}},
		},
		{
			name: "a year the parse made the subject of a colon's clause is passed over",
			text: "Here is Lopez in 1998: “We will not close a library.”",
			parse: []string{"ADV/here/0/root AUX/be/1/cop PROPN/Lopez/1/nsubj ADP/in/5/case NUM/1998/1/nsubj PUNCT/:/11/punct " +
				"PUNCT/“/11/punct PRON/we/11/nsubj AUX/will/11/aux PART/not/11/advmod VERB/close/1/parataxis DET/a/13/det " +
				"NOUN/library/11/obj PUNCT/./11/punct PUNCT/”/11/punct"},
			people: []person{{"Maria Lopez", []string{"Lopez"}}},
			want:   []got{{text.QuoteDirect, "We will not close a library.", "Maria Lopez", ":", ""}},
		},
		{
			name: "a dash sets a colon's label off from the headline before it",
			text: "Signs were there -More from Lopez: “The vote moved late.”",
			parse: []string{"NOUN/sign/2/nsubj VERB/be/0/root ADV/there/2/advmod PUNCT/-/5/punct ADJ/more/2/parataxis ADP/from/7/case " +
				"NOUN/Lopez/5/obl PUNCT/:/12/punct PUNCT/“/12/punct DET/the/11/det NOUN/vote/12/nsubj VERB/move/2/parataxis " +
				"ADV/late/12/advmod PUNCT/./12/punct PUNCT/”/12/punct"},
			people: []person{{"Maria Lopez", []string{"Lopez"}}},
			want:   []got{{text.QuoteDirect, "The vote moved late.", "Maria Lopez", ":", ""}},
		},
		{
			name: "an unknown speaker is null, and the quote is still reported",
			text: "“It is over,” a voice said.",
			parse: []string{"PUNCT/“/4/punct PRON/it/4/nsubj AUX/be/4/cop ADV/over/9/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"DET/a/8/det NOUN/voice/9/nsubj VERB/say/0/root PUNCT/./9/punct"},
			want: []got{{text.QuoteDirect, "It is over,", "", "said", ""}},
		},
		{
			name:   "a name label before a colon speaks the rest of the line",
			text:   "Okafor: Bakeries Will Suffer Most.",
			parse:  []string{"PROPN/Okafor/0/root PUNCT/:/5/punct PROPN/Bakeries/5/nsubj AUX/will/5/aux VERB/suffer/1/parataxis ADV/most/5/advmod PUNCT/./1/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "Bakeries Will Suffer Most", "Grace Okafor", ":", ""}},
		},
		{
			name: "a cue between commas inside what it reports, however parsed, is left out of its text",
			text: "The plan, Okafor said, was dead.",
			parse: []string{"DET/the/2/det NOUN/plan/5/nsubj PUNCT/,/5/punct PROPN/Okafor/5/nsubj VERB/say/0/root PUNCT/,/8/punct " +
				"AUX/be/8/cop ADJ/dead/5/ccomp PUNCT/./5/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "The plan was dead", "Grace Okafor", "said", ""}},
		},
		{
			name: "content runs on over a phrase the parse hung on the cue",
			text: "Okafor defended her plans for the mine, saying they were sound.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/defend/0/root PRON/her/4/nmod:poss NOUN/plan/2/obj ADP/for/7/case DET/the/7/det " +
				"NOUN/mine/2/obl PUNCT/,/9/punct VERB/say/2/advcl PRON/they/12/nsubj AUX/be/12/cop ADJ/sound/9/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want: []got{
				{text.QuoteIndirect, "her plans for the mine", "Grace Okafor", "defended", ""},
				{text.QuoteIndirect, "they were sound", "Grace Okafor", "saying", ""},
			},
		},
		{
			name: "a participle takes the subject of the clause it hangs from",
			text: "Okafor spoke for an hour, adding that the mine would close.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/speak/0/root ADP/for/5/case DET/an/5/det NOUN/hour/2/obl PUNCT/,/7/punct " +
				"VERB/add/2/advcl SCONJ/that/12/mark DET/the/10/det NOUN/mine/12/nsubj AUX/would/12/aux VERB/close/7/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "that the mine would close", "Grace Okafor", "adding", ""}},
		},
		{
			name: "an open she goes to the woman the same pronoun named before",
			text: "Lee arrived.\n\nThe rain stopped.\n\nThe bus left. The crowd sang. Then she ran. “We won,” she said.",
			parse: []string{"PROPN/Lee/2/nsubj VERB/arrive/0/root PUNCT/./2/punct",
				"DET/the/2/det NOUN/rain/3/nsubj VERB/stop/0/root PUNCT/./3/punct",
				"DET/the/2/det NOUN/bus/3/nsubj VERB/leave/0/root PUNCT/./3/punct",
				"DET/the/2/det NOUN/crowd/3/nsubj VERB/sing/0/root PUNCT/./3/punct",
				"ADV/then/3/advmod PRON/she/3/nsubj VERB/run/0/root PUNCT/./3/punct",
				"PUNCT/“/3/punct PRON/we/3/nsubj VERB/win/7/ccomp PUNCT/,/3/punct PUNCT/”/3/punct PRON/she/7/nsubj VERB/say/0/root PUNCT/./7/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			want:   []got{{text.QuoteDirect, "We won,", "Mia Lee", "said", ""}},
		},
		{
			name: "a name before a parenthesis speaks when the parse lost the subject",
			text: "“We won,” Rep. Ana Ruiz (D-Ohio), a member, said.",
			parse: []string{"PUNCT/“/3/punct PRON/we/3/nsubj VERB/win/0/root PUNCT/,/3/punct PUNCT/”/3/punct " +
				"PROPN/Rep./3/xcomp PROPN/Ana/6/flat PROPN/Ruiz/6/flat PUNCT/(/10/punct PROPN/D-Ohio/6/appos PUNCT/)/10/punct " +
				"PUNCT/,/14/punct DET/a/14/det NOUN/member/6/appos PUNCT/,/16/punct VERB/say/3/parataxis PUNCT/./16/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			want:   []got{{text.QuoteDirect, "We won,", "Ana Ruiz", "said", ""}},
		},
		{
			name: "a relative clause the parse hung on a time is the clause subject's",
			text: "Okafor sent a letter Friday that says the mine is safe.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/send/0/root DET/a/4/det NOUN/letter/2/obj PROPN/Friday/2/obl:tmod " +
				"PRON/that/7/nsubj VERB/say/5/acl:relcl DET/the/9/det NOUN/mine/11/nsubj AUX/be/11/cop ADJ/safe/7/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "the mine is safe", "Grace Okafor", "says", ""}},
		},
		{
			name: "a participle the parse hung on a time is the clause subject's",
			text: "Okafor posted early Monday saying that the mine is safe.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/post/0/root ADV/early/4/advmod PROPN/Monday/2/obl:tmod VERB/say/4/acl " +
				"SCONJ/that/10/mark DET/the/8/det NOUN/mine/10/nsubj AUX/be/10/cop ADJ/safe/5/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "that the mine is safe", "Grace Okafor", "saying", ""}},
		},
		{
			name: "a time the parse made the subject of a participle is passed over",
			text: "Okafor posted early Friday saying that the mine is safe.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB/post/0/root ADJ/early/4/amod PROPN/Friday/5/nsubj VERB/say/2/advcl " +
				"SCONJ/that/10/mark DET/the/8/det NOUN/mine/10/nsubj AUX/be/10/cop ADJ/safe/5/ccomp PUNCT/./2/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []got{{text.QuoteIndirect, "that the mine is safe", "Grace Okafor", "saying", ""}},
		},
		{
			name: "an inverted attribution after a fragment is the sentence's speaker",
			text: "This is “the same lead as last month,” reported Reuters.",
			parse: []string{"PRON/this/6/nsubj AUX/be/6/cop PUNCT/“/6/punct DET/the/6/det ADJ/same/6/amod NOUN/lead/0/root ADP/as/9/case " +
				"ADJ/last/9/amod NOUN/month/6/nmod PUNCT/,/6/punct PUNCT/”/6/punct VERB/report/6/acl PROPN/Reuters/12/obj PUNCT/./12/punct"},
			people: []person{{"ORG:Reuters", []string{"Reuters"}}},
			want:   []got{{text.QuotePartial, "the same lead as last month,", "Reuters", "reported", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			qs := Find(d, testLexicon(t))
			gotQ := describe(d, qs)
			if len(gotQ) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(gotQ), gotQ, len(tt.want), tt.want)
			}
			for i := range gotQ {
				if gotQ[i] != tt.want[i] {
					t.Errorf("quote %d = %+v, want %+v", i, gotQ[i], tt.want[i])
				}
			}
			checkQuotes(t, d, qs)
		})
	}
}

// checkQuotes asserts what holds for every quote of every document.
func checkQuotes(t *testing.T, d *text.Document, qs []text.Quote) {
	t.Helper()
	prev := -1
	for i, q := range qs {
		if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End {
			t.Errorf("quote %d span %v out of bounds", i, q.Span)
			continue
		}
		if q.Start < prev {
			t.Errorf("quote %d starts at %d, before quote %d (%d)", i, q.Start, i-1, prev)
		}
		prev = q.Start
		if q.Confidence < 0 || q.Confidence > 1 {
			t.Errorf("quote %d confidence %v outside [0,1]", i, q.Confidence)
		}
		if q.Speaker < -1 || q.Speaker >= len(d.Entities) || q.Listener < -1 || q.Listener >= len(d.Entities) {
			t.Errorf("quote %d speaker %d / listener %d not an entity index", i, q.Speaker, q.Listener)
		}
		if q.Cue != "" && d.Slice(q.CueSpan) != q.Cue {
			t.Errorf("quote %d cue %q but CueSpan holds %q", i, q.Cue, d.Slice(q.CueSpan))
		}
		if q.Tone == nil {
			t.Errorf("quote %d has no tone", i)
		}
		if n := len(q.Parts); n == 1 || n > 1 && (q.Parts[0].Start != q.Start || q.Parts[n-1].End != q.End) {
			t.Errorf("quote %d parts %v do not run from its start to its end %v", i, q.Parts, q.Span)
		}
		for k := 1; k < len(q.Parts); k++ {
			if q.Parts[k].Start < q.Parts[k-1].End {
				t.Errorf("quote %d parts %v overlap or are out of order", i, q.Parts)
			}
		}
		if q.ID == "" {
			t.Errorf("quote %d has no id", i)
		}
	}
}
