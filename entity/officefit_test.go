package entity

import "testing"

// A definite description joins a person named before only when it can be
// that person's office: "the minister" a Foreign Minister, "the leader" a
// President; not "the interior minister" a President, nor "the prime
// minister" a Foreign Minister, nor a description set beside a name of its
// own ("The interior minister, Juan Santos,"), which is that name's.
func TestDescriptionFitsTheOffice(t *testing.T) {
	tests := []struct {
		s, name, desc string
		same          bool
	}{
		{"Foreign Minister Ana Ruiz spoke on Monday.\n\nThe minister said the protests were illegal.", "Ana Ruiz", "The minister", true},
		{"President Lena Vik spoke on Monday.\n\nThe leader said the protests were illegal.", "Lena Vik", "The leader", true},
		{"President Lena Vik spoke on Monday.\n\nThe interior minister said the protests were illegal.", "Lena Vik", "The interior minister", false},
		{"Foreign Minister Ana Ruiz spoke on Monday.\n\nThe prime minister said the protests were illegal.", "Ana Ruiz", "The prime minister", false},
		{"Protesters demanded the resignation of President Lena Vik.\n\nThe interior minister, Juan Santos, criticized the protesters.", "Lena Vik", "The interior minister", false},
		{"Protesters demanded the resignation of President Lena Vik.\n\nThe interior minister, Juan Santos, criticized the protesters.", "Juan Santos", "The interior minister", true},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		a, b := entityAt(d, tc.name), entityAt(d, tc.desc)
		if a == nil || (a == b) != tc.same {
			t.Errorf("%q: %s and %s, want same=%v", tc.s, describe(a), describe(b), tc.same)
		}
	}
}

// The actor dictionaries file many bodies among people; a body's full name
// found there gives the body its code.
func TestBodyCodedFromTheActorList(t *testing.T) {
	d := read(t, "Analysts at Morgan Stanley cut their forecast for the bank on Monday.")
	e := entityAt(d, "Morgan Stanley")
	if e == nil || e.Type != "ORG" || e.Actor != "MNCUSA" {
		t.Errorf("got %s, want the ORG Morgan Stanley coded MNCUSA", describe(e))
	}
}

// A name set beside a body noun names a body, whatever the tagger made of
// it; beside a person's noun it stays a person.
func TestNameBesideABodyNoun(t *testing.T) {
	for _, tc := range []struct{ s, name, typ string }{
		{"The firm, Huaxin Engineering, was fined 25 million rand.", "Huaxin Engineering", "ORG"},
		{"The firm's founder, Tom Vik, denied wrongdoing.", "Tom Vik", "PERSON"},
	} {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || e.Type != tc.typ {
			t.Errorf("%q: %s, want %s", tc.s, describe(e), tc.typ)
		}
	}
}

// A firm named by its trade is a body, however the tagger typed it.
func TestFirmNamedByItsTrade(t *testing.T) {
	d := read(t, "Fares\n\nLEEDS, 3 March - Calder Rail today announced that fares would rise by 4 percent.\n")
	if e := entityAt(d, "Calder Rail"); e == nil || e.Type != "ORG" {
		t.Errorf("got %s, want the ORG Calder Rail", describe(e))
	}
}
