package quote

import "testing"

// TestAppositiveSubjectClosesSentence checks attributions whose subject is
// a name and its description set off by commas, which the parser hangs
// anywhere: the name speaks the sentence before them.
func TestAppositiveSubjectClosesSentence(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker string }{
		{"Acme built the bridge to cut journey times, a spokeswoman, Ana Ruiz, said.",
			"Acme built the bridge to cut journey times", "Ana Ruiz"},
		{"Acme built the bridge to cut journey times, a spokeswoman, Ana Ruiz, said on Monday.",
			"Acme built the bridge to cut journey times", "Ana Ruiz"},
		{"The ferry will run until May, the port's director, Tom Weller, said in a statement.",
			"The ferry will run until May", "Tom Weller"},
	} {
		wantQuoteIn(t, tc.text, got{kind: "indirect", text: tc.content, speaker: tc.speaker, cue: "said"})
	}
}
