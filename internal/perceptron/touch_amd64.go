package perceptron

//go:noescape
func keysAVX2(feats *uint64, quads int, mask uint32, m1, m2 uint64, bs, fps *uint32)

// keys sets the buckets and fingerprints of the first features of feats,
// four at a time, as touch's loop does, and returns how many it set: with
// AVX2 a feature took about 8 instructions instead of 15 (the 64-bit
// multiplies made of three 32-bit ones).
func keys(feats []uint64, mask uint32, m1, m2 uint64, bs, fps []uint32) int {
	q := len(feats) / 4
	if !useAVX2 || q == 0 || len(bs) < 4*q || len(fps) < 4*q {
		return 0
	}
	keysAVX2(&feats[0], q, mask, m1, m2, &bs[0], &fps[0])
	return 4 * q
}
