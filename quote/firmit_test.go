package quote

import (
	"testing"

	"dateline/text"
)

// TestFirmSpeaksAsIt checks an open "it" after a one-word name that the
// entity stage took for a person with no gender: the name is a firm's,
// it speaks, and it is made an organisation. A name an honorific marks
// as a man's stays a person and speaks through no "it".
func TestFirmSpeaksAsIt(t *testing.T) {
	d := analyse(t, "Dunmore posted a loss of $40m for the year. It blamed the cost of a failed product launch.")
	for _, q := range d.Quotes {
		if q.Cue == "blamed" {
			if q.Speaker < 0 || d.Entities[q.Speaker].Name != "Dunmore" || d.Entities[q.Speaker].Type != "ORG" {
				t.Errorf("blamed: speaker %d %+v", q.Speaker, d.Entities)
			}
		}
	}
	wantQuoteIn(t, "Dunmore posted a loss of $40m for the year. It blamed the cost of a failed product launch.",
		got{kind: text.QuoteIndirect, text: "the cost of a failed product launch", speaker: "Dunmore", cue: "blamed"})
	d = analyse(t, "Mr Weller posted a loss of $40m for the year. It blamed the cost of a failed product launch.")
	for _, q := range d.Quotes {
		if q.Cue == "blamed" && q.Speaker >= 0 {
			t.Errorf("blamed: a man's name spoke as it: %+v", d.Entities[q.Speaker])
		}
	}
}
