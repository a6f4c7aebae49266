package entity

import (
	"testing"

	"dateline/text"
)

// An office the name tagger typed a body is its holder's description: "The
// US Secretary of State said" is a person with that role (the role whole,
// past its "of"), and "The US Secretary of State, Ana Ruiz," no body at
// all. Bodies named like offices stay bodies.
func TestOfficeIsNoBody(t *testing.T) {
	d := read(t, "The US Secretary of State said the talks would resume in March.")
	var e *text.Entity
	for i, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] == "Secretary" {
			if ei := AddSource(d, i); ei >= 0 {
				e = &d.Entities[ei]
			}
		}
	}
	if e == nil || e.Type != "PERSON" || len(e.Roles) != 1 || e.Roles[0] != "Secretary of State" {
		t.Errorf("office as a source: got %s, want a PERSON with the role Secretary of State", describe(e))
	}
	d = read(t, "The talks resumed in Oslo on Monday. The US Secretary of State, Ana Ruiz, met the rebels there.")
	for _, e := range d.Entities {
		if e.Type == "ORG" {
			t.Errorf("office beside a name: got the body %s", describe(&e))
		}
	}
	for _, body := range []string{"The US Senate passed the bill on Monday.", "The Foreign Office said it would not comment."} {
		d = read(t, body)
		if e := entityAt(d, body[4:12]); e == nil || e.Type != "ORG" {
			t.Errorf("%q: got %s, want an ORG", body, describe(e))
		}
	}
}
