package postgres

import "testing"

func TestBindNumbersPlaceholdersInOrder(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"no placeholder", `SELECT 1`, `SELECT 1`},
		{"each ? gets the next number", `a = ? AND (b, seq) < (?, ?) LIMIT ?`, `a = $1 AND (b, seq) < ($2, $3) LIMIT $4`},
		{"text around stays as it was", `name = ? -- naïve`, `name = $1 -- naïve`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := (dialect{}).Bind(tc.in); got != tc.want {
				t.Errorf("Bind(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
