package quote

import "testing"

// TestFindOneselfReportsNothing checks that "find" with a reflexive object
// reports nothing, while "find that …" still does.
func TestFindOneselfReportsNothing(t *testing.T) {
	for _, s := range []string{
		"The hosts found themselves two goals down by the break.",
		"Ferry users could find themselves paying twice for one crossing.",
	} {
		if d := analyse(t, s); len(d.Quotes) > 0 {
			t.Errorf("%q: got %+v", s, describe(d, d.Quotes))
		}
	}
	wantQuoteIn(t, "The harbour survey found that most boats were late.",
		got{kind: "indirect", text: "that most boats were late", speaker: "harbour survey", cue: "found"})
}
