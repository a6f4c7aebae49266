package entity

import "testing"

// A full name the tagger typed a body in its only mention is a person's
// when it speaks; not when its last word names a paper or a programme,
// nor when it never speaks.
func TestSpeakingFullName(t *testing.T) {
	wantPhraseTypes(t, []phraseType{
		{"a given name and a surname that speak",
			"Dana Whitlock told reporters the mill would close. She said the town would suffer.",
			[]string{"ORG:Dana Whitlock"}, "Dana Whitlock", "PERSON"},
		{"three words",
			"Marta Ines Olvenko said on Monday that the ferry would stop.",
			[]string{"ORG:Marta Ines Olvenko"}, "Marta Ines Olvenko", "PERSON"},
		{"a paper",
			"The Dana Standard said on Monday that the ferry would stop.",
			[]string{"ORG:Dana Standard"}, "Dana Standard", "ORG"},
		{"a paper WordNet reads as a person",
			"The Marta Herald said on Monday that the ferry would stop.",
			[]string{"ORG:Marta Herald"}, "Marta Herald", "ORG"},
		{"a programme",
			"Dana Tonight said on Monday that the ferry would stop.",
			[]string{"MISC:Dana Tonight"}, "Dana Tonight", "MISC"},
		{"a name that does not speak",
			"The ferry belongs to Dana Whitlock now.",
			[]string{"ORG:Dana Whitlock"}, "Dana Whitlock", "ORG"},
		{"a title after a place the name list also holds",
			"Austin Sen. Ruiz said on Monday that the ferry would stop.",
			[]string{"ORG:Austin Sen."}, "Austin Sen.", "ORG"},
		{"the surname alone a body elsewhere",
			"Dana Whitlock said the ferry would stop. Whitlock bought the mill. Whitlock sold the yard.",
			[]string{"ORG:Dana Whitlock", "ORG:Whitlock", "ORG:Whitlock"}, "Dana Whitlock", "ORG"},
		{"a show before its host's title",
			"Rosa Time host Dana Ruiz said the ferry would stop.",
			[]string{"ORG:Rosa Time", "PERSON:Dana Ruiz"}, "Rosa Time", "ORG"},
		{"a name mentioned twice",
			"Dana Whitlock bought the ferry. Dana Whitlock said it would run.",
			[]string{"ORG:Dana Whitlock", "ORG:Dana Whitlock"}, "Dana Whitlock", "ORG"},
	})
}
