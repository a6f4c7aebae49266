package timex

import "testing"

// TestWordTableFindsWhatTheMapHolds: the lexer reads the lexicon through
// the table, so it must find every entry (words and punctuation) and
// nothing the map does not hold.
func TestWordTableFindsWhatTheMapHolds(t *testing.T) {
	tab := lexTable()
	for w, e := range lexicon {
		if got := find(tab, w); got != e {
			t.Errorf("find(%q) = %v, want the map's entry", w, got)
		}
		if got := find(tab, []byte(w)); got != e {
			t.Errorf("find([]byte(%q)) = %v, want the map's entry", w, got)
		}
	}
	for _, w := range []string{"brindlemoor", "council", "ferry", "mon day", "year-ago", "", ";", "Monday", "thee"} {
		if got := find(tab, w); got != lexicon[w] {
			t.Errorf("find(%q) = %v, want %v", w, got, lexicon[w])
		}
	}
}
