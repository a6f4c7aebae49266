package quote

import "testing"

// TestThatAfterAside checks that a "that" clause after an aside set off by
// commas right after the cue ("said, twice, that …") is the cue's content
// when the parse hung the clause on the aside, also when it made the
// clause's verb a conjunct of the cue; and that an aside with a verb of
// its own is no aside. The sentences are written for this test.
func TestThatAfterAside(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       []string // contents of the cue "said"
	}{
		{
			name: "clause hung on the adverb",
			text: "Okafor said, twice, that the ferry would run on Sunday.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root PUNCT/,/4/punct ADV/twice/2/advmod PUNCT/,/10/punct " +
				"SCONJ/that/10/mark DET/the/8/det NOUN/ferry/10/nsubj AUX:MD/would/10/aux VERB:VB/run/4/ccomp " +
				"ADP/on/12/case PROPN/Sunday/10/obl PUNCT/./2/punct"},
			want: []string{"that the ferry would run on Sunday"},
		},
		{
			name: "clause made a conjunct of the cue",
			text: "Okafor said, for example, that she neither sold nor bought the boats.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root PUNCT/,/5/punct ADP/for/5/case NOUN/example/2/obl " +
				"PUNCT/,/10/punct SCONJ/that/10/mark PRON/she/10/nsubj ADV/neither/10/advmod VERB:VBD/sell/2/conj " +
				"CCONJ/nor/12/cc VERB:VBD/buy/10/conj DET/the/14/det NOUN/boat/12/obj PUNCT/./2/punct"},
			want: []string{"that she neither sold nor bought the boats"},
		},
		{
			name: "an aside with a verb is a clause of its own",
			text: "Okafor said, as she left, that the ferry would run.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root PUNCT/,/6/punct SCONJ/as/6/mark PRON/she/6/nsubj " +
				"VERB:VBD/leave/2/advcl PUNCT/,/12/punct SCONJ/that/12/mark DET/the/10/det NOUN/ferry/12/nsubj " +
				"AUX:MD/would/12/aux VERB:VB/run/6/ccomp PUNCT/./2/punct"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ada Okafor", []string{"Okafor"}})
			got := contentsOf(t, d, "said")
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("contents of \"said\" = %q, want %q", got, tt.want)
			}
		})
	}
}
