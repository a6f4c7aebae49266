package entity

import "testing"

// A common noun that opens the sentence before a person's given name and
// surname describes the person ("Actress Emma Reeve", "Rival David
// Okafor"), capitalised by its place: the name starts after it. A body's
// name that starts with such a word keeps it.
func TestDescriptorOpeningASentenceIsNoName(t *testing.T) {
	for _, tc := range []struct{ s, name string }{
		{"The show opened late. Actress Emma Reeve had to pull out of the first week.", "Emma Reeve"},
		{"The vote was close. Rival David Okafor said he would ask for a recount.", "David Okafor"},
		{"Musician Sarah Lund told the court she had been paid nothing.", "Sarah Lund"},
	} {
		d := read(t, tc.s)
		var got []string
		for _, e := range d.Entities {
			if e.Type == "PERSON" {
				got = append(got, e.Name)
			}
		}
		if len(got) != 1 || got[0] != tc.name {
			t.Errorf("%q: people %q, want only %q", tc.s, got, tc.name)
		}
	}
	d := read(t, "Allied Irish Banks said its profits rose by a fifth.")
	if e := entityAt(d, "Allied"); e == nil || e.Name != "Allied Irish Banks" {
		t.Errorf("a bank's name: got %s, want Allied Irish Banks whole", describe(e))
	}
}
