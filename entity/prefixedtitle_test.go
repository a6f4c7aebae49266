package entity

import (
	"slices"
	"testing"
)

// A title joined to a prefix by a hyphen ("then-Sen.", "ex-Gov.",
// "then-president") is the person's role, as the title alone is; a hyphened
// word that is no title gives none.
func TestPrefixedTitle(t *testing.T) {
	tests := []struct{ s, name, role string }{
		{"Former then-Sen. Joan Park said the ferry plan would fail.", "Joan Park", "Senator"},
		{"Ex-Gov. Tom Weller told reporters he disagreed.", "Tom Weller", "Governor"},
		{"The then-president Ana Ruiz opened the bridge.", "Ana Ruiz", "President"},
		{"Ex-minister Lee Vik left the party.", "Lee Vik", "Minister"},
		{"The well-known Ida Berg sang.", "Ida Berg", ""},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		switch {
		case e == nil:
			t.Errorf("%q: no entity %s", tc.s, tc.name)
		case tc.role == "" && len(e.Roles) > 0:
			t.Errorf("%q: %s, want no role", tc.s, describe(e))
		case tc.role != "" && !slices.Contains(e.Roles, tc.role):
			t.Errorf("%q: %s, want the role %s", tc.s, describe(e), tc.role)
		}
	}
}
