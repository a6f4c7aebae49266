package entity

import "testing"

// A kind of firm before a name the tagger may call a person's makes the
// name an organisation, trimmed of the kind when it opens the sentence,
// and a nationality before the kind gives it the nation's business code.
// The sentences are written for this test.
func TestCompanyKindBeforeName(t *testing.T) {
	tests := []struct{ s, name, typ, actor string }{
		{"Carvell gains. Retailer Carvell reported higher sales. Shares in Carvell rose. Carvell employs 900 staff.",
			"Carvell", "ORG", ""},
		{"Supermarket chain Dalby cut prices on Monday.", "Dalby", "ORG", ""},
		{"Dutch retailer Vandorp said sales fell.", "Vandorp", "ORG", "NLDBUS"},
		{"Shares in Italian airline Corvenza fell sharply.", "Corvenza", "ORG", "ITABUS"},
		{"Broadcaster Tom Avery said the show would return.", "Tom Avery", "PERSON", ""},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		if e == nil || e.Name != tc.name || e.Type != tc.typ || e.Actor != tc.actor {
			t.Errorf("%q: %s, want %s %s %s", tc.s, describe(e), tc.name, tc.typ, tc.actor)
		}
	}
}
