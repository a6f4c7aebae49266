package quote

import "testing"

// TestObjectAdverbialEndsContent checks, with the real parser, on
// sentences written for it, that an object content stops before a clause
// of time (cutObjectAdverbial), and that a clause after a preposition, a
// comparative "as … as", a clause on the noun, a "when" clause on a time
// noun and a clause the parse reports stay.
func TestObjectAdverbialEndsContent(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"as and a clause",
			"Berg defended the levy as the council met to debate it on Monday.",
			"defended", "the levy"},
		{"when and a participle",
			"Lee criticised the budget when opening the debate in the council.",
			"criticised", "the budget"},
		{"an adverb before the conjunction",
			"The mayor praised the firemen shortly after the blaze was put out.",
			"praised", "the firemen"},
		{"a comparative",
			"The bank did not announce as much cash as its backers wanted.",
			"announce", "as much cash as its backers wanted"},
		{"a clause after a preposition",
			"The club will announce a slot for when the new stand opens.",
			"announce", "a slot for when the new stand opens"},
		{"a clause on the noun after as",
			"Ruiz cited the storm as the reason she had not finished the race.",
			"cited", "the storm as the reason she had not finished the race"},
		{"a time the clause describes",
			"Ana Ruiz cited the early 1980s as a case of a period when poor harvests were recorded.",
			"cited", "the early 1980s as a case of a period when poor harvests were recorded"},
		{"a clause the parse reports",
			"However, the bakery said Ruiz's pretax profit excluding one-off costs climbed 6% thanks to higher orders.",
			"said", "Ruiz's pretax profit excluding one-off costs climbed 6% thanks to higher orders"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
