package entity

import "testing"

// "The airline said": an agent word that names a body is no person.
func TestBodyWordIsNoPerson(t *testing.T) {
	for _, tc := range []struct{ s, name, typ string }{
		{"Fares rose again.\n\nThe airline said it would cut 300 jobs.", "The airline", "ORG"},
		{"Fares rose again.\n\nThe minister said the plan would work.", "The minister", "PERSON"},
	} {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || e.Type != tc.typ {
			t.Errorf("%q: %s, want %s", tc.s, describe(e), tc.typ)
		}
	}
}
