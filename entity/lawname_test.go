package entity

import "testing"

// A name ending in "Act" or "Bill" that the tagger typed a body or a
// person is a law (CoNLL's MISC), unless it opens with a given name.
func TestLawNameIsMisc(t *testing.T) {
	tests := []struct{ text, name, typ, want string }{
		{"Peers threw out the Coastal Roads Bill on Tuesday.", "Coastal Roads Bill", "ORG", "MISC"},
		{"Firms must obey the Data Safety Act from May.", "Data Safety Act", "ORG", "MISC"},
		{"The film Cut Bill made millions.", "Cut Bill", "PERSON", "MISC"},
		{"Voters met Jo Bill in Leeds.", "Jo Bill", "PERSON", "PERSON"},
	}
	for _, tc := range tests {
		d := doc(t, tc.text, "", tc.typ+":"+tc.name)
		if e := entityOf(t, d, tc.name, 0); e == nil || e.Type != tc.want {
			t.Errorf("%q: %s, want %s", tc.name, describe(e), tc.want)
		}
	}
}
