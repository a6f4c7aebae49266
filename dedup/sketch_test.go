package dedup

import (
	"math"
	"strings"
	"testing"
)

// TestSketchIsTheMinimaOfEachHash checks SketchOf against the definition,
// one hash function at a time over every shingle: stored sketches are
// compared with new ones, so a faster add must give the same values.
func TestSketchIsTheMinimaOfEachHash(t *testing.T) {
	for _, text := range []string{
		"Four short words here.",
		"The council met on Tuesday and voted to close the old bridge to lorries, " +
			"after engineers found cracks in two of its piers; the bridge will stay open to cars " +
			"and bicycles while the council looks for money to repair it.",
		story(t, "bridge.txt"), // more shingles than SketchOf's batch of 256
		strings.Repeat(story(t, "harvest.txt")+" ", 3),
	} {
		var want Sketch
		for i := range want.Min {
			want.Min[i] = math.MaxUint32
		}
		var ring [ShingleWords]uint64
		n := 0
		shingle := func() {
			h := shingleHash(&ring, n)
			want.Shingles++
			for i := range want.Min {
				if v := uint32((hashA[i]*h + hashB[i]) >> 32); v < want.Min[i] {
					want.Min[i] = v
				}
			}
		}
		for w := range Words(text) {
			ring[n%ShingleWords] = wordHash(w)
			if n++; n >= ShingleWords {
				shingle()
			}
		}
		if n < ShingleWords {
			shingle()
		}
		if got := SketchOf(text); got != want {
			t.Errorf("%.20q…: SketchOf differs from the minima of each hash:\n got %v\nwant %v", text, got, want)
		}
	}
}
