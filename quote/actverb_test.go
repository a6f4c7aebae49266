package quote

import (
	"testing"

	"dateline/text"
)

// Signing, passing or breaking an agreement is an act: the document is no
// one's words unless the sentence says what it holds.
func TestActOnDocument(t *testing.T) {
	wantNoQuotes(t,
		"Ghana and Togo signed an agreement on Monday.",
		"The regional assembly ratified the treaty after a long night.",
	)
	// What the agreement is to do is reported, held by its signers.
	wantQuoteIn(t, "Last year Ghana Railways signed an agreement to share the new freight yard at Tema.",
		got{kind: text.QuoteIndirect, text: "to share the new freight yard at Tema", speaker: "Ghana Railways", cue: "signed"})
	// A verb of saying keeps its object as content.
	wantQuoteIn(t, "The ministry announced a plan to close three rural clinics.",
		got{kind: text.QuoteIndirect, text: "a plan to close three rural clinics", speaker: "ministry", cue: "announced"})
}
