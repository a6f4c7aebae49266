package entity

import (
	"slices"
	"strings"
	"testing"
)

// Two titles joined by "and" before one name are one person's two jobs,
// and the first title is no second person.
func TestTitlesJoinedByAnd(t *testing.T) {
	tests := []struct {
		s, name string
		roles   []string
	}{
		{"Profits rose, said Harwick president and chief executive Lena Foss.", "Lena Foss", []string{"President", "Chief Executive"}},
		{"Harwick chairman and chief executive Tariq Haddad said sales had doubled.", "Tariq Haddad", []string{"Chairman", "Chief Executive"}},
		{"\"We grew,\" chairman and managing director Ida Berg said.", "Ida Berg", []string{"Chairman", "Managing Director"}},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		if e == nil {
			t.Errorf("%q: no entity %s", tc.s, tc.name)
			continue
		}
		for _, role := range tc.roles {
			if !slices.Contains(e.Roles, role) {
				t.Errorf("%q: %s, want the role %s", tc.s, describe(e), role)
			}
		}
		for _, x := range d.Entities {
			if x.Type == "PERSON" && x.Name != e.Name && slices.ContainsFunc(tc.roles, func(r string) bool { return strings.Contains(strings.ToLower(x.Name), strings.ToLower(r)) }) {
				t.Errorf("%q: a second person %q", tc.s, x.Name)
			}
		}
	}
	// Union members are no title of the leader named after them.
	d := read(t, "Union members and party leader Oskar Lind marched.")
	if e := entityAt(d, "Oskar Lind"); e == nil || slices.Contains(e.Roles, "Members") || slices.Contains(e.Roles, "Member") {
		t.Errorf("%s, want no member role", describe(e))
	}
}
