package entity

import "testing"

// A name followed by a comma and a person's post is a person's, whatever
// the tagger or the gazetteer read (a county, a firm); a firm described
// by a noun of people ("parent", "pioneer", "provider") stays a firm.
func TestPostInAppositionMakesAPerson(t *testing.T) {
	people := []struct{ s, name string }{
		{"KD Marlow, spokesman for the software maker Trellis, said sales had doubled.", "Marlow"},
		{"Greta Sullivan, head of research at the bank, said rates would rise in June.", "Greta Sullivan"},
		{"Dana Orwell, a lawyer for the family, said they would appeal.", "Dana Orwell"},
	}
	for _, tc := range people {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || e.Type != "PERSON" {
			t.Errorf("%q: %s is %s, want a PERSON", tc.s, tc.name, describe(e))
		}
	}
	firms := []struct{ s, name string }{
		{"The losses hurt Brightwell, parent of the regional carrier, said analysts.", "Brightwell"},
		{"The deal gives Tandor, a phone service provider, access to new markets.", "Tandor"},
	}
	for _, tc := range firms {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e != nil && e.Type == "PERSON" {
			t.Errorf("%q: %s is %s, want no person", tc.s, tc.name, describe(e))
		}
	}
}
