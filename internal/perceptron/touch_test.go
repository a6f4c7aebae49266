package perceptron

import (
	"math/rand/v2"
	"testing"
)

// TestTouchAsPut checks that touch, which inlines finalize and fingerprint
// with its own multipliers and without keyMask, gives every feature the
// bucket and fingerprint that Trainer.Model's table put it under (the key
// finalized and masked as train.go does, split by fingerprint), and that
// its second loop, two buckets a turn, loads the first word of every
// feature's bucket, odd counts included.
func TestTouchAsPut(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, classes := range []int{2, maxDense + 3} {
		m, err := newModel(classes, 1, 1<<16, 0, 0, false)
		if err != nil {
			t.Fatal(err)
		}
		feats := make([]uint64, chunk)
		for k := range feats {
			feats[k] = r.Uint64()
		}
		feats[0], feats[1] = 0, ^uint64(0)
		// Each bucket's first word its number, for touch's sum of them.
		for b := range m.dense {
			m.dense[b].fp[0] = uint32(b)
		}
		for b := range m.sparse {
			m.sparse[b].fp[0] = uint32(b)
		}
		for _, n := range []int{chunk, chunk - 1, 1, 0} {
			var bs, fps [chunk]uint32
			m.touch(feats[:n], bs[:n], fps[:n])
			var sum uint32
			for k, f := range feats[:n] {
				b, fp := fingerprint(finalize(f) & keyMask)
				if bs[k] != b&m.mask || fps[k] != fp {
					t.Fatalf("%d classes, feature %#x: touch gives bucket %d, fingerprint %#x; want %d, %#x", classes, f, bs[k], fps[k], b&m.mask, fp)
				}
				sum += b & m.mask
			}
			if touched != sum {
				t.Errorf("%d classes, %d features: touch loaded first words summing to %d, want %d", classes, n, touched, sum)
			}
		}
	}
}
