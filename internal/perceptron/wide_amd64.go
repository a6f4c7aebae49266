package perceptron

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useAVX2 chooses the AVX2 loops (wide_amd64.s, touch_amd64.s) where the
// processor has them; a variable, for the tests to take either way.
var useAVX2 = cpu.X86.HasAVX2

// addWideRowsAVX2 adds to the words words at lanes the wide rows at the
// positions js of offs, the table wide holding rows of them; at most 32
// rows (its frame holds their addresses). It reports false, having added
// nothing, when a row is past the table's end, or when js has more than
// 32 rows.
//
//go:noescape
func addWideRowsAVX2(lanes, wide *uint64, rows, words int, offs *[chunk]uint32, js []uint8) (ok bool)

// addWideRows adds to lanes the wide rows at the positions js of offs
// (offsets with wideFlag). With AVX2 the lanes stay in registers while
// the rows are added, four words an instruction: in the Go loop a word
// took 2.6 instructions, and the tagger's and labeller's rows of 34 and
// 17 words were 3-4% of an ingest's instructions. It does nothing when
// lanes is shorter than a row, and panics, as the Go loop does, on a row
// past the table's end.
func addWideRows(lanes, wide []uint64, words int, offs *[chunk]uint32, js []uint8) {
	if len(lanes) < words {
		return
	}
	if !useAVX2 || words == 0 {
		addWideRowsGo(lanes, wide, words, offs, js)
		return
	}
	rows := len(wide) / words
	for len(js) > 0 {
		k := min(len(js), maxWideRows)
		if !addWideRowsAVX2(&lanes[0], unsafe.SliceData(wide), rows, words, offs, js[:k]) {
			addWideRowsGo(lanes, wide, words, offs, js[:k])
		}
		js = js[k:]
	}
}

// flushWideAVX2 is flushWide's loop over the first 4*quads words of lanes,
// adding their 12*quads sums to acc.
//
//go:noescape
func flushWideAVX2(lanes *uint64, quads int, bias int32, acc *int32)

// flushQuads moves the sums of the first words of lanes, four at a time,
// to acc (three a word) and returns how many words it took: with AVX2
// a word's three lanes took about 5 instructions instead of 18.
func flushQuads(lanes []uint64, full int, bias int32, acc []int32) int {
	q := full / 4
	if !useAVX2 || q == 0 || len(lanes) < 4*q || len(acc) < 12*q {
		return 0
	}
	flushWideAVX2(&lanes[0], q, bias, &acc[0])
	return 4 * q
}
