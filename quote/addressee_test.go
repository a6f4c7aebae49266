package quote

import "testing"

// TestAddresseeSpeaks checks that a "you" subject of a cue outside quotation
// marks, the writer addressing the reader, speaks as the addressee's
// entity rather than no one (entity.AddAddressee). The parse is laid by hand on a
// sentence written for this test.
func TestAddresseeSpeaks(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{{
		name: "a generic you",
		text: "You might say that the plan failed from the start.",
		parse: []string{"PRON/you/3/nsubj AUX:MD/might/3/aux VERB:VB/say/0/root SCONJ/that/7/mark DET/the/6/det " +
			"NOUN/plan/7/nsubj VERB:VBD/fail/3/ccomp ADP/from/10/case DET/the/10/det NOUN/start/7/obl PUNCT/./3/punct"},
		cue:  "say",
		want: "you",
	}})
}
