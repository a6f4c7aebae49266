package ner

import (
	"strings"
	"testing"
)

// lowerBytes appends what strings.ToLower returns, ASCII or not.
func TestLowerBytesIsToLower(t *testing.T) {
	buf := []byte("kept")
	for _, w := range []string{"", "Road", "ROAD", "road", "Mt.", "St-Étienne", "ÉCOLE", "Dž", "İstanbul", "a1B2", "\xff"} {
		got := lowerBytes(buf[:0], w)
		if string(got) != strings.ToLower(w) {
			t.Errorf("lowerBytes(%q) = %q, want %q", w, got, strings.ToLower(w))
		}
	}
}
