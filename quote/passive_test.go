package quote

import "testing"

// TestIsPassive checks that a passive auxiliary makes a verb passive
// unless an active subject of the verb stands between the two: a parse
// that joins "is" of one clause to the verb of the next ("... is close -
// Lee has vowed ...") leaves that verb active, and its speaker with it.
// The sentences are written for this test.
func TestIsPassive(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		verb       string
		want       bool
	}{
		{
			name: "an auxiliary of the clause before, across the subject, is not the verb's",
			text: "The vote is close - Lee has vowed to fight on.",
			parse: []string{"DET/the/2/det NOUN/vote/4/nsubj AUX:VBZ/be/8/aux:pass ADJ/close/8/advcl PUNCT/-/8/punct " +
				"PROPN/Lee/8/nsubj AUX:VBZ/have/8/aux VERB:VBN/vow/0/root PART/to/10/mark VERB:VB/fight/8/xcomp " +
				"ADV/on/10/compound:prt PUNCT/./8/punct"},
			verb: "vowed",
			want: false,
		},
		{
			name: "a passive auxiliary after its subject makes a passive",
			text: "The fee was raised in May.",
			parse: []string{"DET/the/2/det NOUN/fee/4/nsubj:pass AUX:VBD/be/4/aux:pass VERB:VBN/raise/0/root " +
				"ADP/in/6/case PROPN/May/4/obl PUNCT/./4/punct"},
			verb: "raised",
			want: true,
		},
		{
			name: "a question's passive subject after the auxiliary still makes a passive",
			text: "Was Lee asked about the fee?",
			parse: []string{"AUX:VBD/be/3/aux:pass PROPN/Lee/3/nsubj:pass VERB:VBN/ask/0/root ADP/about/6/case " +
				"DET/the/6/det NOUN/fee/3/obl PUNCT/?/3/punct"},
			verb: "asked",
			want: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			v := -1
			for i, tok := range d.Tokens {
				if d.Text[tok.Start:tok.End] == tt.verb {
					v = i
				}
			}
			if v < 0 {
				t.Fatalf("no token %q in %q", tt.verb, tt.text)
			}
			if got := w.isPassive(v); got != tt.want {
				t.Errorf("isPassive(%q) = %v, want %v", tt.verb, got, tt.want)
			}
		})
	}
}
