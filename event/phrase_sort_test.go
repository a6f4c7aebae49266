package event

import (
	"math/rand/v2"
	"slices"
	"testing"

	"dateline/event/petrarch"
)

// TestLongestFirstAsStableSort: longestFirst orders lists of phrases of
// lengths from 0 to 20, sorted or not, as a stable sort by length,
// longest first, does, reusing its room from list to list.
func TestLongestFirstAsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var buf []phraseEntry[int]
	for round := range 2000 {
		n := r.IntN(40)
		most := 1 + r.IntN(20)
		es := make([]phraseEntry[int], n)
		for i := range es {
			es[i] = phraseEntry[int]{words: make([]petrarch.Word, r.IntN(most+1)), val: i}
		}
		if round%5 == 0 {
			slices.SortStableFunc(es, func(a, b phraseEntry[int]) int { return len(b.words) - len(a.words) })
		}
		want := slices.Clone(es)
		slices.SortStableFunc(want, func(a, b phraseEntry[int]) int { return len(b.words) - len(a.words) })
		buf = longestFirst(es, buf)
		for i := range es {
			if es[i].val != want[i].val || len(es[i].words) != len(want[i].words) {
				t.Fatalf("round %d: got phrase %d (%d words) at %d, want %d (%d words)", round, es[i].val, len(es[i].words), i, want[i].val, len(want[i].words))
			}
		}
	}
}
