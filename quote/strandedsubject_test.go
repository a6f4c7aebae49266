package quote

import (
	"testing"

	"dateline/text"
)

// TestStrandedSubject checks that the subject of a reported clause the
// parse hung on the cue (a second subject, an object before "was to …",
// an adverb "there", a gerund) opens the content, that the one told by a
// verb of telling does not, and that a speech verb conjoined to the
// clause still ends the content. The sentences are written for this test.
func TestStrandedSubject(t *testing.T) {
	tests := []struct {
		name, text, cue string
		parse           []string
		want            string // the first cue's longest end
	}{
		{
			name: "a second subject of the cue",
			cue:  "said",
			text: "Ana Ruiz said farmers were far happier this year.",
			parse: []string{"PROPN:NNP/Ana/3/nsubj PROPN:NNP/Ruiz/1/flat VERB:VBD/say/0/root NOUN:NNS/farmer/3/nsubj " +
				"AUX:VBD/be/7/cop ADV/far/7/advmod ADJ:JJR/happy/3/ccomp DET/this/9/det NOUN/year/7/obl:tmod PUNCT/./3/punct"},
			want: "farmers were far happier this year",
		},
		{
			name: "an object before was to",
			cue:  "said",
			text: "The council said the aim was to open the bridge by June.",
			parse: []string{"DET/the/2/det NOUN/council/3/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/aim/3/obj " +
				"AUX:VBD/be/8/aux PART:TO/to/8/mark VERB:VB/open/3/ccomp DET/the/10/det NOUN/bridge/8/obj " +
				"ADP/by/12/case PROPN:NNP/June/8/obl PUNCT/./3/punct"},
			want: "the aim was to open the bridge by June",
		},
		{
			name: "there as an adverb of the cue",
			cue:  "warned",
			text: "Tom Vik warned there would be no quick fix.",
			parse: []string{"PROPN:NNP/Tom/3/nsubj PROPN:NNP/Vik/1/flat VERB:VBD/warn/0/root ADV/there/3/advmod " +
				"AUX:MD/would/9/aux AUX:VB/be/9/cop DET/no/9/det ADJ/quick/9/amod NOUN/fix/3/ccomp PUNCT/./3/punct"},
			want: "there would be no quick fix",
		},
		{
			name: "a gerund read as an open clause of the cue",
			cue:  "said",
			text: "Lee said raising fares would hurt riders.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/say/0/root VERB:VBG/raise/2/xcomp NOUN:NNS/fare/3/obj " +
				"AUX:MD/would/6/aux VERB:VB/hurt/2/ccomp NOUN:NNS/rider/6/obj PUNCT/./2/punct"},
			want: "raising fares would hurt riders",
		},
		{
			name: "the one told stays out",
			cue:  "told",
			text: "Ruiz told the panel what mattered was cost.",
			parse: []string{"PROPN:NNP/Ruiz/2/nsubj VERB:VBD/tell/0/root DET/the/4/det NOUN/panel/2/obj " +
				"PRON:WP/what/6/nsubj VERB:VBD/matter/4/acl:relcl AUX:VBD/be/8/cop NOUN/cost/2/ccomp PUNCT/./2/punct"},
			want: "was cost",
		},
		{
			name: "a to-clause of the object's own",
			cue:  "urged",
			text: "Lee urged the board to sell the port.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/urge/0/root DET/the/4/det NOUN/board/2/obj " +
				"PART:TO/to/6/mark VERB:VB/sell/2/ccomp DET/the/8/det NOUN/port/6/obj PUNCT/./2/punct"},
			want: "to sell the port",
		},
		{
			name: "a conjoined speech verb still ends it",
			cue:  "said",
			text: "Ruiz said farmers were happier and said she would stay.",
			parse: []string{"PROPN:NNP/Ruiz/2/nsubj VERB:VBD/say/0/root NOUN:NNS/farmer/2/nsubj AUX:VBD/be/5/cop " +
				"ADJ:JJR/happy/2/ccomp CCONJ/and/7/cc VERB:VBD/say/5/conj PRON/she/10/nsubj AUX:MD/would/10/aux " +
				"VERB:VB/stay/7/ccomp PUNCT/./2/punct"},
			want: "farmers were happier",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			w.findCues()
			for ci := range w.cues {
				c := &w.cues[ci]
				if w.word(c.tok) != tt.cue {
					continue
				}
				hi := c.hi
				for _, e := range c.ends {
					hi = max(hi, e)
				}
				if got := d.Text[d.Tokens[c.lo].Start:d.Tokens[hi-1].End]; got != tt.want {
					t.Errorf("longest content of %q = %q, want %q", tt.cue, got, tt.want)
				}
				return
			}
			t.Errorf("no cue %q", tt.cue)
		})
	}
}

// TestStrandedSubjectOfFragmentClause checks that a reported clause
// holding a quoted fragment keeps the subject the parse hung on the cue:
// without it the quoted words are half the clause and stay a partial
// quote of their own. The sentence is written for this test.
func TestStrandedSubjectOfFragmentClause(t *testing.T) {
	wantQuoteIn(t, `The mayor said the goal was "to halve the queues" at the port.`,
		got{text.QuoteIndirect, `the goal was "to halve the queues" at the port`, "mayor", "said", ""})
}
