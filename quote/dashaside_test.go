package quote

import (
	"testing"

	"dateline/text"
)

// TestSpeakerBeforeDashAside checks a speaker set apart from the cue by an
// aside between dashes ("Lord Halsey - a senior judge - said"), which the
// parse left with no subject: the speaker is the name before the aside.
func TestSpeakerBeforeDashAside(t *testing.T) {
	wantQuoteIn(t, "On Thursday, Lord Halsey - a senior judge - said the rules were unfair to foreign nationals.",
		got{kind: text.QuoteIndirect, text: "the rules were unfair to foreign nationals", speaker: "Halsey", cue: "said"})
}
