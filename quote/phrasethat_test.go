package quote

import (
	"slices"
	"testing"
)

// TestClauseAfterPhrase checks that the clause a cue reports past the
// phrases between them ("noted in a column in Sunday's paper that …") is
// its content whatever the parse hung the clause on, and that a "that"
// or pronoun opening a relative clause is not. The sentences and their
// parses, shaped like the parser's mistakes, are written for this test.
func TestClauseAfterPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue        string
		want       []string
	}{
		{
			name: "that clause made a relative clause of the paper",
			text: "Ruiz noted in a column in Sunday's Herald that berth fees have doubled.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/note/0/root ADP/in/5/case DET/a/5/det NOUN/column/2/obl ADP/in/9/case " +
				"PROPN/Sunday/9/nmod:poss PART:POS/'s/7/case PROPN/Herald/2/obl PRON/that/14/nsubj NOUN/berth/12/compound " +
				"NOUN/fee/14/nsubj AUX:VBP/have/14/aux VERB:VBN/double/9/acl:relcl PUNCT/./2/punct"},
			cue:  "noted",
			want: []string{"that berth fees have doubled"},
		},
		{
			name: "that clause made an adverbial clause past a place",
			text: "Lopez says at a town hall in Toledo, Ohio, that the tax will hurt farms.",
			parse: []string{"PROPN/Lopez/2/nsubj VERB:VBZ/say/0/root ADP/at/6/case DET/a/6/det NOUN/town/6/compound NOUN/hall/2/obl " +
				"ADP/in/8/case PROPN/Toledo/6/nmod PUNCT/,/10/punct PROPN/Ohio/8/conj PUNCT/,/16/punct SCONJ/that/16/mark " +
				"DET/the/14/det NOUN/tax/16/nsubj AUX:MD/will/16/aux VERB:VB/hurt/2/advcl NOUN/farm/16/obj PUNCT/./2/punct"},
			cue:  "says",
			want: []string{"that the tax will hurt farms"},
		},
		{
			name: "past a participle aside",
			text: "The director stated, while testifying before the board last week, that the dam was safe.",
			parse: []string{"DET/the/2/det NOUN/director/3/nsubj VERB:VBD/state/0/root PUNCT/,/6/punct SCONJ/while/6/mark " +
				"VERB:VBG/testify/3/advcl ADP/before/9/case DET/the/9/det NOUN/board/6/obl ADJ/last/11/amod NOUN/week/6/obl:tmod " +
				"PUNCT/,/17/punct SCONJ/that/17/mark DET/the/15/det NOUN/dam/17/nsubj AUX:VBD/be/17/cop ADJ/safe/3/conj PUNCT/./3/punct"},
			cue:  "stated",
			want: []string{"that the dam was safe"},
		},
		{
			name: "a pronoun clause after a time",
			text: "The union said in a statement on Friday night they would strike in May.",
			parse: []string{"DET/the/2/det NOUN/union/3/nsubj VERB:VBD/say/0/root ADP/in/6/case DET/a/6/det NOUN/statement/3/obl " +
				"ADP/on/9/case PROPN/Friday/9/compound NOUN/night/3/obl PRON/they/12/nsubj AUX:MD/would/12/aux " +
				"VERB:VB/strike/9/acl:relcl ADP/in/14/case PROPN/May/12/obl PUNCT/./3/punct"},
			cue:  "said",
			want: []string{"they would strike in May"},
		},
		{
			name: "a pronoun after a noun opens a relative clause",
			text: "Lee repeated in Ohio the claims they had made in March.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/repeat/0/root ADP/in/4/case PROPN/Ohio/2/obl DET/the/6/det NOUN/claim/2/obj " +
				"PRON/they/9/nsubj AUX:VBD/have/9/aux VERB:VBN/make/6/acl:relcl ADP/in/11/case PROPN/March/9/obl PUNCT/./2/punct"},
			cue:  "repeated",
			want: []string{"the claims they had made in March"},
		},
		{
			name: "that as the object of a relative clause",
			text: "Lee wrote in the first chapter of the book that she published in May about the port.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/write/0/root ADP/in/6/case DET/the/6/det ADJ/first/6/amod NOUN/chapter/2/obl " +
				"ADP/of/9/case DET/the/9/det NOUN/book/6/nmod PRON/that/12/obj PRON/she/12/nsubj VERB:VBD/publish/9/acl:relcl " +
				"ADP/in/14/case PROPN/May/12/obl ADP/about/17/case DET/the/17/det NOUN/port/2/obl PUNCT/./2/punct"},
			cue:  "wrote",
			want: []string{"the port"},
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

// TestClauseAfterPhraseWithoutGap checks "wrote after the storm she had
// lost her boat" with the clause parsed as a relative clause on "storm":
// a clause whose verb has its own object lacks nothing a
// relative clause would, so it is what was said. "repeated the attacks
// they had aired" keeps its relative clause.
func TestClauseAfterPhraseWithoutGap(t *testing.T) {
	txt := "Ruiz wrote after the storm she had lost her boat."
	d := parsedDoc(t, txt, []string{"PROPN/Ruiz/2/nsubj VERB:VBD/write/0/root ADP/after/5/case DET/the/5/det NOUN/storm/2/obl " +
		"PRON:PRP/she/8/nsubj AUX:VBD/have/8/aux VERB:VBN/lose/5/acl:relcl PRON:PRP$/her/10/nmod:poss NOUN/boat/8/obj PUNCT/./2/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "she had lost her boat", speaker: "Ana Ruiz", cue: "wrote"})

	txt = "Ruiz repeated the attacks they had aired."
	d = parsedDoc(t, txt, []string{"PROPN/Ruiz/2/nsubj VERB:VBD/repeat/0/root DET/the/4/det NOUN:NNS/attack/2/obj " +
		"PRON:PRP/they/7/nsubj AUX:VBD/have/7/aux VERB:VBN/air/4/acl:relcl PUNCT/./2/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.text == "they had aired" {
			t.Errorf("got %+v, want the relative clause left in its noun phrase", g)
		}
	}
}
