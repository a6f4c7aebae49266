package entity

import "testing"

// descriptionCase is a text, a description in it and the name of the
// entity the description should belong to.
type descriptionCase struct{ text, description, want string }

// wantDescriptionEntities checks each case's description's entity name.
func wantDescriptionEntities(t *testing.T, tests []descriptionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := read(t, tc.text)
			e := entityAt(d, tc.description)
			if e == nil || e.Name != tc.want {
				t.Errorf("entity %+v, want %q", e, tc.want)
			}
		})
	}
}

// TestDefinitePersonJoinsTheTitled checks that a definite description
// with no name beside it joins the one person named before with a title
// ending in its head word, whose team or party words it repeats, and joins
// no one when another team's word stands in it or two people hold the
// title.
func TestDefinitePersonJoinsTheTitled(t *testing.T) {
	tests := []descriptionCase{
		{"Rovers coach Tom Hale named his squad on Monday. The Rovers coach said the squad looked sharp.", "The Rovers coach", "Tom Hale"},
		{"Former minister Ann Vey joined the board of the port. The former minister said she was glad.", "The former minister", "Ann Vey"},
		{"Rovers coach Tom Hale named his squad on Monday. The Tarnby coach said his side was ready.", "The Tarnby coach", "Tarnby coach"},
		{"Rovers coach Tom Hale met Tarnby coach Piet Olsen on Monday. The coach said the squad looked sharp.", "The coach", "coach"},
		// Another office, a noun the title lacks, another body's post.
		{"Rovers assistant coach Tom Hale named the squad on Monday. The Rovers coach said it was strong.", "The Rovers coach", "Rovers coach"},
		{"Foreign minister Ann Vey flew to Tarnby on Monday. The finance minister said the budget was sound.", "The finance minister", "finance minister"},
		{"Party spokesman Tom Hale met the press on Monday. The mayor's spokesman said the talks had failed.", "The mayor's spokesman", "mayor's spokesman"},
	}
	wantDescriptionEntities(t, tests)
}

// TestDefinitePersonJoinsTheTitledLater checks a description that comes
// before the one person named with its title: it joins that person, but
// not one whose title is another office ("Shadow", which the tagger reads
// as a name in mid-sentence), nor one of two holders named later.
func TestDefinitePersonJoinsTheTitledLater(t *testing.T) {
	tests := []descriptionCase{
		{"The plan is sound, the home secretary said on Friday. Later, Home Secretary Ann Vey said the review would start in May.", "the home secretary", "Ann Vey"},
		{"The plan is sound, the home secretary said on Friday. Later, Shadow Home Secretary Ann Vey said the review was a sham.", "the home secretary", "home secretary"},
		{"The judge said the case was closed. Judge Tom Hale and Judge Ann Vey met on Monday.", "The judge", "judge"},
	}
	wantDescriptionEntities(t, tests)
}

// TestDefinitePersonBareHeadJoinsNoOneLater checks that a bare head ("the
// minister") joins no one named only later, though one title fits.
func TestDefinitePersonBareHeadJoinsNoOneLater(t *testing.T) {
	d := read(t, "The plan is sound, the minister said on Friday. Later, Foreign Minister Ann Vey flew to Tarnby.")
	if e := entityAt(d, "the minister"); e == nil || e.Name != "minister" {
		t.Errorf("entity %+v, want %q", e, "minister")
	}
}
