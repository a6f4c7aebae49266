package quote

import (
	"testing"

	"dateline/text"
)

// A listener named by a common noun for people or a body gets an entity,
// as a group that speaks does; a thing told gets none, and no name is
// made up.
func TestCommonNounListener(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"told reporters that",
			"Harbour master Tom Weller told reporters that the pier would reopen in May.",
			got{text.QuoteIndirect, "that the pier would reopen in May", "Tom Weller", "told", "reporters"}},
		{"said to residents",
			"Mayor Ana Ruiz said to residents that the ferry fees would fall.",
			got{text.QuoteIndirect, "that the ferry fees would fall", "Mayor Ana Ruiz", "said", "residents"}},
		{"a thing told is no listener",
			"Mayor Ana Ruiz told the meeting that the ferry fees would fall.",
			got{text.QuoteIndirect, "that the ferry fees would fall", "Mayor Ana Ruiz", "told", ""}},
		{"said to a name before a quotation",
			"Senator Ana Ruiz endorsed former Governor Tom Weller for president.\n\nIn a live-streamed statement, Ruiz said to Weller: \"Today, I am asking every voter to support your candidacy.\"\n",
			got{text.QuoteDirect, "Today, I am asking every voter to support your candidacy.", "Ana Ruiz", "said", "Tom Weller"}},
		{"bidding someone to act",
			"Mayor Ana Ruiz ordered the police to close the pier at once.",
			got{text.QuoteIndirect, "the police to close the pier at once", "Mayor Ana Ruiz", "ordered", "police"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantCuedQuote(t, analyse(t, tt.text), tt.want) })
	}
}

// The subject of what was announced or confirmed, parsed as the verb's
// object, is no listener: those verbs address no one.
func TestAnnouncedIsNoListener(t *testing.T) {
	for _, txt := range []string{
		"The league announced Leeds was to host the final.",
		"The minister confirmed Peru was to leave the pact.",
	} {
		d := analyse(t, txt)
		for _, g := range describe(d, d.Quotes) {
			if g.listener != "" {
				t.Errorf("%q: quote %+v has a listener", txt, g)
			}
		}
	}
}
