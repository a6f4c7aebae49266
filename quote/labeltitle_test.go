package quote

import "testing"

// A name label before a title that runs over the colon, or before an
// epithet of its bearer, speaks nothing; a label before a line of speech,
// in sentence or title case, still does.
func TestLabelBeforeTitleOrEpithet(t *testing.T) {
	tests := []struct {
		name, text string
		quote      bool
	}{
		{"an epithet", "Arthur Lane: King of the thrillers\n\nThe novelist Arthur Lane has died aged 84.\n", false},
		{"a title over the colon", "The series ended in 1994. Star Trek: The Next Generation began in 1987 and ran for seven seasons.\n", false},
		{"a headline's claim", "Lee: The fees must go\n\nThe mayor spoke on Monday.\n", true},
		{"a claim about a name", "Lee: Ruiz is wrong about the ferry\n\nThe mayor spoke on Monday.\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			found := false
			for _, g := range describe(d, d.Quotes) {
				found = found || g.cue == ":"
			}
			if found != tt.quote {
				t.Errorf("quote cued by the colon: %v, want %v (quotes %+v)", found, tt.quote, describe(d, d.Quotes))
			}
		})
	}
}
