package quote

import "testing"

// TestHeadlineClaim checks a headline's claim in single marks after its
// subject: no speaker and no cue, though the tagger read a noun of the
// subject as a verb; a speaker after "says" closing the line; and a single
// quoted word after a verb, which stays that verb's.
func TestHeadlineClaim(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       got
	}{
		{
			name: "a claim after a subject read as a verb",
			text: "Harbour talks 'make progress'\n\nThe talks went well.",
			parse: []string{"PROPN/Harbour/2/nsubj VERB:VBZ/talk/0/root PUNCT/'/4/punct VERB:VB/make/2/xcomp NOUN/progress/4/obj PUNCT/'/4/punct",
				"DET/the/2/det NOUN/talk/3/nsubj VERB:VBD/go/0/root ADV/well/3/advmod PUNCT/./3/punct"},
			want: got{kind: "partial", text: "make progress"},
		},
		{
			name: "a speaker after says at the end of the line",
			text: "Ferry fares 'will rise', says mayor\n\nThe mayor spoke on Monday.",
			parse: []string{"NOUN/ferry/2/compound NOUN/fare/8/nsubj PUNCT/'/5/punct AUX:MD/will/5/aux VERB:VB/rise/8/ccomp PUNCT/'/5/punct " +
				"PUNCT/,/8/punct VERB:VBZ/say/0/root NOUN/mayor/8/obj",
				"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/speak/0/root ADP/on/5/case PROPN/Monday/3/obl PUNCT/./3/punct"},
			want: got{kind: "direct", text: "will rise", speaker: "mayor", cue: "says"},
		},
		{
			name: "one quoted word after a verb",
			text: "Okafor attacks harbour 'lies'\n\nThe row goes on.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBZ/attack/0/root NOUN/harbour/5/compound PUNCT/'/5/punct VERB:VBZ/lie/2/obj PUNCT/'/5/punct",
				"DET/the/2/det NOUN/row/3/nsubj VERB:VBZ/go/0/root ADV/on/3/advmod PUNCT/./3/punct"},
			people: []person{{"Okafor", []string{"Okafor"}}},
			want:   got{kind: "partial", text: "lies", speaker: "Okafor", cue: "attacks"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			checkQuote(t, d, tt.want, "quote "+tt.want.text, func(g got) bool { return g.text == tt.want.text })
		})
	}
}
