package quote

import "testing"

// TestDashBeforeLabelSignsNothing checks that a dash opening a list item
// whose name labels the next quotation does not sign the quotation
// before it, while a dash and a name closing a line still do.
func TestDashBeforeLabelSignsNothing(t *testing.T) {
	txt := "Fans were split after the draw.\n\n- Rovers manager John Fielding: \"We were poor today and we know it.\"\n" +
		"- Tarnby manager Peter Marsh: \"We deserved the win over ninety minutes.\""
	wantQuoteIn(t, txt, got{kind: "direct", text: "We were poor today and we know it.", speaker: "John Fielding", cue: ":"})
	wantQuoteIn(t, txt, got{kind: "direct", text: "We deserved the win over ninety minutes.", speaker: "Peter Marsh", cue: ":"})
	wantQuoteIn(t, "\"We will build it again,\" - Ana Ruiz, Leeds.",
		got{kind: "direct", text: "We will build it again,", speaker: "Ana Ruiz", cue: "-"})
}
