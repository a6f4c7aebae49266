package entity

import "testing"

// TestIsPersonDemonym checks which nationalities name one person after
// "the": a singular noun of a nationality, not the people's name nor a
// plural nor a word that is no nationality.
func TestIsPersonDemonym(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Norwegian", true},
		{"Swede", true},
		{"American", true},
		{"French", false},
		{"Japanese", false},
		{"Americans", false},
		{"Harbour", false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := IsPersonDemonym(tc.word); got != tc.want {
				t.Errorf("IsPersonDemonym(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}
