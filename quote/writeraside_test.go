package quote

import "testing"

// TestTrailingGlossEndsContent checks, with the real parser, on sentences
// written for it, that a reported content ends before an indefinite noun
// phrase after a comma that glosses a noun of it or the whole clause,
// while a clause whose subject opens with "a" after a comma stays.
func TestTrailingGlossEndsContent(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"a gloss on a name",
			"Lee has criticised Ortiz, a judge who sits in Tarnow.",
			"criticised", "Ortiz"},
		{"a gloss on the clause",
			"Lee said the port would close in May, a move that could cost the bakers dearly.",
			"said", "the port would close in May"},
		{"a list's last items stay",
			"Police said the driver wore a cap, a green coat and heavy boots.",
			"said", "the driver wore a cap, a green coat and heavy boots"},
		{"a list whose conjunct the parse hangs low stays",
			"The bakery said it had brought in new pay scales, a weekly safety check for the cranes at its docks and ways to keep working in storms.",
			"said", "it had brought in new pay scales, a weekly safety check for the cranes at its docks and ways to keep working in storms"},
		{"a phrase with a comma of its own stays",
			"Critics described Okafor, a baker who built a chain of shops in Tarnow, as careless with money.",
			"described", "Okafor, a baker who built a chain of shops in Tarnow, as careless with money"},
		{"a title stays",
			"Ruiz said she had enjoyed the winning film, A Quiet Harbour.",
			"said", "she had enjoyed the winning film, A Quiet Harbour"},
		{"a clause of its own stays",
			"Lee said that in the spring, a storm hit the port.",
			"said", "that in the spring, a storm hit the port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
