package quote

import "testing"

// TestWhoAfterANameIsThatPerson checks that a subject "who" right after a
// person's name speaks as that person when the parse hangs the relative
// clause on a noun before the name ("a swipe from party leader Anna
// Bright who argued …" spoke as the party).
func TestWhoAfterANameIsThatPerson(t *testing.T) {
	checkCueSpeaker(t, analyse(t, "It was a swipe from Green leader Anna Bright who argued the tender was rigged."), "argued", "Anna Bright")
	checkCueSpeaker(t, analyse(t, "It was a swipe from Labour leader Anna Bright who argued the tender was rigged."), "argued", "Anna Bright")
}
