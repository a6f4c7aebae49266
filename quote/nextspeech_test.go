package quote

import (
	"slices"
	"testing"
)

// TestNextSpeechAct checks that a subjectless verb joined by "but" or
// "and" to the content's head, reporting a clause of its own in the
// cue's form while the content's head has an auxiliary, ends the content
// and speaks with the cue's speaker; and that a verb with an auxiliary of
// its own, or joined to a head in the cue's form, stays inside what was
// said. The sentences are written for this test.
func TestNextSpeechAct(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       []string // contents of the cue
		speaker    string   // of "implied", "" when not checked
	}{
		{
			name: "the speaker's next attribution",
			text: "Lee conceded that the aide had pushed Ruiz but implied that it was “her own fault.”",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/concede/0/root SCONJ/that/7/mark DET/the/5/det NOUN/aide/7/nsubj " +
				"AUX:VBD/have/7/aux VERB:VBN/push/2/ccomp PROPN/Ruiz/7/obj CCONJ/but/10/cc VERB:VBD/imply/7/conj " +
				"SCONJ/that/17/mark PRON/it/17/nsubj AUX:VBD/be/17/cop PUNCT/“/17/punct PRON:PRP$/her/17/nmod:poss ADJ/own/17/amod NOUN/fault/10/ccomp " +
				"PUNCT/./2/punct PUNCT/”/17/punct"},
			want:    []string{"that the aide had pushed Ruiz"},
			speaker: "Ana Lee",
		},
		{
			name: "an auxiliary of its own: the mayor's",
			text: "Lee conceded that the mayor had cut fees and had warned that rents would rise.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/concede/0/root SCONJ/that/7/mark DET/the/5/det NOUN/mayor/7/nsubj " +
				"AUX:VBD/have/7/aux VERB:VBN/cut/2/ccomp NOUN/fee/7/obj CCONJ/and/11/cc AUX:VBD/have/11/aux VERB:VBN/warn/7/conj " +
				"SCONJ/that/15/mark NOUN/rent/15/nsubj AUX:MD/would/15/aux VERB:VB/rise/11/ccomp PUNCT/./2/punct"},
			want: []string{"that the mayor had cut fees and had warned that rents would rise"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Lee", []string{"Lee"}})
			if got := contentsOf(t, d, "conceded"); !slices.Equal(got, tt.want) {
				t.Errorf("contents of conceded = %q, want %q", got, tt.want)
			}
			if tt.speaker != "" {
				runQuotes(t, d)
				checkCueSpeaker(t, d, "implied", tt.speaker)
			}
		})
	}
}
