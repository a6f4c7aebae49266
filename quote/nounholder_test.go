package quote

import "testing"

// TestAgentHolder: a "from" or "by" phrase on a noun cue names its holder,
// also after a verb whose subject receives the noun.
func TestAgentHolder(t *testing.T) {
	for _, c := range []struct {
		text, parse string
		people      []person
		noun, want  string // want: the holder's word, "" for none
	}{
		{"Lee has faced criticism from rivals that her rallies were unsafe.",
			"PROPN:NNP/Lee/3/nsubj AUX:VBZ/have/3/aux VERB:VBN/face/0/root NOUN:NN/criticism/3/obj ADP/from/6/case " +
				"NOUN:NNS/rival/4/nmod SCONJ/that/11/mark PRON:PRP$/her/9/nmod:poss NOUN:NNS/rally/11/nsubj AUX:VBD/be/11/cop " +
				"ADJ:JJ/unsafe/4/acl PUNCT/./3/punct", nil, "criticism", "rivals"},
		{"Ruiz welcomed a call by the Tarnby Union to strike.",
			"PROPN:NNP/Ruiz/2/nsubj VERB:VBD/welcome/0/root DET/a/4/det NOUN:NN/call/2/obj ADP/by/8/case DET/the/8/det " +
				"PROPN:NNP/Tarnby/8/compound PROPN:NNP/Union/4/nmod PART:TO/to/10/mark VERB:VB/strike/4/acl PUNCT/./2/punct",
			[]person{{"ORG:Tarnby Union", []string{"Tarnby Union"}}}, "call", "Union"},
		// With no clause after it the noun is left as it was: its phrase
		// says where or to whom as often as what, and a holder would
		// tip the cue model into reporting it.
		{"A statement by Ruiz to the council ended the session.",
			"DET/a/2/det NOUN:NN/statement/8/nsubj ADP/by/4/case PROPN:NNP/Ruiz/2/nmod ADP/to/7/case DET/the/7/det " +
				"NOUN:NN/council/2/nmod VERB:VBD/end/0/root DET/the/10/det NOUN:NN/session/8/obj PUNCT/./8/punct",
			[]person{{"Ana Ruiz", []string{"Ruiz"}}}, "statement", ""},
		// A thing names no holder; the receiving verb's subject is none either.
		{"The plan drew support from the surplus.",
			"DET/the/2/det NOUN:NN/plan/3/nsubj VERB:VBD/draw/0/root NOUN:NN/support/3/obj ADP/from/7/case DET/the/7/det " +
				"NOUN:NN/surplus/4/nmod PUNCT/./3/punct", nil, "support", ""},
	} {
		d := parsedDoc(t, c.text, []string{c.parse}, c.people...)
		w := &work{}
		w.reset(d, testLexicon(t))
		v := -1
		for i := range d.Tokens {
			if w.word(i) == c.noun {
				v = i
			}
		}
		got := ""
		if h := w.holderOf(v); h >= 0 {
			got = w.word(h)
		}
		if got != c.want {
			t.Errorf("%q: holder of %q = %q, want %q", c.text, c.noun, got, c.want)
		}
	}
}
