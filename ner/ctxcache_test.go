package ner

import "testing"

// TestContextCacheKeysExactly checks that a context slot holds exactly the
// features it was filled with: the same features in another order, one
// more or one fewer, or one changed, are not found there, and a set too
// long to keep is never found.
func TestContextCacheKeysExactly(t *testing.T) {
	var c ctxCache
	set := []uint64{11, 22, 33}
	i, ok := c.slot(set)
	if ok {
		t.Fatalf("empty cache: found %v", set)
	}
	c.fill(i, set)
	if j, ok := c.slot([]uint64{11, 22, 33}); !ok || j != i {
		t.Errorf("filled set: got slot %d found %v, want %d true", j, ok, i)
	}
	for _, other := range [][]uint64{{22, 11, 33}, {11, 22}, {11, 22, 33, 44}, {11, 22, 34}, {}} {
		if j, ok := c.slot(other); ok {
			t.Errorf("%v: found in slot %d, filled with %v", other, j, set)
		}
	}
	long := []uint64{1, 2, 3, 4, 5, 6, 7, 8, 9}
	if j, ok := c.slot(long); ok || j >= 0 {
		t.Errorf("%d features: got slot %d found %v, want none (at most %d kept)", len(long), j, ok, maxCtx)
	}
}
