package quote

import "testing"

// TestTalkVerbsHoldOnlyTheirTopic checks that a verb of talking reports
// the phrase of its topic and not the one naming where, to whom, for how
// long or by what means the talking was done, and finds the topic the
// parse hung inside such a phrase.
func TestTalkVerbsHoldOnlyTheirTopic(t *testing.T) {
	wantNoQuotes(t,
		"Ms Dunmore was speaking at a trade seminar organised by the Harbour Board.",
		"The harbour master was speaking for nearly an hour.",
		"Mr Vale was speaking to councillors after the vote on the ferry.",
		"Mr Vale spoke on the telephone with the mayor of Tarnby.",
	)
	wantQuoteIn(t, "Mr Vale talked with close aides about a new bid for the port.",
		got{kind: "indirect", text: "a new bid for the port", speaker: "Vale", cue: "talked"})
	wantQuoteIn(t, "Mr Vale was talking at a rally about the ferry fees.",
		got{kind: "indirect", text: "the ferry fees", speaker: "Vale", cue: "talking"})
	wantQuoteIn(t, "Ms Dunmore spoke out against the new tax on fishing boats.",
		got{kind: "indirect", text: "the new tax on fishing boats", speaker: "Dunmore", cue: "spoke"})
	wantQuoteIn(t, "Ms Dunmore talked of her hopes for a new bridge across the river.",
		got{kind: "indirect", text: "her hopes for a new bridge across the river", speaker: "Dunmore", cue: "talked"})
}
