package quote

import "testing"

// TestClauseAfterRelative checks two subjects the parse hands to the wrong
// noun: a verb joined by ", and" after a relative clause set off by commas
// is the main clause's, not the relative's, and an infinitive after the
// object of a verb like "prompt" is that object's, however the parse
// calls it. The parses are laid by hand on sentences written for this test.
func TestClauseAfterRelative(t *testing.T) {
	weller := person{"Tom Weller", []string{"Tom Weller"}}
	council := person{"ORG:council", []string{"council"}}
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		cue, want  string
	}{
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			for _, g := range describe(d, d.Quotes) {
				if g.cue == tt.cue {
					if g.speaker != tt.want {
						t.Errorf("quote cued by %q has speaker %q, want %q", tt.cue, g.speaker, tt.want)
					}
					return
				}
			}
			t.Errorf("no quote cued by %q among %+v", tt.cue, describe(d, d.Quotes))
		})
	}
}
