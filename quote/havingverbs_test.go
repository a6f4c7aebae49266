package quote

import "testing"

// A verb of having, containing or enjoying reports nothing: its object is
// what the subject has. Nor does "boast" with a thing for its subject, or
// a naming verb with the name it gives; a verb of saying beside them, a
// person boasting and a description given stay quotes.
func TestHavingIsNotSaying(t *testing.T) {
	tests := []cueCase{
		{"growth enjoyed", "The bakery chain enjoyed strong growth in Wales and the north last year.", "enjoyed", false},
		{"a market enjoying", "The housing market has enjoyed a long boom since the rates fell in 2001.", "enjoyed", false},
		{"a package", "The rescue package includes a rise in the grant for the poorest towns.", "includes", false},
		{"a box set", "The box set contains three live albums and a film of the final concert.", "contains", false},
		{"a thing boasting", "The new ferry boasts a cinema and two restaurants on its upper deck.", "boasts", false},
		{"a name taken", "One of the volunteers calls himself Nomad on the forum.", "calls", false},
		{"a bridge named", "Locals call the old bridge Big Bertha because of its colour.", "call", false},
		{"a person boasting", "The mayor boasted that the ferry would carry a million people this year.", "boasted", true},
		{"names as something", "In a letter the actor named two papers The Daily Post and Weekend Star as the worst offenders.", "named", true},
		{"a name then a description", "The senator kept calling the party leader Ana Ruiz a liar at every rally.", "calling", true},
		{"a taste", "Lee enjoys old westerns and most films with horses in them.", "enjoys", true},
		{"a description", "The mayor called the ferry plan a waste of public money.", "called", true},
		{"said beside", "The mayor said the ferry would carry a million people this year.", "said", true},
	}
	checkCueCases(t, tests)
}
