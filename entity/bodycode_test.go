package entity

import "testing"

// A body the gazetteer does not know is coded from its name: a nation and
// an agent, or a party.
func TestBodyCodedFromItsWords(t *testing.T) {
	for _, tc := range []struct{ s, name, code string }{
		{"The Peruvian Foreign Ministry summoned the envoy.", "Peruvian Foreign Ministry", "PERGOV"},
		{"The Green Party of Norway won four seats.", "Green Party of Norway", "NORPTY"},
		{"The Liberty Party won four seats.", "Liberty Party", "---PTY"},
	} {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || e.Actor != tc.code {
			t.Errorf("%q: %s, want %s", tc.s, describe(e), tc.code)
		}
	}
	// A body's name with no nation and no party word stays uncoded.
	d := read(t, "The Harbour Alliance said fares would rise.")
	if e := entityAt(d, "Harbour Alliance"); e != nil && e.Actor != "" {
		t.Errorf("got %s, want no code", describe(e))
	}
}
