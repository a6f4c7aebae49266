package entity

import "testing"

// Names the tagger read as a person's but that end in a word no person's
// name ends in are bodies or things: an alliance, labs, a centre (ORG);
// awards, a prize, an act, championships (MISC).
func TestNameSuffixSaysNoPerson(t *testing.T) {
	tests := []struct{ s, name, typ string }{
		{"The Kestrel Software Alliance warned that users should update their machines.", "Software Alliance", "ORG"},
		{"She swept the board at the American Music Awards on Sunday.", "Music Awards", "MISC"},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || e.Type != tc.typ {
			t.Errorf("%q: got %s, want %s", tc.s, describe(e), tc.typ)
		}
	}
}

// A chief executive of a firm holds a firm's post, not a government's:
// the apposition that names the firm says so.
func TestFirmPostInApposition(t *testing.T) {
	d := read(t, "Stuart Vane, chief executive of US firm Harbour Labs, said the move would help.")
	if e := entityAt(d, "Stuart Vane"); e == nil || e.Actor != "USABUS" {
		t.Errorf("got %s, want the actor USABUS", describe(e))
	}
}
