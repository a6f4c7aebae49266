package entity

import (
	"strings"
	"testing"

	"dateline/text"
)

// A capitalised office after "the" is its holder's description, as a
// lower-case one is: the subject of any verb, it is a person whom a later
// pronoun means ("The Foreign Minister arrived … he said"). Once someone
// is named, such a phrase whose title fits joins that person, and one
// whose title does not is left to the pronouns, not made a stranger.
func TestCapitalisedOfficeIsItsHolder(t *testing.T) {
	tests := []struct{ s, phrase, pronoun, want string }{
		{"The Foreign Minister landed in Lisbon on Tuesday. Later he said the talks had gone well.",
			"Foreign Minister", "he", "Foreign Minister PERSON  [Foreign Minister] "},
		{"The Norwegian Health Secretary visited the clinic. She said waiting lists would fall.",
			"Health Secretary", "She", "Norwegian Health Secretary PERSON NOR [Health Secretary] NORGOV"},
		{"The Chancellor is expected to cut fuel duty. He told reporters the budget was balanced.",
			"Chancellor", "He", "Chancellor PERSON  [Chancellor] "},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.phrase)
		if got := describe(e); got != tc.want {
			t.Errorf("%q: %s is %s, want %s", tc.s, tc.phrase, got, tc.want)
			continue
		}
		k := strings.Index(tc.s, ". ") + 2
		k += strings.Index(tc.s[k:], tc.pronoun+" ")
		if p := entityOver(d, k, k+len(tc.pronoun)); p == nil || p.Name != e.Name {
			t.Errorf("%q: %q means %s, want %s", tc.s, tc.pronoun, describe(p), e.Name)
		}
	}

	d := read(t, "Housing Minister Rhona Tait opened the estate. The Minister said more homes would follow.")
	if e := entityAt(d, "The Minister"); e == nil || e.Name != "Rhona Tait" {
		t.Errorf("a fitting title after the name: got %s, want Rhona Tait", describe(e))
	}
	d = read(t, "Gwen Ellery won the seat in May. The Shadow Minister said the result was a warning.")
	if e := entityAt(d, "Shadow Minister"); e != nil && e.Name != "Gwen Ellery" {
		t.Errorf("another title after a name: got the stranger %s", describe(e))
	}
}

// entityOver returns the entity of a mention covering bytes [start, end).
func entityOver(d *text.Document, start, end int) *text.Entity {
	for _, m := range d.Mentions {
		if m.Start <= start && end <= m.End && m.Entity >= 0 {
			return &d.Entities[m.Entity]
		}
	}
	return nil
}
