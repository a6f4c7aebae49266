package quote

import "testing"

// A headline's verb with an object that the lexicon rarely reads as a cue
// is the act the story reports, not speech; a verb of saying with an
// object stays a quote there.
func TestHeadlineActIsNoQuote(t *testing.T) {
	tests := []struct {
		name, text, cue string
		quote           bool
	}{
		{"signing", "Kenya and Tanzania sign water accord\n\nNAIROBI, March 3 (Reuters) - Kenya and Tanzania signed a water-sharing accord on Tuesday, officials said.\n", "sign", false},
		{"a launch", "Hitachi unveils new cleaning robot\n\nThe company showed the robot to buyers in Osaka on Monday.\n", "unveils", false},
		{"a sport signing", "Striker signs new contract with Leeds\n\nThe forward will stay at the club until 2029.\n", "signs", false},
		{"a rejection", "Minister rejects ferry fee plan\n\nThe minister spoke to the council on Monday.\n", "rejects", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			found := false
			for _, g := range describe(d, d.Quotes) {
				found = found || g.cue == tt.cue
			}
			if found != tt.quote {
				t.Errorf("quote cued by %q: %v, want %v (quotes %+v)", tt.cue, found, tt.quote, describe(d, d.Quotes))
			}
		})
	}
}
