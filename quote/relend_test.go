package quote

import "testing"

// TestRelativeClauseCueEnds checks that no end of the content of a cue in
// a relative clause set off by a comma ("which Lee said …") runs past the
// comma before the main clause's verb, whether the parse hangs that verb
// on the cue's content or on the cue, and that a cue in a main clause
// keeps a content running over a relative clause of its own. The
// sentences are written for this test.
func TestRelativeClauseCueEnds(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string // the longest end
	}{
		{
			name: "main verb hung below the content",
			text: "The new toll, which Lee said was too steep, will start in May.",
			parse: []string{"DET/the/3/det ADJ/new/3/amod NOUN/toll/0/root PUNCT/,/7/punct PRON:WDT/which/7/nsubj " +
				"PROPN:NNP/Lee/7/nsubj VERB:VBD/say/3/acl:relcl AUX:VBD/be/10/cop ADV/too/10/advmod ADJ/steep/13/advcl " +
				"PUNCT/,/10/punct AUX:MD/will/13/aux VERB:VB/start/7/ccomp ADP/in/15/case PROPN/May/13/obl PUNCT/./3/punct"},
			want: "was too steep",
		},
		{
			name: "main verb hung on the cue",
			text: "The new toll, which Lee said was too steep, will start in May.",
			parse: []string{"DET/the/3/det ADJ/new/3/amod NOUN/toll/0/root PUNCT/,/7/punct PRON:WDT/which/7/nsubj " +
				"PROPN:NNP/Lee/7/nsubj VERB:VBD/say/3/acl:relcl AUX:VBD/be/10/cop ADV/too/10/advmod ADJ/steep/7/ccomp " +
				"PUNCT/,/13/punct AUX:MD/will/13/aux VERB:VB/start/7/parataxis ADP/in/15/case PROPN/May/13/obl PUNCT/./3/punct"},
			want: "was too steep",
		},
		{
			name: "a cue in the main clause runs on",
			text: "Lee said the new toll, which rose in May, was too steep.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/say/0/root DET/the/5/det ADJ/new/5/amod NOUN/toll/14/nsubj " +
				"PUNCT/,/8/punct PRON:WDT/which/8/nsubj VERB:VBD/rise/5/acl:relcl ADP/in/10/case PROPN/May/8/obl " +
				"PUNCT/,/8/punct AUX:VBD/be/14/cop ADV/too/14/advmod ADJ/steep/2/ccomp PUNCT/./2/punct"},
			want: "the new toll, which rose in May, was too steep",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Mia Lee", []string{"Lee"}})
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			w.findCues()
			var got []string
			for ci := range w.cues {
				c := &w.cues[ci]
				if w.word(c.tok) != "said" {
					continue
				}
				hi := c.hi
				for _, e := range c.ends {
					hi = max(hi, e)
				}
				got = append(got, d.Text[d.Tokens[c.lo].Start:d.Tokens[hi-1].End])
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("longest contents of \"said\" = %q, want [%q]", got, tt.want)
			}
		})
	}
}
