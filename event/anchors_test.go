package event

import (
	"slices"
	"testing"
)

// TestAnchoredPatternsFound: in a large block, a clause that holds
// exactly one pattern's keys is tried on that pattern, and on every
// pattern with no key, in the block's order.
func TestAnchoredPatternsFound(t *testing.T) {
	lx, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := &coder{lx: lx}
	blocks := 0
	for bi, pats := range lx.req {
		if !lx.anchored[bi] {
			if len(pats) >= anchorMin {
				t.Fatalf("block %d has %d patterns and no anchors", bi, len(pats))
			}
			continue
		}
		blocks++
		for pi, keys := range pats {
			c.keys = append(c.keys[:0], keys...)
			got := c.patternsToTry(nil, bi)
			if !slices.Contains(got, int32(pi)) || !slices.IsSorted(got) {
				t.Fatalf("block %d pattern %d (keys %v): tried %v", bi, pi, keys, got)
			}
			for qi, other := range pats {
				if len(other) == 0 && !slices.Contains(got, int32(qi)) {
					t.Fatalf("block %d: keyless pattern %d not tried", bi, qi)
				}
			}
		}
	}
	if blocks < 5 {
		t.Errorf("only %d blocks searched by anchors", blocks)
	}
}
