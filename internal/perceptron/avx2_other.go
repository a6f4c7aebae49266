//go:build !amd64

// The loops wide_amd64.s and touch_amd64.s write in AVX2, in Go alone.

package perceptron

// addWideRows adds to lanes the wide rows at the positions js of offs
// (offsets with wideFlag); see addWideRowsGo.
func addWideRows(lanes, wide []uint64, words int, offs *[chunk]uint32, js []uint8) {
	addWideRowsGo(lanes, wide, words, offs, js)
}

// flushQuads takes no word: flushWide's loop takes them all.
func flushQuads(lanes []uint64, full int, bias int32, acc []int32) int { return 0 }

// keys sets no key: touch's loop sets them all.
func keys(feats []uint64, mask uint32, m1, m2 uint64, bs, fps []uint32) int { return 0 }
