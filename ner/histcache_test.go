package ner

import "testing"

// TestHistCacheSumsAsLookedUp checks the cache's sums of tag-history
// pairs, cold, warm, and after other pairs took the slots, against the
// pairs looked up alone; it fails when a slot answers for a pair it does
// not hold.
func TestHistCacheSumsAsLookedUp(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var c histCache
	var dc decoder
	words := []tokInfo{}
	for _, w := range []string{"said", ",", "'s", "and", "Minister", "of", "the", "Bank"} {
		var b builder
		var ti tokInfo
		b.fill(&ti, w)
		words = append(words, ti)
	}
	for round := 0; round < 3; round++ {
		for wi := range words {
			for p1 := 1; p1 <= nTags; p1++ {
				fs := prevFeatures(nil, &words[wi], p1)
				var want row
				m.m.AddSegments(fs, []int{len(fs)}, want[:])
				if got := c.sums(m.m, &dc, fs); *got != want {
					t.Fatalf("round %d, word %d after tag %d: got %v, want %v", round, wi, p1, *got, want)
				}
			}
		}
	}
}
