package entity

import "testing"

// TestInitialsAndDescriptorsInNames: two capital letters before a
// surname are the person's initials, in the name; not a club's letters
// before a city ("AC Tarnby" is no person), nor letters that say what a
// person is ("DJ"); a people noun opening the sentence before a given
// name and a surname describes the person, though it is a given name too
// ("Star"); a place the gazetteer knows, named only after "in", is a
// place whatever the tagger read; a name before "worm" is a program's
// (sentences written for the test).
func TestInitialsAndDescriptorsInNames(t *testing.T) {
	tests := []struct{ text, word, name, typ string }{
		{"Data sits in e-mail. TJ Sullivan, spokesman for the firm, said sales were strong.", "Sullivan", "TJ Sullivan", "PERSON"},
		{"Sales were strong, said PJ Hartigan, an analyst at Brockley.", "Hartigan", "PJ Hartigan", "PERSON"},
		{"Star Christina Mowbray has pulled out of the play. She is ill.", "Mowbray", "Christina Mowbray", "PERSON"},
		{"The band played two nights in Leeds last week. Tickets sold out in an hour.", "Leeds", "Leeds", "GPE"},
		{"Experts found the Cabir worm on phones in Spain. Cabir spreads by Bluetooth.", "Cabir", "Cabir", "MISC"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := read(t, tc.text)
			e := entityAt(d, tc.word)
			if e == nil || e.Name != tc.name || e.Type != tc.typ {
				t.Errorf("entity %+v, want %s %q", e, tc.typ, tc.name)
			}
		})
	}
	for _, tc := range []struct{ text, not string }{
		{"The striker left AC Milan in May. He joined a club in Spain.", "AC Milan"},
		{"The station hired DJ Okafor last year. Okafor plays soul.", "DJ Okafor"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := read(t, tc.text)
			for _, e := range d.Entities {
				if e.Name == tc.not && e.Type == "PERSON" {
					t.Errorf("person %q", tc.not)
				}
			}
		})
	}
}

// TestThingAcronymIsNoName: an acronym for a kind of thing, used as a
// common noun ("a new PC", "DVDs", "PC sales"), is no name; a bare one
// is ("researchers at MIT"), and so is one named in full in the story
// (sentences written for the test).
func TestThingAcronymIsNoName(t *testing.T) {
	d := read(t, "Shoppers bought a new PC and two DVDs at the weekend. PC sales rose by a tenth in December.")
	for _, e := range d.Entities {
		if e.Name == "PC" || e.Name == "DVDs" {
			t.Errorf("entity %+v", e)
		}
	}
	d = read(t, "Researchers at MIT have built a robot that folds paper. The robot will be shown in Boston.")
	if e := entityAt(d, "MIT"); e == nil {
		t.Errorf("no entity for MIT")
	}
}
