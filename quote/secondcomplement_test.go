package quote

import "testing"

// TestSecondComplementStaysContent checks that a clause opened by a
// conjunction and a complementiser or question word, which the parse
// hangs on the cue as a conjunct, is a second complement and stays in the
// content, while a verb conjoined to the cue with no such word is the
// speaker's next act and ends it. The sentences are written for this
// test.
func TestSecondComplementStaysContent(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue, want  string
	}{
		{
			name: "but that after a comma",
			text: "Okafor said the ferry fee would go up, but that the town would pay half.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/ferry/5/compound NOUN/fee/7/nsubj " +
				"AUX:MD/would/7/aux VERB:VB/go/2/ccomp ADP/up/7/compound:prt PUNCT/,/15/punct CCONJ/but/15/cc SCONJ/that/15/mark " +
				"DET/the/13/det NOUN/town/15/nsubj AUX:MD/would/15/aux VERB:VB/pay/2/conj NOUN/half/15/obj PUNCT/./2/punct"},
			cue:  "said",
			want: "the ferry fee would go up, but that the town would pay half",
		},
		{
			name: "and how after an object",
			text: "Okafor described the long delay at the dock and how it had cost the bakers a week.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/describe/0/root DET/the/5/det ADJ/long/5/amod NOUN/delay/2/obj " +
				"ADP/at/8/case DET/the/8/det NOUN/dock/5/nmod CCONJ/and/13/cc ADV/how/13/advmod PRON/it/13/nsubj " +
				"AUX:VBD/have/13/aux VERB:VBN/cost/2/conj DET/the/15/det NOUN/baker/13/iobj DET/a/17/det NOUN/week/13/obj PUNCT/./2/punct"},
			cue:  "described",
			want: "the long delay at the dock and how it had cost the bakers a week",
		},
		{
			name: "a conjoined verb with no complementiser is the next act",
			text: "Okafor said the ferry fee would go up and left the hall.",
			parse: []string{"PROPN/Okafor/2/nsubj VERB:VBD/say/0/root DET/the/5/det NOUN/ferry/5/compound NOUN/fee/7/nsubj " +
				"AUX:MD/would/7/aux VERB:VB/go/2/ccomp ADP/up/7/compound:prt CCONJ/and/10/cc VERB:VBD/leave/2/conj " +
				"DET/the/12/det NOUN/hall/10/obj PUNCT/./2/punct"},
			cue:  "said",
			want: "the ferry fee would go up",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ada Okafor", []string{"Okafor"}})
			got := contentsOf(t, d, tt.cue)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents of %q = %q, want [%q]", tt.cue, got, tt.want)
			}
		})
	}
}
