package quote

import (
	"testing"

	"dateline/text"
)

// TestAskedAside checks that a question put to the speaker in a
// participle ("Asked whether …, Lee said") is reported speech of its own
// with no speaker, or the asker when named, while a finite "asked" with a
// subject stays its subject's.
func TestAskedAside(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"a fronted question beside a quotation",
			`Asked whether the ferry would run in winter, Lee said, "We will see what the council decides."`,
			got{kind: text.QuoteIndirect, text: "whether the ferry would run in winter", cue: "Asked"}},
		{"a question after the answer",
			`"We will see," Lee said when asked if the ferry would run in winter.`,
			got{kind: text.QuoteIndirect, text: "if the ferry would run in winter", cue: "asked"}},
		{"the question ends before the main clause",
			"Asked whether the harbour fees would rise again, Okafor shrugged.",
			got{kind: text.QuoteIndirect, text: "whether the harbour fees would rise again", cue: "Asked"}},
		{"an aside inside the question does not end it",
			"Asked whether the ferry, which is forty years old, would run in winter, Lee said it would.",
			got{kind: text.QuoteIndirect, text: "whether the ferry, which is forty years old, would run in winter", cue: "Asked"}},
		{"a finite verb with a subject keeps its subject",
			"Lee asked whether the ferry would run in winter.",
			got{kind: text.QuoteIndirect, text: "whether the ferry would run in winter", cue: "asked", speaker: "Lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantQuoteIn(t, tt.text, tt.want)
		})
	}
}
