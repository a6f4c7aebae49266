package quote

import "testing"

// TestFindOneselfReportsNothing checks that "find" with a reflexive object
// reports nothing, while "find that …" still does.
func TestFindOneselfReportsNothing(t *testing.T) {
	wantNoQuotes(t,
		"The hosts found themselves two goals down by the break.",
		"Ferry users could find themselves paying twice for one crossing.",
	)
	wantQuoteIn(t, "The harbour survey found that most boats were late.",
		got{kind: "indirect", text: "that most boats were late", speaker: "harbour survey", cue: "found"})
}
