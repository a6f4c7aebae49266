package quote

import "testing"

// TestTitleBeforeApposedName checks that a title heading a phrase speaks
// as the person apposed to it between commas when a title of hers stands
// before her name outside its mention (the entity stage cuts "Reverend",
// "Pastor" off a name the tagger ran into a body's): the comma before the
// apposition is before the title, not the name. The sentences are written
// for this test.
func TestTitleBeforeApposedName(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a reverend apposed to a secretary",
			`The secretary of the Dunmore Rowing Club, Reverend Tom Weller, said: "The regatta is off this year."`, "Tom Weller"},
		{"a pastor apposed to a chairman",
			"The chairman of the Tarnby Sailing Association, Pastor Tom Weller, said the race was cancelled.", "Tom Weller"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, q := range d.Quotes {
				if q.Cue != "said" {
					continue
				}
				got := ""
				if q.Speaker >= 0 {
					got = d.Entities[q.Speaker].Name
				}
				if got != tt.want {
					t.Errorf("speaker = %q, want %q (%s)", got, tt.want, d.QuoteText(&q))
				}
				return
			}
			t.Errorf("no quote cued by said among %+v", describe(d, d.Quotes))
		})
	}
}
