package quote

import "testing"

// cueCase is a sentence and whether a quote cued by cue is to be found in
// it: the table of the tests that decide which verbs report speech.
type cueCase struct {
	name, text, cue string
	quote           bool
}

// checkCueCases analyses each case's text and checks that a quote with
// the case's cue is there or not, as the case says.
func checkCueCases(t *testing.T, tests []cueCase) {
	t.Helper()
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
