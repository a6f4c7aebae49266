package quote

import "testing"

// TestSubjectAside checks that an aside set off by commas inside the
// subject of a reported clause does not end the content when the
// clause's verb follows the second comma, whether the parse gives the
// clause or the content is read from the words; and that an aside holding
// an attribution of its own still ends it. The sentences are written for
// this test.
func TestSubjectAside(t *testing.T) {
	tests := []struct {
		name, text, cue string
		parse           []string
		want            []string
	}{
		{
			name: "a relative clause the parse made the complement",
			text: "Nurses close to the talks say that the mayor, who must make the final call, has told them nothing.",
			cue:  "say",
			parse: []string{"NOUN/nurse/6/nsubj ADJ/close/1/amod ADP/to/5/case DET/the/5/det NOUN/talk/6/nsubj VERB:VBP/say/0/root " +
				"SCONJ/that/13/mark DET/the/9/det NOUN/mayor/13/nsubj PUNCT/,/9/punct PRON:WP/who/13/nsubj AUX:MD/must/13/aux " +
				"VERB:VB/make/6/ccomp DET/the/16/det ADJ/final/16/amod NOUN/call/13/obj PUNCT/,/19/punct AUX:VBZ/have/19/aux " +
				"VERB:VBN/tell/6/ccomp PRON/they/19/iobj PRON/nothing/19/iobj PUNCT/./6/punct"},
			want: []string{"that the mayor, who must make the final call, has told them nothing"},
		},
		{
			name: "a conjoined subject set off by commas",
			text: "The union argued that the levy, and dozens like it, show how little the council cares.",
			cue:  "argued",
			parse: []string{"DET/the/2/det NOUN/union/3/nsubj VERB:VBD/argue/0/root SCONJ/that/13/mark DET/the/6/det " +
				"NOUN/levy/13/nsubj PUNCT/,/10/punct CCONJ/and/10/cc NOUN/dozen/10/nsubj VERB:VBP/like/6/conj PRON/it/10/obj " +
				"PUNCT/,/10/punct VERB:VB/show/3/ccomp ADV/how/15/advmod ADJ/little/18/advmod DET/the/17/det " +
				"NOUN/council/18/nsubj VERB:VBZ/care/13/ccomp PUNCT/./3/punct"},
			want: []string{"that the levy, and dozens like it, show how little the council cares"},
		},
		{
			name: "an aside that is an attribution of its own",
			text: "Voters may ask whether rivals like Lee, who claimed that the port was closing, are fit to lead.",
			cue:  "ask",
			parse: []string{"NOUN/voter/3/nsubj AUX:MD/may/3/aux VERB:VB/ask/0/root SCONJ/whether/18/mark NOUN/rival/18/nsubj " +
				"ADP/like/7/case PROPN/Lee/5/nmod PUNCT/,/10/punct PRON:WP/who/10/nsubj VERB:VBD/claim/5/acl:relcl " +
				"SCONJ/that/15/mark DET/the/13/det NOUN/port/15/nsubj AUX:VBD/be/15/aux VERB:VBG/close/10/ccomp " +
				"PUNCT/,/5/punct AUX:VBP/be/18/cop ADJ/fit/3/ccomp PART/to/20/mark VERB:VB/lead/18/advcl PUNCT/./3/punct"},
			want: []string{"whether rivals like Lee"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse)
			got := contentsOf(t, d, tt.cue)
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("contents of %q = %q, want %q", tt.cue, got, tt.want)
			}
		})
	}
}
