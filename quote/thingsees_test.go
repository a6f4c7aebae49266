package quote

import "testing"

// TestThingSeesNothing checks that "see" with a thing or an event for its
// subject reports nothing, while people, bodies and the passive's view
// still do.
func TestThingSeesNothing(t *testing.T) {
	wantNoQuotes(t,
		"The merger will see the Dunmore mill reopen in the spring.",
		"A late penalty saw the visitors draw level with ten minutes left.",
		"That decision has seen the council cut its grant to the ferry.",
	)
	wantQuoteIn(t, "Retailers see the new levy as a threat to small shops.",
		got{kind: "indirect", text: "the new levy as a threat to small shops", speaker: "Retailers", cue: "see"})
}
