package quote

import (
	"testing"
)

// TestRulesOverParseVariants checks content and speaker rules on
// hand-set parses of sentences written for this test: each parse hangs a
// word where one of our parsers does and another does not, and the quote
// must come out the same.
func TestRulesOverParseVariants(t *testing.T) {
	type want struct{ cue, text, speaker string }
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       []want
		noCue      string // a cue that must make no quote
	}{
		{
			name: "a sequel after and then hung on the content's verb is the speaker's next act",
			text: "Lee said the mayor had lied to her, and then she left the hall.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/mayor/6/nsubj AUX:VBD/have/6/aux " +
				"VERB:VBN/lie/2/ccomp ADP/to/8/case PRON/she/6/obl PUNCT/,/13/punct CCONJ/and/13/cc ADV/then/13/advmod " +
				"PRON/she/13/nsubj VERB:VBD/leave/6/conj DET/the/15/det NOUN/hall/13/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"said", "the mayor had lied to her", "Mia Lee"}},
		},
		{
			name: "a modal clause after and then is still what was said",
			text: "Lee said the mayor would resign, and then the council would meet.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/mayor/6/nsubj AUX:MD/would/6/aux " +
				"VERB:VB/resign/2/ccomp PUNCT/,/13/punct CCONJ/and/13/cc ADV/then/13/advmod DET/the/11/det " +
				"NOUN/council/13/nsubj AUX:MD/would/13/aux VERB:VB/meet/6/conj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"said", "the mayor would resign, and then the council would meet", "Mia Lee"}},
		},
		{
			name: "a subject read as the object keeps a predicate hung on the verb above",
			text: "The union replied Monday, saying nurses and porters have left the ward.",
			parse: []string{"DET/the/2/det NOUN/union/3/nsubj VERB:VBD/reply/0/root PROPN/Monday/3/obl:tmod PUNCT/,/6/punct " +
				"VERB:VBG/say/3/advcl NOUN/nurse/6/obj CCONJ/and/9/cc NOUN/porter/7/conj AUX:VBP/have/11/aux " +
				"VERB:VBN/leave/3/ccomp DET/the/13/det NOUN/ward/11/obj PUNCT/./3/punct"},
			people: []person{{"ORG:union", []string{"union"}}},
			want:   []want{{"saying", "nurses and porters have left the ward", "union"}},
			noCue:  "replied",
		},
		{
			name: "a reporting participle hung on the occasion's noun",
			text: "Lee spoke at a rally announcing that the plant would close.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/speak/0/root ADP/at/5/case DET/a/5/det NOUN/rally/2/obl " +
				"VERB:VBG/announce/5/acl SCONJ/that/11/mark DET/the/9/det NOUN/plant/11/nsubj AUX:MD/would/11/aux " +
				"VERB:VB/close/6/ccomp PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"announcing", "that the plant would close", "Mia Lee"}},
		},
		{
			name: "a title heading the name's flat run",
			text: "Transport Secretary Tom Weller said the line would close.",
			parse: []string{"PROPN/Transport/5/nsubj PROPN/Secretary/1/flat PROPN/Tom/1/flat PROPN/Weller/1/flat " +
				"VERB:VBD/say/0/root DET/the/7/det NOUN/line/9/nsubj AUX:MD/would/9/aux VERB:VB/close/5/ccomp PUNCT/./5/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			want:   []want{{"said", "the line would close", "Tom Weller"}},
		},
		{
			name: "a title heading the name's compounds",
			text: "Transport Secretary Tom Weller said the line would close.",
			parse: []string{"PROPN/Transport/5/nsubj PROPN/Secretary/1/compound PROPN/Tom/4/compound PROPN/Weller/1/flat " +
				"VERB:VBD/say/0/root DET/the/7/det NOUN/line/9/nsubj AUX:MD/would/9/aux VERB:VB/close/5/ccomp PUNCT/./5/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			want:   []want{{"said", "the line would close", "Tom Weller"}},
		},
		{
			name: "a name modifying a speech verb read as a noun holds it",
			text: "\u201cThe toll is fair,\u201d Weller notes.",
			parse: []string{"PUNCT/\u201c/5/punct DET/the/3/det NOUN/toll/5/nsubj AUX:VBZ/be/5/cop ADJ/fair/0/root PUNCT/,/5/punct " +
				"PUNCT/\u201d/5/punct PROPN/Weller/9/amod NOUN:NNS/note/5/obj PUNCT/./5/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}},
			want:   []want{{"notes", "The toll is fair,", "Tom Weller"}},
		},
		{
			name: "a closing attribution labelled an adverbial clause",
			text: "Shops are closing across the county, a new report suggests.",
			parse: []string{"NOUN/shop/3/nsubj AUX:VBP/be/3/aux VERB:VBG/close/0/root ADP/across/6/case DET/the/6/det NOUN/county/3/obl " +
				"PUNCT/,/11/punct DET/a/10/det ADJ/new/10/amod NOUN/report/11/nsubj VERB:VBZ/suggest/3/advcl PUNCT/./3/punct"},
			people: []person{{"ORG:report", []string{"report"}}},
			want:   []want{{"suggests", "Shops are closing across the county", "report"}},
		},
		{
			name: "a participle after people hung on the verb is theirs",
			text: "The council ignored nurses saying that the ward is unsafe.",
			parse: []string{"DET/the/2/det NOUN/council/3/nsubj VERB:VBD/ignore/0/root NOUN/nurse/3/obj VERB:VBG/say/3/advcl " +
				"SCONJ/that/10/mark DET/the/8/det NOUN/ward/10/nsubj AUX:VBZ/be/10/cop ADJ/unsafe/5/ccomp PUNCT/./3/punct"},
			people: []person{{"ORG:council", []string{"council"}}, {"GROUP:nurses", []string{"nurses"}}},
			want:   []want{{"saying", "that the ward is unsafe", "nurses"}},
		},
		{
			name: "a participle after people hung on them is theirs",
			text: "The council ignored nurses saying that the ward is unsafe.",
			parse: []string{"DET/the/2/det NOUN/council/3/nsubj VERB:VBD/ignore/0/root NOUN/nurse/3/obj VERB:VBG/say/4/acl " +
				"SCONJ/that/10/mark DET/the/8/det NOUN/ward/10/nsubj AUX:VBZ/be/10/cop ADJ/unsafe/5/ccomp PUNCT/./3/punct"},
			people: []person{{"ORG:council", []string{"council"}}, {"GROUP:nurses", []string{"nurses"}}},
			want:   []want{{"saying", "that the ward is unsafe", "nurses"}},
		},
		{
			name: "a participle after a thing is the subject's",
			text: "The council left the meeting saying that the ward is unsafe.",
			parse: []string{"DET/the/2/det NOUN/council/3/nsubj VERB:VBD/leave/0/root DET/the/5/det NOUN/meeting/3/obj VERB:VBG/say/3/advcl " +
				"SCONJ/that/11/mark DET/the/9/det NOUN/ward/11/nsubj AUX:VBZ/be/11/cop ADJ/unsafe/6/ccomp PUNCT/./3/punct"},
			people: []person{{"ORG:council", []string{"council"}}},
			want:   []want{{"saying", "that the ward is unsafe", "council"}},
		},
		{
			name: "a name read as a verb before its own verb",
			text: "Weller further described the plan as a \"costly mistake.\"",
			parse: []string{"VERB:VB/Weller/0/root ADV/further/3/advmod VERB:VBN/describe/1/advcl DET/the/5/det NOUN/plan/3/obj " +
				"ADP/as/10/case DET/a/10/det PUNCT/\"/10/punct ADJ/costly/10/amod NOUN/mistake/3/obl PUNCT/./1/punct PUNCT/\"/10/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}},
			want:   []want{{"described", "costly mistake.", "Tom Weller"}},
		},
		{
			name: "an adverbial participle hung on a noun is its clause's subject's",
			text: "Lee courted the farmers by telling them that the levy would end.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/court/0/root DET/the/4/det NOUN/farmer/2/obj SCONJ/by/6/mark " +
				"VERB:VBG/tell/4/advcl PRON/they/6/iobj SCONJ/that/12/mark DET/the/10/det NOUN/levy/12/nsubj AUX:MD/would/12/aux " +
				"VERB:VB/end/6/ccomp PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"GROUP:farmers", []string{"farmers"}}},
			want:   []want{{"telling", "that the levy would end", "Mia Lee"}},
		},
		{
			name: "a clause after a fronted phrase joined to the cue by a comma alone",
			text: "Weller says after the storm, the ferry will run again.",
			parse: []string{"PROPN/Weller/2/nsubj VERB:VBZ/say/0/root ADP/after/5/case DET/the/5/det NOUN/storm/2/obl " +
				"PUNCT/,/10/punct DET/the/8/det NOUN/ferry/10/nsubj AUX:MD/will/10/aux VERB:VB/run/2/conj ADV/again/10/advmod PUNCT/./2/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}},
			want:   []want{{"says", "after the storm, the ferry will run again", "Tom Weller"}},
		},
		{
			name: "a closing attribution with a nominal label",
			text: "Rents are rising across the city, a new study suggests.",
			parse: []string{"NOUN/rent/3/nsubj AUX:VBP/be/3/aux VERB:VBG/rise/0/root ADP/across/6/case DET/the/6/det NOUN/city/3/obl " +
				"PUNCT/,/11/punct DET/a/10/det ADJ/new/10/amod NOUN/study/11/nsubj VERB:VBZ/suggest/3/obl PUNCT/./3/punct"},
			people: []person{{"ORG:study", []string{"study"}}},
			want:   []want{{"suggests", "Rents are rising across the city", "study"}},
		},
		{
			name: "an apposition of the object hung on the verb as a clause",
			text: "Lee said her aide, a nurse from Hull, booked the hall.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root PRON/she/4/nmod:poss NOUN/aide/2/obj PUNCT/,/7/punct DET/a/7/det " +
				"NOUN/nurse/2/ccomp ADP/from/9/case PROPN/Hull/7/nmod PUNCT/,/11/punct VERB:VBD/book/2/conj DET/the/13/det " +
				"NOUN/hall/11/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"said", "her aide, a nurse from Hull, booked the hall", "Mia Lee"}},
		},
		{
			name: "a number after of taken for the subject",
			text: "The father of two replied that the fee was too high.",
			parse: []string{"DET/the/2/det NOUN/father/5/obl ADP/of/5/case NUM:CD/two/5/nsubj VERB:VBD/reply/0/root " +
				"SCONJ/that/11/mark DET/the/8/det NOUN/fee/11/nsubj AUX:VBD/be/11/cop ADV/too/11/advmod ADJ/high/5/ccomp PUNCT/./5/punct"},
			want: []want{{"replied", "that the fee was too high", "father"}},
		},
		{
			name: "a participle after the source describes it when the parse hangs the source on it",
			text: "Bus fares rose by a third last year, according to a report released on Friday by the council.",
			parse: []string{"NOUN/bus/2/compound NOUN/fare/3/nsubj VERB:VBD/rise/0/root ADP/by/6/case DET/a/6/det NOUN/third/3/obl " +
				"ADJ/last/8/amod NOUN/year/3/obl:tmod PUNCT/,/14/punct VERB:VBG/accord/13/case ADP/to/10/fixed DET/a/13/det " +
				"NOUN/report/14/obl VERB:VBN/release/3/advcl ADP/on/16/case PROPN/Friday/14/obl ADP/by/19/case DET/the/19/det " +
				"NOUN/council/14/obl:agent PUNCT/./3/punct"},
			people: []person{{"ORG:report", []string{"report"}}},
			want:   []want{{"according to", "Bus fares rose by a third last year", "report"}},
		},
		{
			name: "a participle opening the sentence parsed as the root",
			text: "Asked about the fare, Tom Weller said the line would stay open.",
			parse: []string{"VERB:VBD/ask/0/root ADP/about/4/case DET/the/4/det NOUN/fare/1/obl PUNCT/,/4/punct " +
				"PROPN/Tom/8/nsubj PROPN/Weller/6/flat VERB:VBD/say/1/parataxis DET/the/10/det NOUN/line/12/nsubj " +
				"AUX:MD/would/12/aux VERB:VB/stay/8/ccomp ADJ/open/12/xcomp PUNCT/./1/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			want:   []want{{"said", "the line would stay open", "Tom Weller"}},
		},
		{
			name: "a quantity subject with what it counts parsed as a second subject",
			text: "Eight of 10 drivers say the road is unsafe.",
			parse: []string{"NUM:CD/eight/5/nsubj ADP/of/4/case NUM:CD/10/4/nummod NOUN/driver/5/nsubj VERB:VBP/say/0/root " +
				"DET/the/7/det NOUN/road/9/nsubj AUX:VBZ/be/9/cop ADJ/unsafe/5/ccomp PUNCT/./5/punct"},
			people: []person{{"GROUP:10 drivers", []string{"10 drivers"}}},
			want:   []want{{"say", "the road is unsafe", "Eight of 10 drivers"}},
		},
		{
			name: "a time read as the object of a closing attribution",
			text: "The ferry will stop in May, the owners said Tuesday.",
			parse: []string{"DET/the/2/det NOUN/ferry/4/nsubj AUX:MD/will/4/aux VERB:VB/stop/0/root ADP/in/6/case PROPN/May/4/obl " +
				"PUNCT/,/6/punct DET/the/9/det NOUN/owner/10/nsubj VERB:VBD/say/4/obl PROPN/Tuesday/10/obj PUNCT/./4/punct"},
			people: []person{{"GROUP:owners", []string{"owners"}}},
			want:   []want{{"said", "The ferry will stop in May", "owners"}},
		},
		{
			name: "a relative clause after a dash hung on the far noun",
			text: "The vote turned on rents, with Tom Weller \u2014 who has called for lower fees \u2014 attacking the plan.",
			parse: []string{"DET/the/2/det NOUN/vote/3/nsubj VERB:VBD/turn/0/root ADP/on/5/case NOUN/rent/3/obl PUNCT/,/18/punct " +
				"SCONJ/with/18/mark PROPN/Tom/18/nsubj PROPN/Weller/8/flat PUNCT/\u2014/13/punct PRON/who/13/nsubj AUX:VBZ/have/13/aux " +
				"VERB:VBN/call/20/acl:relcl ADP/for/16/case ADJ/low/16/amod NOUN/fee/13/obl PUNCT/\u2014/13/punct " +
				"VERB:VBG/attack/3/advcl DET/the/20/det NOUN/plan/18/obj PUNCT/./3/punct"},
			people: []person{{"Tom Weller", []string{"Tom Weller"}}},
			want:   []want{{"called", "lower fees", "Tom Weller"}},
		},
		{
			name: "a subject and its apposition both labelled ccomp",
			text: "Lee said her aide, a nurse from Hull, booked the hall.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root PRON/she/4/nmod:poss NOUN/aide/2/ccomp PUNCT/,/7/punct DET/a/7/det " +
				"NOUN/nurse/2/ccomp ADP/from/9/case PROPN/Hull/7/nmod PUNCT/,/11/punct VERB:VBD/book/2/conj DET/the/13/det " +
				"NOUN/hall/11/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"said", "her aide, a nurse from Hull, booked the hall", "Mia Lee"}},
		},
		{
			name: "the person told parsed as a first subject of what was told",
			text: "Lee told the porters standing nearby she would close the ward.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/tell/0/root DET/the/4/det NOUN/porter/9/nsubj VERB:VBG/stand/4/acl " +
				"ADV/nearby/5/advmod PRON/she/9/nsubj AUX:MD/would/9/aux VERB:VB/close/2/ccomp DET/the/11/det NOUN/ward/9/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"GROUP:porters", []string{"porters"}}},
			want:   []want{{"told", "she would close the ward", "Mia Lee"}},
		},
		{
			name: "a cue verb labelled an oblique of the clause it reports",
			text: "Okafor mentioned she is ready for a second vote.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/mention/5/obl PRON/she/5/nsubj AUX:VBZ/be/5/cop ADJ/ready/0/root " +
				"ADP/for/9/case DET/a/9/det ADJ/second/9/amod NOUN/vote/5/obl PUNCT/./5/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []want{{"mentioned", "she is ready for a second vote", "Grace Okafor"}},
		},
		{
			name: "a lone dash ends the content",
			text: "Lee urged the council to cut the fee \u2014 a demand that suits the landlords.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/urge/0/root DET/the/4/det NOUN/council/2/obj PART/to/6/mark VERB:VB/cut/2/xcomp " +
				"DET/the/8/det NOUN/fee/6/obj PUNCT/\u2014/11/punct DET/a/11/det NOUN/demand/6/obj PRON/that/13/nsubj " +
				"VERB:VBZ/suit/11/acl:relcl DET/the/15/det NOUN/landlord/13/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"urged", "the council to cut the fee", "Mia Lee"}},
		},
		{
			name: "a pair of dashes sets off an aside inside the content",
			text: "Lee urged the council \u2014 and the mayor \u2014 to cut the fee.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/urge/0/root DET/the/4/det NOUN/council/2/obj PUNCT/\u2014/8/punct CCONJ/and/8/cc " +
				"DET/the/8/det NOUN/mayor/4/conj PUNCT/\u2014/8/punct PART/to/11/mark VERB:VB/cut/2/xcomp DET/the/13/det NOUN/fee/11/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"urged", "the council \u2014 and the mayor \u2014 to cut the fee", "Mia Lee"}},
		},
		{
			name: "the object of the verb above speaks through an infinitive",
			text: "The judge forced Weller, who ran the depot, to admit that the fees were wrong.",
			parse: []string{"DET/the/2/det NOUN/judge/3/nsubj VERB:VBD/force/0/root PROPN/Weller/3/obj PUNCT/,/6/punct " +
				"PRON/who/7/nsubj VERB:VBD/run/4/acl:relcl DET/the/9/det NOUN/depot/7/obj PUNCT/,/4/punct PART/to/12/mark " +
				"VERB:VB/admit/3/xcomp SCONJ/that/17/mark DET/the/15/det NOUN/fee/17/nsubj AUX:VBD/be/17/cop ADJ/wrong/12/ccomp PUNCT/./3/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}, {"GROUP:judge", []string{"judge"}}},
			want:   []want{{"admit", "that the fees were wrong", "Tom Weller"}},
		},
		{
			name: "the object parsed as the subject of the infinitive",
			text: "The judge forced Weller, who ran the depot, to admit that the fees were wrong.",
			parse: []string{"DET/the/2/det NOUN/judge/3/nsubj VERB:VBD/force/0/root PROPN/Weller/12/nsubj PUNCT/,/6/punct " +
				"PRON/who/7/nsubj VERB:VBD/run/4/acl:relcl DET/the/9/det NOUN/depot/7/obj PUNCT/,/4/punct PART/to/12/mark " +
				"VERB:VB/admit/3/ccomp SCONJ/that/17/mark DET/the/15/det NOUN/fee/17/nsubj AUX:VBD/be/17/cop ADJ/wrong/12/ccomp PUNCT/./3/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}, {"GROUP:judge", []string{"judge"}}},
			want:   []want{{"admit", "that the fees were wrong", "Tom Weller"}},
		},
		{
			name: "a participle on the infinitive is the subject's",
			text: "The union begged Lee to act, arguing that the fee was unfair.",
			parse: []string{"DET/the/2/det NOUN/union/3/nsubj VERB:VBD/beg/0/root PROPN/Lee/3/obj PART/to/6/mark VERB:VB/act/3/xcomp " +
				"PUNCT/,/8/punct VERB:VBG/argue/6/advcl SCONJ/that/13/mark DET/the/11/det NOUN/fee/13/nsubj AUX:VBD/be/13/cop " +
				"ADJ/unfair/8/ccomp PUNCT/./3/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"ORG:union", []string{"union"}}},
			want:   []want{{"arguing", "that the fee was unfair", "union"}},
		},
		{
			name: "a noun cue after with is its clause subject's",
			text: "Lee stirred anger with a claim that the bridge was unsafe.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/stir/0/root NOUN/anger/2/obj ADP/with/6/case DET/a/6/det NOUN/claim/2/obl " +
				"SCONJ/that/11/mark DET/the/9/det NOUN/bridge/11/nsubj AUX:VBD/be/11/cop ADJ/unsafe/6/acl PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"claim", "that the bridge was unsafe", "Mia Lee"}},
		},
		{
			name: "a noun cue after with hung on the object is its clause subject's",
			text: "Lee stirred anger with a claim that the bridge was unsafe.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/stir/0/root NOUN/anger/2/obj ADP/with/6/case DET/a/6/det NOUN/claim/3/nmod " +
				"SCONJ/that/11/mark DET/the/9/det NOUN/bridge/11/nsubj AUX:VBD/be/11/cop ADJ/unsafe/6/acl PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"claim", "that the bridge was unsafe", "Mia Lee"}},
		},
		{
			name: "a participle whose verb lost its subject takes the name before that verb",
			text: "Speaking in Leeds, Weller wavered in answering whether the depot would close.",
			parse: []string{"VERB:VBG/speak/6/advcl ADP/in/3/case PROPN/Leeds/1/obl PUNCT/,/5/punct PROPN/Weller/3/appos " +
				"VERB:VBD/waver/0/root SCONJ/in/8/mark VERB:VBG/answer/6/advcl SCONJ/whether/13/mark DET/the/11/det " +
				"NOUN/depot/13/nsubj AUX:MD/would/13/aux VERB:VB/close/8/ccomp PUNCT/./6/punct"},
			people: []person{{"Tom Weller", []string{"Weller"}}},
			want:   []want{{"answering", "whether the depot would close", "Tom Weller"}},
		},
		{
			name: "a span of weeks read as the subject, the name hung on it",
			text: "Ruiz in recent weeks has argued that the fee is unfair.",
			parse: []string{"PROPN/Ruiz/4/nmod ADP/in/4/case ADJ/recent/4/amod NOUN:NNS/week/6/nsubj AUX:VBZ/have/6/aux VERB:VBN/argue/0/root " +
				"SCONJ/that/11/mark DET/the/9/det NOUN/fee/11/nsubj AUX:VBZ/be/11/cop ADJ/unfair/6/ccomp PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []want{{"argued", "that the fee is unfair", "Ana Ruiz"}},
		},
		{
			name: "a span of weeks read as the subject, the name apart",
			text: "Ruiz in recent weeks has argued that the fee is unfair.",
			parse: []string{"PROPN/Ruiz/6/dep ADP/in/4/case ADJ/recent/4/amod NOUN:NNS/week/6/nsubj AUX:VBZ/have/6/aux VERB:VBN/argue/0/root " +
				"SCONJ/that/11/mark DET/the/9/det NOUN/fee/11/nsubj AUX:VBZ/be/11/cop ADJ/unfair/6/ccomp PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ruiz"}}},
			want:   []want{{"argued", "that the fee is unfair", "Ana Ruiz"}},
		},
		{
			name: "a subject read as the object with its verb hung on the verb above",
			text: "The mayor rejected the plan, saying the drivers have no right to block the road.",
			parse: []string{"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/reject/0/root DET/the/5/det NOUN/plan/3/obj PUNCT/,/7/punct " +
				"VERB:VBG/say/3/advcl DET/the/9/det NOUN:NNS/driver/7/obj VERB:VBP/have/3/conj DET/no/12/det NOUN/right/10/obj " +
				"PART/to/14/mark VERB:VB/block/12/acl DET/the/16/det NOUN/road/14/obj PUNCT/./3/punct"},
			people: []person{{"GROUP:mayor", []string{"mayor"}}},
			want:   []want{{"saying", "the drivers have no right to block the road", "mayor"}},
		},
		{
			name: "a subject read as the object with its verb an auxiliary hung far off",
			text: "The mayor rejected the plan, saying the drivers have no right to block the road.",
			parse: []string{"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/reject/0/root DET/the/5/det NOUN/plan/3/obj PUNCT/,/7/punct " +
				"VERB:VBG/say/3/advcl DET/the/9/det NOUN:NNS/driver/7/obj AUX:VBP/have/12/aux DET/no/12/det NOUN/right/3/obj " +
				"PART/to/14/mark VERB:VB/block/12/acl DET/the/16/det NOUN/road/14/obj PUNCT/./3/punct"},
			people: []person{{"GROUP:mayor", []string{"mayor"}}},
			want:   []want{{"saying", "the drivers have no right to block the road", "mayor"}},
		},
		{
			name: "the clause read from a fronted clause's object ends with that clause",
			text: "While her aides suggested the plan is dead, Lee kept her counsel.",
			parse: []string{"SCONJ/while/4/mark PRON/she/3/nmod:poss NOUN:NNS/aide/4/nsubj VERB:VBD/suggest/11/advcl DET/the/6/det " +
				"NOUN/plan/4/obj AUX:VBZ/be/11/cop ADJ/dead/11/dep PUNCT/,/11/punct PROPN/Lee/11/nsubj VERB:VBD/keep/0/root " +
				"PRON/she/13/nmod:poss NOUN/counsel/11/obj PUNCT/./11/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"GROUP:aides", []string{"aides"}}},
			want:   []want{{"suggested", "the plan is dead", "aides"}},
		},
		{
			name: "a cue inside a subject lends its object no verb",
			text: "Drivers who question the toll lose their case.",
			parse: []string{"NOUN:NNS/driver/5/nsubj PRON/who/3/nsubj VERB:VBP/question/1/acl:relcl DET/the/5/det NOUN/toll/3/obj " +
				"VERB:VBP/lose/0/root PRON/they/8/nmod:poss NOUN/case/6/obj PUNCT/./6/punct"},
			want: []want{{"question", "the toll", "Drivers"}},
		},
		{
			name: "a one-word subject before a cue set between commas, both subjects of the cue",
			text: "Leeds, Okafor said, gave her a warm welcome.",
			parse: []string{"PROPN/Leeds/4/nsubj PUNCT/,/1/punct PROPN/Okafor/4/nsubj VERB:VBD/say/0/root PUNCT/,/6/punct " +
				"VERB:VBD/give/4/ccomp PRON/she/6/iobj DET/a/10/det ADJ/warm/10/amod NOUN/welcome/6/obj PUNCT/./4/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []want{{"said", "Leeds gave her a warm welcome", "Grace Okafor"}},
		},
		{
			name: "a one-word subject before a cue set between commas, the cue parataxis",
			text: "Leeds, Okafor said, gave her a warm welcome.",
			parse: []string{"PROPN/Leeds/6/nsubj PUNCT/,/4/punct PROPN/Okafor/4/nsubj VERB:VBD/say/6/parataxis PUNCT/,/4/punct " +
				"VERB:VBD/give/0/root PRON/she/6/iobj DET/a/10/det ADJ/warm/10/amod NOUN/welcome/6/obj PUNCT/./6/punct"},
			people: []person{{"Grace Okafor", []string{"Okafor"}}},
			want:   []want{{"said", "Leeds gave her a warm welcome", "Grace Okafor"}},
		},
		{
			name: "a dateline read as the subject, the name after the dash parataxis of it",
			text: "Leeds (AP) \u2013 Mayor Ana Ruiz will open the bridge, saying that the repairs are done.",
			parse: []string{"PROPN/Leeds/10/nsubj PUNCT/(/3/punct PROPN/AP/1/appos PUNCT/)/3/punct PUNCT/\u2013/7/punct " +
				"PROPN/Mayor/7/compound PROPN/Ana/1/parataxis PROPN/Ruiz/7/flat AUX:MD/will/10/aux VERB:VB/open/0/root DET/the/12/det " +
				"NOUN/bridge/10/obj PUNCT/,/14/punct VERB:VBG/say/10/advcl SCONJ/that/19/mark DET/the/17/det NOUN:NNS/repair/19/nsubj " +
				"AUX:VBP/be/19/cop ADJ/done/14/ccomp PUNCT/./10/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"GPE:Leeds", []string{"Leeds"}}},
			want:   []want{{"saying", "that the repairs are done", "Ana Ruiz"}},
		},
		{
			name: "a dateline read as the subject, the name after the dash a list item with a time",
			text: "Leeds (AP) \u2013 Mayor Ana Ruiz on Tuesday said that the repairs are done.",
			parse: []string{"PROPN/Leeds/11/nsubj PUNCT/(/3/punct PROPN/AP/1/appos PUNCT/)/3/punct PUNCT/\u2013/6/punct " +
				"PROPN/Mayor/1/list PROPN/Ana/6/appos PROPN/Ruiz/7/flat ADP/on/10/case PROPN/Tuesday/6/obl " +
				"VERB:VBD/say/0/root SCONJ/that/16/mark DET/the/14/det NOUN:NNS/repair/16/nsubj AUX:VBP/be/16/cop ADJ/done/11/ccomp PUNCT/./11/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"GPE:Leeds", []string{"Leeds"}}},
			want:   []want{{"said", "that the repairs are done", "Ana Ruiz"}},
		},
		{
			name: "an open they is the people named last before it",
			text: "The inquiry heard from nurses at the clinic. They said the ward had closed.",
			parse: []string{"DET/the/2/det NOUN/inquiry/3/nsubj VERB:VBD/hear/0/root ADP/from/5/case NOUN:NNS/nurse/3/obl " +
				"ADP/at/8/case DET/the/8/det NOUN/clinic/5/nmod PUNCT/./3/punct",
				"PRON/they/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/ward/6/nsubj AUX:VBD/have/6/aux VERB:VBN/close/2/ccomp PUNCT/./2/punct"},
			want: []want{{"said", "the ward had closed", "nurses"}},
		},
		{
			name: "an open they after a plural thing is no one",
			text: "The nurses kept the ledgers, though they showed the fees were wrong.",
			parse: []string{"DET/the/2/det NOUN:NNS/nurse/3/nsubj VERB:VBD/keep/0/root DET/the/5/det NOUN:NNS/ledger/3/obj PUNCT/,/9/punct " +
				"SCONJ/though/9/mark PRON/they/9/nsubj VERB:VBD/show/3/advcl DET/the/11/det NOUN:NNS/fee/13/nsubj AUX:VBD/be/13/cop " +
				"ADJ/wrong/9/ccomp PUNCT/./3/punct"},
			want: []want{{"showed", "the fees were wrong", ""}},
		},
		{
			name: "that before a comma is the pronoun object, not a complementiser",
			text: "Having said that, some farmers argue that the fee is fair.",
			parse: []string{"AUX:VBG/have/2/aux VERB:VBN/say/6/advcl SCONJ/that/6/mark PUNCT/,/6/punct DET/some/5/det " +
				"NOUN:NNS/farmer/6/nsubj VERB:VBP/argue/0/root SCONJ/that/11/mark DET/the/9/det NOUN/fee/11/nsubj AUX:VBZ/be/11/cop " +
				"ADJ/fair/6/ccomp PUNCT/./6/punct"},
			want:  []want{{"argue", "that the fee is fair", "farmers"}},
			noCue: "said",
		},
		{
			name: "that before an aside between commas is the complementiser",
			text: "Lee said that, if elected, she would cut the fee.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/0/root SCONJ/that/10/mark PUNCT/,/6/punct SCONJ/if/6/mark " +
				"VERB:VBN/elect/10/advcl PUNCT/,/6/punct PRON/she/10/nsubj AUX:MD/would/10/aux VERB:VB/cut/2/ccomp DET/the/12/det " +
				"NOUN/fee/10/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			want:   []want{{"said", "that, if elected, she would cut the fee", "Mia Lee"}},
		},
		{
			name: "a fronted clause read as the main one, the cue below it with no subject",
			text: "Although Lee lacks a record, local nurses from both wards say she has worked hard.",
			parse: []string{"SCONJ/although/3/mark PROPN/Lee/3/nsubj VERB:VBZ/lack/0/root DET/a/5/det NOUN/record/3/obj PUNCT/,/8/punct " +
				"ADJ/local/8/amod NOUN:NNS/nurse/5/conj ADP/from/11/case DET/both/11/det NOUN:NNS/ward/5/nmod VERB:VBP/say/3/xcomp " +
				"PRON/she/15/nsubj AUX:VBZ/have/15/aux VERB:VBN/work/12/ccomp ADV/hard/15/advmod PUNCT/./3/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"GROUP:nurses", []string{"local nurses from both wards"}}},
			want:   []want{{"say", "she has worked hard", "nurses"}},
		},
		{
			name: "a fronted clause's noun read as the subject of the main verb",
			text: "While the board sets no rule on fees, local nurses have argued that the fees are unfair.",
			parse: []string{"SCONJ/while/4/mark DET/the/3/det NOUN/board/13/nsubj VERB:VBZ/set/0/root DET/no/6/det NOUN/rule/4/obj " +
				"ADP/on/8/case NOUN:NNS/fee/6/nmod PUNCT/,/13/punct ADJ/local/11/amod NOUN:NNS/nurse/13/obl AUX:VBP/have/13/aux " +
				"VERB:VBN/argue/4/advcl SCONJ/that/18/mark DET/the/16/det NOUN:NNS/fee/18/nsubj AUX:VBP/be/18/cop " +
				"ADJ/unfair/13/ccomp PUNCT/./4/punct"},
			people: []person{{"ORG:board", []string{"board"}}, {"GROUP:nurses", []string{"local nurses"}}},
			want:   []want{{"argued", "that the fees are unfair", "nurses"}},
		},
		{
			name: "a participle after a clause between commas is that clause's, the participle on its predicate",
			text: "After the vote, the nurses were pleased, perhaps recognizing that the fee would fall.",
			parse: []string{"ADP/after/3/case DET/the/3/det NOUN/vote/8/obl PUNCT/,/8/punct DET/the/6/det NOUN:NNS/nurse/8/nsubj " +
				"AUX:VBD/be/8/cop ADJ/pleased/0/root PUNCT/,/11/punct ADV/perhaps/11/advmod VERB:VBG/recognize/8/advcl " +
				"SCONJ/that/16/mark DET/the/14/det NOUN/fee/16/nsubj AUX:MD/would/16/aux VERB:VB/fall/11/ccomp PUNCT/./8/punct"},
			people: []person{{"GROUP:nurses", []string{"nurses"}}, {"MISC:vote", []string{"vote"}}},
			want:   []want{{"recognizing", "that the fee would fall", "nurses"}},
		},
		{
			name: "a participle after a clause between commas is that clause's, the participle a subject",
			text: "After the vote, the nurses were pleased, perhaps recognizing that the fee would fall.",
			parse: []string{"ADP/after/3/case DET/the/3/det NOUN/vote/0/root PUNCT/,/8/punct DET/the/6/det NOUN:NNS/nurse/8/nsubj " +
				"AUX:VBD/be/8/cop ADJ/pleased/3/acl:relcl PUNCT/,/11/punct ADV/perhaps/11/advmod VERB:VBG/recognize/3/csubj " +
				"SCONJ/that/16/mark DET/the/14/det NOUN/fee/16/nsubj AUX:MD/would/16/aux VERB:VB/fall/11/ccomp PUNCT/./3/punct"},
			people: []person{{"GROUP:nurses", []string{"nurses"}}, {"MISC:vote", []string{"vote"}}},
			want:   []want{{"recognizing", "that the fee would fall", "nurses"}},
		},
		{
			name: "a dateline with a horizontal bar read as the subject",
			text: "LEEDS \u2015 Mayor Ana Ruiz said that the repairs are done.",
			parse: []string{"PROPN/LEEDS/6/nsubj PUNCT/\u2015/5/punct PROPN/Mayor/5/compound PROPN/Ana/1/appos PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root SCONJ/that/11/mark DET/the/9/det NOUN:NNS/repair/11/nsubj AUX:VBP/be/11/cop ADJ/done/6/ccomp PUNCT/./6/punct"},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}, {"GPE:Leeds", []string{"LEEDS"}}},
			want:   []want{{"said", "that the repairs are done", "Ana Ruiz"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			found := describe(d, d.Quotes)
		wants:
			for _, w := range tt.want {
				for _, g := range found {
					if g.cue == w.cue {
						if g.text != w.text || g.speaker != w.speaker {
							t.Errorf("quote cued by %q = %q by %q, want %q by %q", w.cue, g.text, g.speaker, w.text, w.speaker)
						}
						continue wants
					}
				}
				t.Errorf("no quote cued by %q among %+v", w.cue, found)
			}
			for _, g := range found {
				if tt.noCue != "" && g.cue == tt.noCue {
					t.Errorf("got quote %+v cued by %q, want none", g, tt.noCue)
				}
			}
		})
	}
}

// TestOccasionEndsObject checks that a phrase telling where or when
// something was said ends an object content, and that a clause keeps it.
func TestOccasionEndsObject(t *testing.T) {
	tests := []struct{ name, text, cue, want string }{
		{"an interview and a day after the object", "Ruiz criticized the ferry plan in a radio interview on Thursday.",
			"criticized", "the ferry plan"},
		{"a debate after the object", "Lee denounced the new toll during the debate.", "denounced", "the new toll"},
		{"a rally after a prepositional content", "Okafor complained about the fees at a rally in Leeds.",
			"complained", "the fees"},
		{"a clause keeps its time", "Lee said the port would close in the spring.", "said",
			"the port would close in the spring"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}

// TestLightNounObject checks that the object of a verb that only voices a
// remark is what the remark is about, and that other objects stay whole.
func TestLightNounObject(t *testing.T) {
	tests := []struct{ name, text, cue, want string }{
		{"a note about", "Ruiz voiced a hopeful note about the harbour budget.", "voiced", "the harbour budget"},
		{"a concern about", "Ruiz expressed deep concern about the new toll.", "expressed", "the new toll"},
		{"another noun keeps its phrase", "Lee offered a loan to the ferry company.", "offered", "a loan to the ferry company"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
