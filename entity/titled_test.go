package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestAddHonorificName checks that an honorific and a surname the tagger
// left without a mention join the person named before with that surname,
// or make a new person with the honorific's gender, and that other words
// do not.
func TestAddHonorificName(t *testing.T) {
	tests := []struct {
		name, text string
		words      string   // the honorific and the name, as in text
		mentions   []string // the tagger's
		want       string   // the entity's name, "" for none
	}{
		{"the person named before", "Tom Frost runs the bank. Mr Frost added more.", "Mr Frost", []string{"PERSON:Tom Frost"}, "Tom Frost"},
		{"a new person", "The court sat late. Lord Weller spoke first.", "Lord Weller", nil, "Weller"},
		{"no honorific", "The court sat late. Harbour Weller spoke first.", "Harbour Weller", nil, ""},
		{"a lower-case word after it", "The court sat late. Mr said nothing.", "Mr said", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(t, tc.text, "", tc.mentions...)
			at := strings.Index(tc.text, tc.words)
			first, end := -1, -1
			for i, tok := range d.Tokens {
				if tok.Start == at {
					first = i
				}
				if tok.End == at+len(tc.words) {
					end = i + 1
				}
			}
			if first < 0 || end < 0 {
				t.Fatalf("no tokens for %q", tc.words)
			}
			e := AddHonorificName(d, first, end)
			got := ""
			if e >= 0 {
				got = d.Entities[e].Name
			}
			if got != tc.want {
				t.Fatalf("AddHonorificName(%q) gave %q, want %q", tc.words, got, tc.want)
			}
			if e >= 0 && NameGender(d, e) != 'm' {
				t.Errorf("entity %q has gender %q, want the honorific's 'm'", got, NameGender(d, e))
			}
		})
	}
}

// A job in a firm or a club written in lower case before a name is the
// person's role ("finance director Ana Ruiz"), as a title is.
func TestLowerCaseJobIsARole(t *testing.T) {
	tests := []struct{ s, name, role string }{
		{"The board said finance director Ana Ruiz would leave in May.", "Ana Ruiz", "Director"},
		{"Tarn Rovers manager Tom Vik praised the fans.", "Tom Vik", "Manager"},
		{"The charity named chairwoman Lea Holm as its new head.", "Lea Holm", "Chairwoman"},
		{"Visiting striker Jon Eide scored twice.", "Jon Eide", "Striker"},
	}
	for _, tc := range tests {
		d := doc(t, tc.s, "", "PERSON:"+tc.name)
		e := entityAt(d, tc.name)
		if e == nil || !slices.Contains(e.Roles, tc.role) {
			t.Errorf("%q: %s, want the role %s", tc.s, describe(e), tc.role)
		}
	}
}

// "Detective Sergeant" is one role, as "Deputy Governor" is: a detective
// rank, not a detective and a sergeant.
func TestDetectiveRankIsOneRole(t *testing.T) {
	d := doc(t, "Detective Sergeant Ana Ruiz said the inquiry took a year.", "", "PERSON:Ana Ruiz")
	e := entityAt(d, "Ana Ruiz")
	if e == nil || !slices.Equal(e.Roles, []string{"Detective Sergeant"}) {
		t.Errorf("got %s, want the one role Detective Sergeant", describe(e))
	}
}
