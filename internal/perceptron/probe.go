package perceptron

import "unsafe"

// The first bucket of each feature of a chunk, searched: in Go here, in
// assembly on amd64 (probe_amd64.s), where the compare of a bucket's
// fingerprints with the feature's is one SSE2 instruction for four slots
// instead of a compare, a conditional move, an and and an or for each
// (sumDense and findSparse were a tenth of an ingest's instructions,
// most of them those selects). Callers pass bucket numbers below the
// table's size (touch masks them), len(fps) and len(offs) at least
// len(bs), and len(bs) at most chunk.

// probeDenseGo adds to acc the weights of the features with buckets bs
// (of the table at buckets) and fingerprints fps found in their first
// bucket, and notes in later the k of those whose chain may go on past
// it: their bucket does not hold them and was passed by some feature
// (the caller follows the chain only when it was passed by a feature
// with theirs passBit: testing that here took a third of the loop's
// instructions for a few per cent of the features). It returns how many
// it noted. At most one slot of a bucket
// matches: its row is selected with masks, not branches. The row's four
// 16-bit weights are added two lanes to a register (see laneFlip), which
// takes half the instructions of four sign extensions and four
// additions.
func probeDenseGo(buckets *denseBucket, bs, fps []uint32, later *[chunk]uint8, acc *[maxDense]int32) (nl int) {
	var lo, hi uint64
	dense := unsafe.Pointer(buckets)
	fps = fps[:len(bs)]
	for k, b := range bs {
		fp := fps[k]
		d := denseAt(dense, b)
		row := d.w[0]&eq(d.fp[0], fp) | d.w[1]&eq(d.fp[1], fp) | d.w[2]&eq(d.fp[2], fp) |
			d.w[3]&eq(d.fp[3], fp) | d.w[4]&eq(d.fp[4], fp)
		if d.passed&zero32(row) != 0 {
			// Rare. One test, not row == 0 first: a fifth of the
			// parser's features are absent, and a branch taken that
			// often, at random, was mispredicted.
			later[nl&(chunk-1)] = uint8(k)
			nl++
		}
		row ^= laneFlip
		lo += row & laneMask02
		hi += row >> 16 & laneMask02
	}
	// Each 32-bit lane holds the sum of its weights plus 2^15 per row.
	bias := uint32(len(bs)) << 15
	acc[0] += int32(uint32(lo) - bias)
	acc[1] += int32(uint32(hi) - bias)
	acc[2] += int32(uint32(lo>>32) - bias)
	acc[3] += int32(uint32(hi>>32) - bias)
	return nl
}

// probeSparseGo sets offs[j] to the arena offset of the row of the
// feature with bucket bs[j] (of the table at buckets) and fingerprint
// fps[j] in that bucket, 0 when it is not there, and notes in later the j
// of those whose chain goes on (not there, the bucket full). It returns
// how many it noted.
func probeSparseGo(buckets *sparseBucket, bs, fps, offs []uint32, later *[chunk]uint8) (nl int) {
	sparse := unsafe.Pointer(buckets)
	fps, offs = fps[:len(bs)], offs[:len(bs)]
	for j, b := range bs {
		s, fp := sparseAt(sparse, b), fps[j]
		// Unrolled: the loop's counter and test were a third of it.
		off := s.off[0]&eq32(s.fp[0], fp) | s.off[1]&eq32(s.fp[1], fp) |
			s.off[2]&eq32(s.fp[2], fp) | s.off[3]&eq32(s.fp[3], fp) |
			s.off[4]&eq32(s.fp[4], fp) | s.off[5]&eq32(s.fp[5], fp) |
			s.off[6]&eq32(s.fp[6], fp) | s.off[7]&eq32(s.fp[7], fp)
		offs[j] = off
		if off == 0 && s.fp[sparseSlots-1] != 0 {
			later[nl&(chunk-1)] = uint8(j)
			nl++
		}
	}
	return nl
}
