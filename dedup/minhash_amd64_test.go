package dedup

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The AVX2 loop gives each function's least value as add does, for
// batches of every size around its passes and a hash of every bit set;
// it fails when a product's high half or the carry of b is lost.
func TestMinHashesAVX2AsAdd(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 7, 255, 256, 257, 1000} {
		hs := make([]uint64, n)
		for i := range hs {
			hs[i] = r.Uint64()
		}
		hs[0] = math.MaxUint64
		var got, want Sketch
		for i := range got.Min {
			got.Min[i], want.Min[i] = math.MaxUint32, math.MaxUint32
		}
		got.addAll(hs)
		for _, h := range hs {
			want.add(h)
		}
		if got != want {
			t.Errorf("%d hashes: AVX2\n %v\nadd\n %v", n, got, want)
		}
	}
}
