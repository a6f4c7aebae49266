package quote

import (
	"slices"
	"testing"
)

// TestNextActEndsContent checks that a verb conjoined to the content's
// head with the cue's tense and no subject of its own ends the content
// (the speaker's next act), and that it stays content when the head has
// that tense too or the verb has a subject. The sentences are written for
// this test.
func TestNextActEndsContent(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue        string
		want       []string
	}{
		{
			name: "a perfect after a modal clause, with the cue's present",
			text: "Ruiz says she will vote for the levy but has withheld her support for the mayor.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBZ/say/0/root PRON/she/5/nsubj AUX:MD/will/5/aux VERB:VB/vote/2/ccomp " +
				"ADP/for/8/case DET/the/8/det NOUN/levy/5/obl CCONJ/but/11/cc AUX:VBZ/have/11/aux VERB:VBN/withhold/5/conj " +
				"PRON/her/13/nmod:poss NOUN/support/11/obj ADP/for/16/case DET/the/16/det NOUN/mayor/13/nmod PUNCT/./2/punct"},
			cue:  "says",
			want: []string{"she will vote for the levy"},
		},
		{
			name: "a participle after an object, with the cue's participle",
			text: "Ruiz was praising the ferry crews and urging the council to pay them more.",
			parse: []string{"PROPN/Ruiz/3/nsubj AUX:VBD/be/3/aux VERB:VBG/praise/0/root DET/the/6/det NOUN/ferry/6/compound " +
				"NOUN/crew/3/obj CCONJ/and/8/cc VERB:VBG/urge/6/conj DET/the/10/det NOUN/council/8/obj PART/to/12/mark " +
				"VERB:VB/pay/8/xcomp PRON/they/12/obj ADV/more/12/advmod PUNCT/./3/punct"},
			cue:  "praising",
			want: []string{"the ferry crews"},
		},
		{
			name: "the head has the cue's tense: either reading, the content stays",
			text: "Ruiz said the toll rose in May and doubled in June.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/say/0/root DET/the/4/det NOUN/toll/5/nsubj VERB:VBD/rise/2/ccomp " +
				"ADP/in/7/case PROPN/May/5/obl CCONJ/and/9/cc VERB:VBD/double/5/conj ADP/in/11/case PROPN/June/9/obl PUNCT/./2/punct"},
			cue:  "said",
			want: []string{"the toll rose in May and doubled in June"},
		},
		{
			name: "a bare present may share the head's subject and tense: the content stays",
			text: "Ruiz notes that she was the first to object and has the most votes.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBZ/note/0/root SCONJ/that/7/mark PRON/she/7/nsubj AUX:VBD/be/7/cop " +
				"DET/the/7/det ADJ/first/2/ccomp PART/to/9/mark VERB:VB/object/7/acl CCONJ/and/11/cc VERB:VBZ/have/7/conj " +
				"DET/the/14/det ADJ/most/14/amod NOUN/vote/11/obj PUNCT/./2/punct"},
			cue:  "notes",
			want: []string{"that she was the first to object and has the most votes"},
		},
		{
			name: "a conjoined clause with a subject of its own stays",
			text: "Ruiz says the toll will rise and the hauliers pay the most.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBZ/say/0/root DET/the/4/det NOUN/toll/6/nsubj AUX:MD/will/6/aux VERB:VB/rise/2/ccomp " +
				"CCONJ/and/10/cc DET/the/9/det NOUN/haulier/10/nsubj VERB:VBZ/pay/6/conj DET/the/12/det ADJ/most/10/obj PUNCT/./2/punct"},
			cue:  "says",
			want: []string{"the toll will rise and the hauliers pay the most"},
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
