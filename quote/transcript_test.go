package quote

import (
	"reflect"
	"testing"

	"dateline/text"
)

// TestTranscriptTurns checks a quoted interview transcript written for
// this test: each labelled paragraph is a turn its label speaks, running
// over the unlabelled paragraphs after it; a stage direction in brackets
// is no one's.
func TestTranscriptTurns(t *testing.T) {
	const article = "Interview.\n\nA partial transcript follows:\n\n" +
		"\"RUIZ: Let me start with the bridge. Why did the council wait so long to close it?\n\n" +
		"\"OKAFOR: Ruiz Lee and the board did not wait. We acted as soon as the engineers told us.\n\n" +
		"\"(CROSSTALK.)\n\n" +
		"\"RUIZ: If I may, Mr. Okafor, the report came out in March.\n\n" +
		"\"OKAFOR: The report came out in March, yes.\n\n" +
		"\"But the money came in June.\""
	d := analyse(t, article)
	want := []got{
		{text.QuoteDirect, "Let me start with the bridge. Why did the council wait so long to close it?", "RUIZ", ":", ""},
		{text.QuoteDirect, "Ruiz Lee and the board did not wait. We acted as soon as the engineers told us.", "OKAFOR", ":", ""},
		{text.QuoteDirect, "If I may, Mr. Okafor, the report came out in March.", "RUIZ", ":", ""},
		{text.QuoteDirect, "The report came out in March, yes. But the money came in June.", "OKAFOR", ":", ""},
	}
	if got := describe(d, d.Quotes); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestAllCaps(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{{"PENCE", true}, {"MR.", true}, {"Pence", false}, {"A", false}, {"O'BRIEN", true}, {"12", false}} {
		if got := allCaps(tt.word); got != tt.want {
			t.Errorf("allCaps(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
