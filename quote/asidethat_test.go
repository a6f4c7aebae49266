package quote

import (
	"slices"
	"testing"
)

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

// TestThatAfterLongAside checks that "that" and a comma after a cue open
// the cue's clause when a long adverbial aside, closed by a later comma,
// comes between ("found that, on average over …, rents rose"), however
// long the aside; and that "that" after a cue with no subject of its own
// stays a pronoun ("Having said that, …"). The sentences are written for
// this test.
func TestThatAfterLongAside(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue        string
		want       []string
	}{
		{
			name: "an aside opened by a preposition",
			text: "The survey found that, on average across the four harbours it covered in 2021 and 2022, berth fees rose by a third.",
			parse: []string{"DET/the/2/det NOUN/survey/3/nsubj VERB:VBD/find/0/root SCONJ/that/21/mark PUNCT/,/4/punct ADP/on/7/case " +
				"NOUN/average/21/obl ADP/across/11/case DET/the/11/det NUM:CD/four/11/nummod NOUN/harbour/7/nmod PRON/it/13/nsubj " +
				"VERB:VBD/cover/11/acl:relcl ADP/in/15/case NUM:CD/2021/13/obl CCONJ/and/17/cc NUM:CD/2022/15/conj PUNCT/,/7/punct " +
				"NOUN/berth/20/compound NOUN/fee/21/nsubj VERB:VBD/rise/3/ccomp ADP/by/24/case DET/a/24/det NOUN/third/21/obl PUNCT/./3/punct"},
			cue:  "found",
			want: []string{"that, on average across the four harbours it covered in 2021 and 2022, berth fees rose by a third"},
		},
		{
			name: "an aside opened by according to",
			text: "The union said that, according to a count of the shifts worked at the depot last winter, drivers lost ten days of pay.",
			parse: []string{"DET/the/2/det NOUN/union/3/nsubj VERB:VBD/say/0/root SCONJ/that/22/mark PUNCT/,/6/punct VERB:VBG/accord/9/case " +
				"ADP/to/6/fixed DET/a/9/det NOUN/count/22/obl ADP/of/12/case DET/the/12/det NOUN/shift/9/nmod VERB:VBN/work/12/acl " +
				"ADP/at/16/case DET/the/16/det NOUN/depot/13/obl ADJ/last/18/amod NOUN/winter/13/obl:tmod PUNCT/,/9/punct " +
				"NOUN/driver/21/nsubj VERB:VBD/lose/3/ccomp NUM:CD/ten/23/nummod NOUN/day/21/obj ADP/of/25/case NOUN/pay/23/nmod PUNCT/./3/punct"},
			cue:  "said",
			want: []string{"that, according to a count of the shifts worked at the depot last winter, drivers lost ten days of pay"},
		},
		{
			name: "having said that keeps the pronoun",
			text: "Having said that, in the end the drivers lost ten days of pay at the depot last winter.",
			parse: []string{"AUX:VBG/have/2/aux VERB:VBN/say/9/advcl PRON/that/2/obj PUNCT/,/2/punct ADP/in/7/case DET/the/7/det " +
				"NOUN/end/9/obl DET/the/9/det NOUN/driver/10/nsubj VERB:VBD/lose/0/root NUM:CD/ten/12/nummod NOUN/day/10/obj " +
				"ADP/of/14/case NOUN/pay/12/nmod ADP/at/17/case DET/the/17/det NOUN/depot/10/obl ADJ/last/19/amod NOUN/winter/10/obl:tmod PUNCT/./10/punct"},
			cue:  "said",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse)
			if got := contentsOf(t, d, tt.cue); !slices.Equal(got, tt.want) {
				t.Errorf("contents of %q = %q, want %q", tt.cue, got, tt.want)
			}
		})
	}
}
