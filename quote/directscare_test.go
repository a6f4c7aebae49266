package quote

import "testing"

// TestScareModifierIsNoQuote checks that a quoted word or two describing
// the noun right after it is not taken for reported words.
func TestScareModifierIsNoQuote(t *testing.T) {
	for _, txt := range []string{
		"All week the council and the local press pushed the “budget crisis” narrative.",
		"Okafor said the county had agreed to a two-year “pause” period on new permits.",
	} {
		d := analyse(t, txt)
		for _, g := range describe(d, d.Quotes) {
			if g.text == "budget crisis" || g.text == "pause" {
				t.Errorf("%q: got quote %+v, want none for the scare quote", txt, g)
			}
		}
	}
}
