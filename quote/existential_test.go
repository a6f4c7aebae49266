package quote

import (
	"testing"

	"dateline/text"
)

// TestExistentialSubjectDoesNotSpeak checks "said there was a general
// "hostility" …, adding: "…"": what exists is no speaker; the one who
// said it goes on speaking.
func TestExistentialSubjectDoesNotSpeak(t *testing.T) {
	wantQuoteIn(t, "Ana Ruiz said there was a general \u201chostility\u201d towards folk music, adding: \u201cVery little is done to change that.\u201d",
		got{kind: text.QuoteDirect, text: "Very little is done to change that.", speaker: "Ana Ruiz", cue: "adding"})
}

// TestBandMemberTitle checks "Dunmore Keys frontman Tom Weller has called
// for …": the member named after his band speaks, not the band.
func TestBandMemberTitle(t *testing.T) {
	wantQuoteIn(t, "Dunmore Keys frontman Tom Weller has called for more help for young musicians.",
		got{kind: text.QuoteIndirect, text: "more help for young musicians", speaker: "Tom Weller", cue: "called"})
}
