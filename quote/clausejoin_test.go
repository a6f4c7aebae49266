package quote

import "testing"

// TestJoinedClauseEndsContent checks, with the real parser, on sentences
// written for it, that an object or open-clause content ends before a
// clause with a subject of its own after ", but" or ", and", and a
// content at the end of a subordinate clause that holds the cue, while a
// second complement and a comma inside the clause's opening end nothing.
func TestJoinedClauseEndsContent(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"an open clause",
			"The council plans to sell the old ferry, but it is unlikely that anyone will buy it soon.",
			"plans", "to sell the old ferry"},
		{"an object content",
			"Senator Berg opposes a measure allowing longer opening hours, and three of its backers hold seats in the north.",
			"opposes", "a measure allowing longer opening hours"},
		{"the main clause after a subordinate one",
			"If the letters show that he misused the fund, one of the mayor's closest aides could face an inquiry.",
			"show", "that he misused the fund"},
		{"a second complement stays",
			"The mayor said the fee was fair, but that the council would pay half.",
			"said", "the fee was fair, but that the council would pay half"},
		{"a comma before the clause's verb ends nothing",
			"Lee said that, in most years, the ferry runs at a loss.",
			"said", "that, in most years, the ferry runs at a loss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}

// TestObjectConjunctEndsContent checks, with the real parser, on
// sentences written for it, that an object or prepositional object ends
// before a verb in the cue's form joined by "and" (the speaker's next
// act), but not inside a relative clause of the object.
func TestObjectConjunctEndsContent(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"a prepositional object",
			"Lee talked about the budget and made a joke about the weather.",
			"talked", "the budget"},
		{"with auxiliaries",
			"Ruiz has pushed back on the charges and has worked to defeat the new rules.",
			"pushed", "the charges"},
		{"a relative clause keeps its verbs",
			"Lee praised the plan that Ruiz drafted and Berg signed last week.",
			"praised", "the plan that Ruiz drafted and Berg signed last week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}

// TestWhoseClauseEndsContent checks, with the real parser, on a sentence
// written for it, that the content of a cue in a relative clause opened
// by "whose" ends with that clause (see relativeBefore).
func TestWhoseClauseEndsContent(t *testing.T) {
	wantIndirectSpan(t, "The union, whose members met on Monday to discuss how to fight the levy, raised $4,000 in May.",
		"discuss", "how to fight the levy")
}
