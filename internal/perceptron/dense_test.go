package perceptron

import (
	"slices"
	"testing"
)

// TestDenseSumsAreExact checks sumDense's two-lanes-a-register sums
// against plain integer sums, with the extreme weights a 16-bit row can
// hold, features repeated, absent features among them, and vectors
// longer than a chunk (so summed in several calls).
func TestDenseSumsAreExact(t *testing.T) {
	weights := []int16{32767, -32768, -32767, 1, -1, 12345, -2}
	const nfeat = 40
	type feat struct{ f, key uint64 }
	var fs []feat
	for i := range nfeat {
		f := Hash(5, uint64(i))
		fs = append(fs, feat{f, finalize(f) & keyMask})
	}
	slices.SortFunc(fs, func(a, b feat) int { return cmpU64(a.key, b.key) })
	b := newBuilder(maxDense, 1, nfeat)
	rows := map[uint64][maxDense]int64{}
	for i, x := range fs {
		var cls []uint16
		var q []int16
		var row [maxDense]int64
		for c := range maxDense {
			if (i+c)%5 == 4 {
				continue // a class without weight
			}
			w := weights[(i*3+c)%len(weights)]
			cls, q = append(cls, uint16(c)), append(q, w)
			row[c] = int64(w)
		}
		b.add(x.key, cls, q)
		rows[x.f] = row
	}
	m, err := b.model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		feats func() []uint64
	}{
		{"each feature once", func() []uint64 {
			var v []uint64
			for _, x := range fs {
				v = append(v, x.f)
			}
			return v
		}},
		{"the largest weight 300 times", func() []uint64 {
			var v []uint64
			for range 300 {
				v = append(v, fs[0].f)
			}
			return v
		}},
		{"every feature 7 times with absent ones", func() []uint64 {
			var v []uint64
			for k := range 7 {
				for i, x := range fs {
					v = append(v, x.f, Hash(6, uint64(k*nfeat+i)))
				}
			}
			return v
		}},
		{"nothing", func() []uint64 { return nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feats := tt.feats()
			var want [maxDense]int64
			for _, f := range feats {
				for c, w := range rows[f] {
					want[c] += w
				}
			}
			got := make([]float32, maxDense)
			m.Score(feats, got)
			for c := range maxDense {
				if got[c] != float32(want[c]) {
					t.Errorf("class %d: got %v, want %v (%d features)", c, got[c], want[c], len(feats))
				}
			}
		})
	}
}
