package entity

import "testing"

// A surname that is itself an honorific ("King", "Prince") stays the name
// after another honorific: "Mr King" is a man named King, not one named
// "Mr"; an honorific before a name is still no part of it.
func TestHonorificAsSurname(t *testing.T) {
	tests := []struct{ text, mention, want string }{
		{"Shops shut early. Mr King said the rent was too high.", "Mr King", "King"},
		{"Shops shut early. Ms Prince said the rent was too high.", "Ms Prince", "Prince"},
		{"Shops shut early. King Ragnar said the rent was too high.", "King Ragnar", "Ragnar"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := doc(t, tc.text, "", "PERSON:"+tc.mention)
			e := entityOf(t, d, tc.mention, 0)
			if e == nil || e.Name != tc.want {
				t.Errorf("entity %+v, want one named %q", e, tc.want)
			}
		})
	}
}
