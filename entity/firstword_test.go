package entity

import (
	"testing"

	"dateline/text"
)

// A body's first word alone is that body, though the tagger reads it as a
// person's name; with an honorific it is a person.
func TestFirstWordOfABody(t *testing.T) {
	alone := func(d *text.Document, word string) []int {
		var out []int
		for _, m := range d.Mentions {
			if d.Slice(m.Span) == word {
				out = append(out, m.Entity)
			}
		}
		return out
	}
	d := read(t, "Kelvar Securities raised its forecast. Kelvar said costs fell, and Kelvar will hire.")
	full := entityAt(d, "Kelvar Securities")
	for _, e := range alone(d, "Kelvar") {
		if full == nil || e < 0 || &d.Entities[e] != full {
			t.Errorf("Kelvar alone is %d, want the body %s", e, describe(full))
		}
	}
	d = read(t, "Mr Kelvar joined Kelvar Securities. Kelvar said he was happy.")
	full = entityAt(d, "Kelvar Securities")
	mr := append(alone(d, "Mr Kelvar"), alone(d, "Kelvar")...)
	if full == nil || len(mr) == 0 || mr[0] < 0 || &d.Entities[mr[0]] == full || d.Entities[mr[0]].Type != "PERSON" {
		t.Errorf("Mr Kelvar is %v, want a person apart from the body %s", mr, describe(full))
	}
}
