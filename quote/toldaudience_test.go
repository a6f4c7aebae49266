package quote

import "testing"

// TestToldAudienceIsNoContent checks that the lone object of "tell" is
// whom the words were told, while a story told, or a clause after the
// listener, is still reported.
func TestToldAudienceIsNoContent(t *testing.T) {
	wantNoQuotes(t,
		"Mr Pellworth told a news conference in the capital.",
		"Ms Arkady told the harbour committee on Monday.",
	)
	wantQuoteIn(t, "Mr Pellworth told the committee the ferry would stop.",
		got{kind: "indirect", text: "the ferry would stop", speaker: "Pellworth", cue: "told", listener: "committee"})
	wantQuoteIn(t, "Ms Arkady told the board about the losses at the yard.",
		got{kind: "indirect", text: "the board about the losses at the yard", speaker: "Arkady", cue: "told"})
	wantQuoteIn(t, "Ms Arkady told friends at a dinner in the spring that she would run.",
		got{kind: "indirect", text: "friends at a dinner in the spring that she would run", speaker: "Arkady", cue: "told"})
	wantQuoteIn(t, "He denied the plan was dead, telling the radio \"the ferry still has a chance\".",
		got{kind: "direct", text: "the ferry still has a chance", speaker: "", cue: "telling"})
	wantQuoteIn(t, "\"The ferry will never stop,\" Mr Pellworth, 70, told me.",
		got{kind: "direct", text: "The ferry will never stop,", speaker: "Pellworth", cue: "told"})
	wantQuoteIn(t, "Mr Pellworth told a story about the old mill.",
		got{kind: "indirect", text: "a story about the old mill", speaker: "Pellworth", cue: "told"})
}
