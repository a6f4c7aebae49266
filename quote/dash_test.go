package quote

import (
	"slices"
	"testing"
)

// TestSpacedHyphenIsDash checks that a hyphen with a space on each side,
// the dash of plain-text news, ends a content as a dash does, that a pair
// of them sets off an aside inside it, and that a hyphen inside a word is
// no dash. The sentences are written for this test.
func TestSpacedHyphenIsDash(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue        string
		want       []string
	}{
		{
			name: "a lone spaced hyphen ends the content as parsed",
			text: "Ruiz urged the board to lower the toll - a plea the hauliers welcomed.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/urge/0/root DET/the/4/det NOUN/board/2/obj PART/to/6/mark VERB:VB/lower/2/xcomp " +
				"DET/the/8/det NOUN/toll/6/obj PUNCT/-/11/punct DET/a/11/det NOUN/plea/8/appos DET/the/13/det NOUN/haulier/14/nsubj " +
				"VERB:VBD/welcome/11/acl:relcl PUNCT/./2/punct"},
			cue:  "urged",
			want: []string{"the board to lower the toll"},
		},
		{
			name: "a lone spaced hyphen stops the content running on",
			text: "Ruiz said the toll would rise - and the hauliers would pay.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/toll/6/nsubj AUX:MD/would/6/aux VERB:VB/rise/2/ccomp " +
				"PUNCT/-/12/punct CCONJ/and/12/cc DET/the/10/det NOUN/haulier/12/nsubj AUX:MD/would/12/aux VERB:VB/pay/2/parataxis PUNCT/./2/punct"},
			cue:  "said",
			want: []string{"the toll would rise"},
		},
		{
			name: "a participle after a lone dash stays content",
			text: "Ruiz said the levy had helped the port - opening the way to a new quay.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/levy/6/nsubj AUX:VBD/have/6/aux VERB:VBN/help/2/ccomp " +
				"DET/the/8/det NOUN/port/6/obj PUNCT/-/10/punct VERB:VBG/open/6/advcl DET/the/12/det NOUN/way/10/obj ADP/to/16/case " +
				"DET/a/16/det ADJ/new/16/amod NOUN/quay/12/nmod PUNCT/./2/punct"},
			cue:  "said",
			want: []string{"the levy had helped the port - opening the way to a new quay"},
		},
		{
			name: "a pair of spaced hyphens sets off an aside inside the content",
			text: "Ruiz urged the board - and the mayor - to lower the toll.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/urge/0/root DET/the/4/det NOUN/board/2/obj PUNCT/-/8/punct CCONJ/and/8/cc " +
				"DET/the/8/det NOUN/mayor/4/conj PUNCT/-/8/punct PART/to/11/mark VERB:VB/lower/2/xcomp DET/the/13/det NOUN/toll/11/obj PUNCT/./2/punct"},
			cue:  "urged",
			want: []string{"the board - and the mayor - to lower the toll"},
		},
		{
			name: "a hyphen inside a word is no dash",
			text: "Ruiz said the toll on the A-road would rise in spring.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/toll/9/nsubj ADP/on/7/case DET/the/7/det NOUN/a-road/4/nmod " +
				"AUX:MD/would/9/aux VERB:VB/rise/2/ccomp ADP/in/11/case NOUN/spring/9/obl PUNCT/./2/punct"},
			cue:  "said",
			want: []string{"the toll on the A-road would rise in spring"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Ruiz", []string{"Ruiz"}})
			if got := contentsOf(t, d, tt.cue); !slices.Equal(got, tt.want) {
				t.Errorf("contents of %q = %q, want %q", tt.cue, got, tt.want)
			}
		})
	}
}
