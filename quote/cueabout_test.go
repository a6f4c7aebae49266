package quote

import (
	"testing"

	"dateline/text"
)

// TestGerundAfterPreposition checks, on hand-set parses, that a gerund
// clause after a preposition that the parse hangs on the verb as an
// adverbial clause is the cue's content, as its prepositional object
// would be; and that a clause with a conjunction of its own is not.
func TestGerundAfterPreposition(t *testing.T) {
	tests := []struct {
		name, text, parse, cue, want string
	}{
		{"called for",
			"Ruiz called for cutting the ferry fares in half.",
			"PROPN/Ruiz/2/nsubj VERB:VBD/call/0/root SCONJ/for/4/mark VERB:VBG/cut/2/advcl DET/the/7/det NOUN/ferry/7/compound NOUN:NNS/fare/4/obj ADP/in/9/case NOUN/half/4/obl PUNCT/./2/punct",
			"called", "cutting the ferry fares in half"},
		{"accused of",
			"The council was accused of wasting the flood money.",
			"DET/the/2/det NOUN/council/4/nsubj:pass AUX/be/4/aux:pass VERB:VBN/accuse/0/root SCONJ/of/6/mark VERB:VBG/waste/4/advcl DET/the/9/det NOUN/flood/9/compound NOUN/money/6/obj PUNCT/./4/punct",
			"accused", "wasting the flood money"},
		{"a clause with its own conjunction",
			"Ruiz called while the council was meeting.",
			"PROPN/Ruiz/2/nsubj VERB:VBD/call/0/root SCONJ/while/6/mark DET/the/5/det NOUN/council/6/nsubj AUX/be/6/aux VERB:VBG/meet/2/advcl PUNCT/./2/punct",
			"called", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, []string{tt.parse})
			w := &work{}
			w.reset(d, testLexicon(t))
			w.findCues()
			got := ""
			for _, c := range w.cues {
				if w.word(c.tok) == tt.cue && c.frame == FrameAbout {
					got = d.Slice(text.Span{Start: d.Tokens[c.lo].Start, End: d.Tokens[c.hi-1].End})
				}
			}
			if got != tt.want {
				t.Errorf("content of %q = %q, want %q", tt.cue, got, tt.want)
			}
		})
	}
}
