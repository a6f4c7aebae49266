package quote

import (
	"testing"

	"dateline/text"
)

// TestColonIntroduction checks quotations after a colon whose clause has
// no speech verb, on sentences written for this test and parsed by the
// embedded parser.
func TestColonIntroduction(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"a person the clause acts on speaks when its subject is a thing",
			"The outcome did not alarm county pollster Maria Lindqvist: “Turnout always drops when the weather turns.”",
			got{text.QuoteDirect, "Turnout always drops when the weather turns.", "Maria Lindqvist", ":", ""}},
		{"the subject nearest the colon speaks",
			"When Tom Weller died in 2004, the Harbor Trust released a short statement: “He gave this town its library and asked for nothing.”",
			got{text.QuoteDirect, "He gave this town its library and asked for nothing.", "Harbor Trust", ":", ""}},
		{"names signing together after a dash",
			"VOTERS WANT CHANGE - Ana Ruiz and Tom Berg: “Across every region we surveyed, people said the same thing about the economy.”",
			got{text.QuoteDirect, "Across every region we surveyed, people said the same thing about the economy.", "Tom Berg", ":", ""}},
		{"a paragraph ending in a colon introduces the next",
			"The decision did not surprise Senator Grace Okafor:\n\n“We warned the council about this road for three years and nobody listened.”",
			got{text.QuoteDirect, "We warned the council about this road for three years and nobody listened.", "Grace Okafor", ":", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantQuoteIn(t, tt.text, tt.want) })
	}
}

// A one-word answer after a speech verb and a colon is speech, though a
// capitalised word alone in marks is more often a title.
func TestOneWordAnswerAfterColon(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       got
	}{
		{"a refusal", "Asked if the ferry would run, the skipper said: “No.”",
			got{text.QuoteDirect, "No.", "skipper", "said", ""}},
		{"a name as the speaker", "Pressed on the date, Rosa Imbert replied: “Soon.”",
			got{text.QuoteDirect, "Soon.", "Rosa Imbert", "replied", ""}},
	} {
		t.Run(tt.name, func(t *testing.T) { wantQuoteIn(t, tt.text, tt.want) })
	}
}
