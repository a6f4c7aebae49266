package quote

import (
	"testing"

	"dateline/text"
)

// TestAttributionAfterQuotation checks attributions read from the words
// after a quotation, on sentences written for this test and parsed by the
// embedded parser.
func TestAttributionAfterQuotation(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"an attribution after a quotation that follows a colon",
			"The statement also mentioned the mayor: “Her fight has opened the door for all of us,” the union wrote.",
			got{text.QuoteDirect, "Her fight has opened the door for all of us,", "union", "wrote", ""}},
		{"a subject and verb ending the sentence after a fragment",
			"The four “loopholes” he cited are “the ability to use losses to offset other income,” the Herald reported.",
			got{text.QuotePartial, "the ability to use losses to offset other income,", "Herald", "reported", ""}},
		{"a speech verb the tagger read as a plural noun",
			"“Cruz is there in terms of having the same positions on issues of importance to voters,” Viguerie notes.",
			got{text.QuoteDirect, "Cruz is there in terms of having the same positions on issues of importance to voters,", "Viguerie", "notes", ""}},
		{"a name before a colon after a dash speaks the quotation",
			"Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters as late as you can.”",
			got{text.QuoteDirect, "One of the biggest lessons was a simple one: keep on contacting voters as late as you can.", "Carl Bialik", ":", ""}},
		{"a name a verb governs before a colon is no speaker",
			"Lee said to Ana Ruiz: “The mill will reopen in the spring, whatever the council decides.”",
			got{text.QuoteDirect, "The mill will reopen in the spring, whatever the council decides.", "Lee", "said", "Ana Ruiz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.text == tt.want.text {
					if g != tt.want {
						t.Errorf("got %+v, want %+v", g, tt.want)
					}
					return
				}
			}
			t.Errorf("no quote %q among %+v", tt.want.text, describe(d, d.Quotes))
		})
	}
}

// TestChantIsSpeech checks that a capitalised cry is speech, not a title.
func TestChantIsSpeech(t *testing.T) {
	d := analyse(t, "The crowd in the square chanted “Lee! Lee!” as the mayor walked in.")
	for _, g := range describe(d, d.Quotes) {
		if g.text == "Lee! Lee!" {
			return
		}
	}
	t.Errorf("no quote “Lee! Lee!” among %+v", describe(d, d.Quotes))
}
