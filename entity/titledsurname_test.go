package entity

import "testing"

// A full name the tagger took in with the title before it ("Rep. Ana
// Ruiz"), whatever class it gave it, still lends its person votes to its
// surname alone, as a full name without the title does; and a surname
// that speaks is the person's on a tie of votes as on a loss.
func TestTitledFullNameLendsSurname(t *testing.T) {
	wantPhraseTypes(t, []phraseType{
		{"a title inside the full name",
			"Rep. Maria Talvane spoke on Monday. Talvane, 56, told reporters the bill was weak. Talvane aides agreed. Talvane critics did not.",
			[]string{"PERSON:Rep. Maria Talvane", "ORG:Talvane", "ORG:Talvane", "ORG:Talvane"}, "Talvane", "PERSON"},
		{"a judge's title inside the full name",
			"Judge Maria Talvane spoke on Monday. Talvane, 56, told reporters the bill was weak. Talvane aides agreed. Talvane critics did not.",
			[]string{"PERSON:Judge Maria Talvane", "ORG:Talvane", "ORG:Talvane", "ORG:Talvane"}, "Talvane", "PERSON"},
		{"the titled full name typed a thing",
			"Rep. Maria Talvane spoke on Monday. Talvane told reporters the bill was weak. Talvane aides agreed. Talvane critics did not.",
			[]string{"MISC:Rep. Maria Talvane", "ORG:Talvane", "ORG:Talvane", "ORG:Talvane"}, "Talvane", "PERSON"},
		{"a tie of votes",
			"Maria Talvane spoke on Monday. Talvane told reporters the bill was weak. Talvane aides agreed. Talvane waved.",
			[]string{"PERSON:Maria Talvane", "ORG:Talvane", "ORG:Talvane", "PERSON:Talvane"}, "Talvane", "PERSON"},
	})
}
