package perceptron

import (
	"math/rand/v2"
	"testing"
)

// TestTouchAsPut checks that touch, which inlines finalize and fingerprint
// with its own multipliers and without keyMask, gives every feature the
// bucket and fingerprint that Trainer.Model's table put it under: the key
// finalized and masked as train.go does, split by fingerprint.
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
		var bs, fps [chunk]uint32
		m.touch(feats, bs[:], fps[:])
		for k, f := range feats {
			b, fp := fingerprint(finalize(f) & keyMask)
			if bs[k] != b&m.mask || fps[k] != fp {
				t.Fatalf("%d classes, feature %#x: touch gives bucket %d, fingerprint %#x; want %d, %#x", classes, f, bs[k], fps[k], b&m.mask, fp)
			}
		}
	}
}
