package perceptron

import "unsafe"

// Wide rows. A model of many classes (a tagger's 102, a labeller's 51)
// spends most of its scoring time adding its long rows: the features
// looked up most are the common ones, whose rows hold a weight for most
// classes (on EWT dev the tagger's rows looked up averaged 35 entries).
// A sparse entry costs a decode, a bounds check and a scattered
// read-modify-write of its class's sum. A row with many entries is stored
// instead as a "wide" row, three classes to a uint64: class 3i+j's weight
// plus wideBias in bits 21j..21j+20 of word i. Wide rows are added a word
// at a time into lanes of the same layout, which cannot carry into each
// other while at most maxWideRows rows are summed (each lane value is
// below 2^16), then the lanes are moved to the integer sums. The sums are
// the same integers as the sparse rows give, so the scores are exactly
// the same.

const (
	wideFlag    = 1 << 31 // a sparse slot's offset with this bit set is a wide row's index
	wideBias    = 1 << 15 // added to a quantised weight (|q| < 2^15) to make it positive
	laneBits    = 21
	laneMask    = 1<<laneBits - 1
	maxWideRows = 1 << (laneBits - 16) // 32 rows of lane values < 2^16 sum below 2^21
	// maxWideWords bounds the words of a wide row (so 3*64 classes), for
	// the lanes to live on the stack.
	maxWideWords = 64
)

// minWideClasses is the fewest classes of a model with wide rows: with
// fewer (the parser's actions) most rows are short. The ner model's 18
// classes have them: its rows average 4.7 entries, and an entry's
// scattered add and a row's unpredictable length cost more than the
// table's 1.2 MB more (5.5 -> 6.7 MB, keys included): its stage tagged
// 7% more tokens a CPU-second (ner/README.md, 2026-12-01, session 22).
const minWideClasses = 18

// wideWords is the number of words of a wide row of a model of classes
// classes, 0 when the model has no wide rows (one of too few or too many
// classes).
func wideWords(classes int) int {
	if classes < minWideClasses || classes > 3*maxWideWords {
		return 0
	}
	return (classes + 2) / 3
}

// isWide reports whether a row of a model whose wide rows have words
// words is stored wide: when it has at least half as many entries as
// words. Adding an entry costs about three times as much as adding a
// word, but rows from a third to a half full took 1.9 MB more of the
// three models' memory for no speed measured (BenchmarkTag, interleaved).
// A row with a zero weight stays sparse, so that it decodes back the
// same.
func isWide(words int, q []int16) bool {
	if words == 0 || 2*len(q) < words {
		return false
	}
	for _, v := range q {
		if v == 0 {
			return false
		}
	}
	return true
}

// putWide appends the wide row of (cls, q) and returns its index.
func (m *Model) putWide(cls []uint16, q []int16) uint32 {
	i := uint32(len(m.wide) / m.words)
	start := len(m.wide)
	if cap(m.wide)-start >= m.words { // newModel made room for all
		m.wide = m.wide[:start+m.words]
	} else {
		m.wide = append(m.wide, make([]uint64, m.words)...)
	}
	row := m.wide[start:]
	// Every lane at wideBias (the word built once, not a lane at a time:
	// half the instructions of a load's wide rows).
	const biased = wideBias | wideBias<<laneBits | wideBias<<(2*laneBits)
	for w := range row {
		row[w] = biased
	}
	for k, c := range cls {
		sh := laneBits * (int(c) % 3)
		row[c/3] = row[c/3]&^(laneMask<<sh) | uint64(int64(q[k])+wideBias)<<sh
	}
	return i
}

// wideRow returns the classes and weights of wide row i, by class.
func (m *Model) wideRow(i uint32) (cls []uint16, q []int16) {
	row := m.wide[int(i)*m.words : int(i+1)*m.words]
	for c := range m.classes {
		v := int16(int64(row[c/3]>>(laneBits*(c%3))&laneMask) - wideBias)
		if v != 0 {
			cls = append(cls, uint16(c))
			q = append(q, v)
		}
	}
	return cls, q
}

// addWideRowsGo adds to lanes the wide rows at the positions js of offs
// (offsets with wideFlag), as addWideRows, each by addWords, eight words a
// step, then four, without bounds checks but the row's (amd64 with AVX2
// takes the assembly of wide_amd64.s instead): the loop's own instructions
// and checks were more than half of its work, which was most of a
// tagger's (eight a step, not four: 2.6 instructions a word instead of
// 3.25, for the tagger's rows of 34 words). A loop of its own: calling
// addLanes from sumSparse's loop over all rows cost that loop its
// registers, some 20 instructions a row (here the call costs about 10;
// addWords's steps written out in this loop saved 6 M of a BenchmarkParse
// pass's 810 M, for a second copy of them). It does nothing when lanes is
// shorter than a row.
func addWideRowsGo(lanes, wide []uint64, words int, offs *[chunk]uint32, js []uint8) {
	if len(lanes) < words {
		return
	}
	l := unsafe.Pointer(unsafe.SliceData(lanes))
	for _, j := range js {
		i := int(offs[j]&^wideFlag) * words
		addWords(l, unsafe.Pointer(unsafe.SliceData(wide[i:i+words])), words)
	}
}

// addLanes adds one wide row to the lanes, as addWideRows adds several
// (AddSegments adds the ner model's rows of six words one at a time:
// through addWideRows's loop over positions they took twice the
// instructions). It does nothing when lanes is shorter than row.
func addLanes(lanes, row []uint64) {
	if len(lanes) < len(row) {
		return
	}
	addWords(unsafe.Pointer(unsafe.SliceData(lanes)), unsafe.Pointer(unsafe.SliceData(row)), len(row))
}

// addWords adds the n words at r to the n at l, eight a step, then four,
// then one at a time.
func addWords(l, r unsafe.Pointer, n int) {
	i := 0
	for ; i+8 <= n; i += 8 {
		l0, r0 := (*[8]uint64)(unsafe.Add(l, i*8)), (*[8]uint64)(unsafe.Add(r, i*8))
		l0[0] += r0[0]
		l0[1] += r0[1]
		l0[2] += r0[2]
		l0[3] += r0[3]
		l0[4] += r0[4]
		l0[5] += r0[5]
		l0[6] += r0[6]
		l0[7] += r0[7]
	}
	if i+4 <= n {
		l0, r0 := (*[4]uint64)(unsafe.Add(l, i*8)), (*[4]uint64)(unsafe.Add(r, i*8))
		l0[0] += r0[0]
		l0[1] += r0[1]
		l0[2] += r0[2]
		l0[3] += r0[3]
		i += 4
	}
	for ; i < n; i++ {
		*(*uint64)(unsafe.Add(l, i*8)) += *(*uint64)(unsafe.Add(r, i*8))
	}
}

// flushWide adds the n wide rows summed in lanes to acc and clears the
// lanes.
func flushWide(lanes []uint64, n int32, acc []int32) {
	bias := n * wideBias
	full := min(len(lanes), len(acc)/3)
	// Each word's three sums found from the first's address, without the
	// slice and bounds checks of acc[3*i:], a third of the loop's
	// instructions: 3*full is at most len(acc).
	sums := unsafe.Pointer(unsafe.SliceData(acc))
	i0 := flushQuads(lanes, full, bias, acc)
	for i, w := range lanes[i0:full] {
		a := (*[3]int32)(unsafe.Add(sums, 12*(i0+i)))
		a[0] += int32(w&laneMask) - bias
		a[1] += int32(w>>laneBits&laneMask) - bias
		a[2] += int32(w>>(2*laneBits)&laneMask) - bias
	}
	if full < len(lanes) {
		// The last word holds one or two classes.
		w := lanes[full]
		for c := 3 * full; c < len(acc) && c < 3*full+3; c++ {
			acc[c] += int32(w&laneMask) - bias
			w >>= laneBits
		}
	}
	clear(lanes)
}
