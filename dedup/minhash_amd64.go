package dedup

import "golang.org/x/sys/cpu"

// useAVX2 chooses minHashesAVX2 where the processor has it; a variable,
// for the tests to take either way.
var useAVX2 = cpu.X86.HasAVX2

// hashALo and hashAHi hold each multiplier's low and high 32 bits (each
// in a 64-bit word) for minHashesAVX2's 32-bit products.
var hashALo, hashAHi = func() (lo, hi [NumHashes]uint64) {
	for i, a := range hashA {
		lo[i], hi[i] = a&0xffffffff, a>>32
	}
	return lo, hi
}()

// minHashesAVX2 lowers each mins[i] to the least (hashA[i]*h +
// hashB[i]) >> 32 over the n hashes at hs (minhash_amd64.s); the mins
// must be below 2^32.
//
//go:noescape
func minHashesAVX2(hs *uint64, n int, lo, hi, b, mins *[NumHashes]uint64)

// addAll adds the shingle hashes hs to the sketch: with AVX2 four hash
// functions an instruction, where add takes them one at a time (its
// seven instructions a function were 0.7% of a BBC ingest's).
func (s *Sketch) addAll(hs []uint64) {
	if !useAVX2 || len(hs) == 0 {
		for _, h := range hs {
			s.add(h)
		}
		return
	}
	var mins [NumHashes]uint64
	for i, m := range s.Min {
		mins[i] = uint64(m)
	}
	minHashesAVX2(&hs[0], len(hs), &hashALo, &hashAHi, &hashB, &mins)
	for i, m := range mins {
		s.Min[i] = uint32(m)
	}
	s.Shingles += uint32(len(hs))
}
