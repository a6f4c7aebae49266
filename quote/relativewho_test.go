package quote

import "testing"

// TestWhoAfterANameIsThatPerson checks that a subject "who" right after a
// person's name speaks as that person when the parse hangs the relative
// clause on a noun before the name ("a challenge from party leader Anna
// Bright who said …" spoke as the party).
func TestWhoAfterANameIsThatPerson(t *testing.T) {
	checkCueSpeaker(t, analyse(t, "It was a challenge from Tory leader Anna Bright who said Labour would raise taxes."), "said", "Anna Bright")
	checkCueSpeaker(t, analyse(t, "It was a challenge from Labour leader Anna Bright who said the Tories would raise taxes."), "said", "Anna Bright")
}
