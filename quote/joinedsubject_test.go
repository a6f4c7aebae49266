package quote

import "testing"

// TestConjunctOfOwnerAndSubject checks, with the real parser, on sentences
// written for it, two conjuncts the parse hangs on the cue as if they were
// the speaker's next act: an -ing word after a possessive, read as a verb
// with the possessive as its subject (participleWithOwner: the conjunct
// is a second object), and a second subject of the clause "said" reports,
// read as the subject of a verb joined to "said" (joinedSubject: the
// content runs on over it). A conjunct with a pronoun subject, or after an
// object that holds a verb, stays the writer's next clause.
func TestConjunctOfOwnerAndSubject(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"an adjective in -ing after a possessive",
			"Biden defended the plan as a sensible step, mocked the Green Party and its leading council candidates, and made it clear that the city is not planning to sell the port.",
			"mocked", "the Green Party and its leading council candidates"},
		{"a noun with a possessive and a participle",
			"The governor noted the floods, her support for rescue crews and her work bringing jobs to the valley.",
			"noted", "the floods, her support for rescue crews and her work bringing jobs to the valley"},
		{"a second subject of the reported clause",
			"Ana Ruiz said four of her children and her husband will also attend the dinner on Friday.",
			"said", "four of her children and her husband will also attend the dinner"},
		{"a second subject of a passive",
			"The governor said two of the dams and the main canal will be rebuilt by spring.",
			"said", "two of the dams and the main canal will be rebuilt by spring"},
		{"a second subject after a possessive",
			"The firm said its chief and the board would review the offer next week.",
			"said", "its chief and the board would review the offer next week"},
		{"a second subject and an adjective",
			"Ana Ruiz, a spokeswoman for the Lee campaign, said the Lees and the trust had always been open about gifts.",
			"said", "the Lees and the trust had always been open about gifts"},
		{"a next act of the speaker's",
			"The mayor finally acknowledged the health costs and ordered limits on new building.",
			"acknowledged", "the health costs"},
		{"a pronoun subject after a whole clause",
			"Officials said rebel units crossed the river overnight and they urged villagers to leave.",
			"said", "rebel units crossed the river overnight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
