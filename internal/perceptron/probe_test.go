package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestProbesAsGo checks probeDense and probeSparse (assembly on amd64)
// against their Go loops on random buckets: features in every slot, absent
// ones, full buckets and passed bits whose chains go on, extreme weights,
// and chunks of every length up to chunk.
func TestProbesAsGo(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const nb = 64
	fpOf := func() uint32 { return r.Uint32() | 1 }
	dense := make([]denseBucket, nb)
	sparse := make([]sparseBucket, nb)
	for i := range nb {
		d, s := &dense[i], &sparse[i]
		for j := range d.fp {
			if r.IntN(4) > 0 || i%8 == 0 {
				d.fp[j] = fpOf()
				// Rows of extreme and zero weights (a zero row with
				// passed bits sends the chain on).
				for c := range maxDense {
					w := []int16{32767, -32768, 0, 1, -1, int16(r.Uint32())}[r.IntN(6)]
					d.w[j] |= uint64(uint16(w)) << (16 * c)
				}
			}
		}
		d.passed = r.Uint32() & r.Uint32()
		for j := range s.fp {
			if r.IntN(4) > 0 || i%8 == 0 {
				s.fp[j], s.off[j] = fpOf(), r.Uint32()|1
			}
		}
	}
	var denseChains, sparseChains, found int
	for round := range 200 {
		n := round % (chunk + 1)
		bs, fps := make([]uint32, n), make([]uint32, n)
		for k := range n {
			bs[k] = uint32(r.IntN(nb))
			switch r.IntN(3) {
			case 0: // absent
				fps[k] = fpOf()
			case 1:
				fps[k] = dense[bs[k]].fp[r.IntN(denseSlots)] | 1
			default:
				fps[k] = sparse[bs[k]].fp[r.IntN(sparseSlots)] | 1
			}
		}
		var later, wantLater [chunk]uint8
		acc := [maxDense]int32{int32(round), -7, 1 << 20, 0}
		wantAcc := acc
		nl := probeDense(&dense[0], bs, fps, &later, &acc)
		wantNl := probeDenseGo(&dense[0], bs, fps, &wantLater, &wantAcc)
		if acc != wantAcc || nl != wantNl || string(later[:nl]) != string(wantLater[:wantNl]) {
			t.Fatalf("round %d: probeDense sums %v, chains %v; want %v, %v", round, acc, later[:nl], wantAcc, wantLater[:wantNl])
		}
		denseChains += nl
		offs, wantOffs := make([]uint32, n), make([]uint32, n)
		nl = probeSparse(&sparse[0], bs, fps, offs, &later)
		wantNl = probeSparseGo(&sparse[0], bs, fps, wantOffs, &wantLater)
		if !slices.Equal(offs, wantOffs) || string(later[:nl]) != string(wantLater[:wantNl]) {
			t.Fatalf("round %d: probeSparse offsets %v, chains %v; want %v, %v", round, offs, later[:nl], wantOffs, wantLater[:wantNl])
		}
		sparseChains += nl
		for _, o := range offs {
			if o != 0 {
				found++
			}
		}
	}
	if denseChains == 0 || sparseChains == 0 || found == 0 {
		t.Errorf("the test reached %d dense chains, %d sparse ones and %d rows found: want some of each", denseChains, sparseChains, found)
	}
}
