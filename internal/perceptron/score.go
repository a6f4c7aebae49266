package perceptron

// Scoring: the weight sums of a feature vector, looked up a chunk at a
// time in the table (table.go).

import (
	"runtime"
	"unsafe"
)

// chunk is how many features Score looks up together: their buckets are
// first touched all at once, so that the cache misses overlap.
const chunk = 128

// Score sets scores[c] (len ≥ Classes) to the weight sum of feats for c.
// The sums are integer sums of the quantised weights, scaled once at the
// end: exact, and so independent of the order of the features.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	clear(scores)
	var l Lookup
	if m.dense != nil {
		var acc Sums
		m.addDense(&l, feats, &acc)
		for c := range scores {
			scores[c] = float32(acc[c]) * m.scale
		}
		runtime.KeepAlive(m)
		return
	}
	acc := intSums(scores)
	m.SumInto(&l, feats, acc)
	m.scaleSums(acc, scores)
}

// Lookup is the working memory of a lookup of features (SumInto and the
// like): a caller that looks features up often keeps one and passes it
// to every call, so that a call does not zero 2.5 KB of stack (a per cent
// of an ingest's instructions went to that). The zero value is ready to
// use. A Lookup serves one call at a time.
type Lookup struct {
	bs, fps, offs, lens [chunk]uint32
	// lanes are the wide rows' sums (wide.go); zero between calls
	// (flushWide clears them).
	lanes [maxWideWords]uint64
	// narrow and wides are the positions in offs of the chunk's rows
	// found, narrow and wide, in order (findRows).
	narrow, wides [chunk]uint8
	nn, nw        int
}

// intSums returns scores' memory as integer sums: a sparse model's sums are
// kept there as integers (a cleared float32 is a zero int32), then turned
// into floats in place by scaleSums.
func intSums(scores []float32) []int32 {
	return unsafe.Slice((*int32)(unsafe.Pointer(unsafe.SliceData(scores))), len(scores))
}

// scaleSums turns the integer sums acc, in the memory of scores, into
// scores.
func (m *Model) scaleSums(acc []int32, scores []float32) {
	for c, v := range acc {
		scores[c] = float32(v) * m.scale
	}
}

// sumNarrow is sumSparse for a model with no wide rows (fewer than
// minWideClasses classes, or no row long enough): without sumSparse's
// checks for wide rows and the split sum in its inner loop, the ner model
// (then of narrow rows) tagged about 10% more tokens a CPU-second.
func (m *Model) sumNarrow(l *Lookup, feats []uint64, acc []int32) {
	bs, fps, offs, lens := &l.bs, &l.fps, &l.offs, &l.lens
	arena := m.arena
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.touch(feats[:n], bs[:n], fps[:n])
		// Find the rows, load their lengths (again overlapping the
		// misses), then add them.
		m.findSparse(bs[:n], fps[:n], offs[:n])
		for j, off := range offs[:n] {
			lens[j] = arena[off]
		}
		for j, off := range offs[:n] {
			for _, e := range arena[off+1 : off+1+lens[j]] {
				acc[e>>16] += int32(int16(e))
			}
		}
		feats = feats[n:]
	}
}

// findRows finds the rows of feats (at most chunk of them) and loads each
// row's length, or a wide row's first word, before any row is added: the
// chunk's cache misses are then under way together (see touch). It lists
// the rows found, narrow and wide apart (l.narrow, l.wides), for sumSparse.
func (m *Model) findRows(l *Lookup, feats []uint64) {
	bs, fps, offs, lens := &l.bs, &l.fps, &l.offs, &l.lens
	n := len(feats)
	m.touch(feats, bs[:n], fps[:n])
	m.findSparse(bs[:n], fps[:n], offs[:n])
	var sink uint64
	arena, wide, words := m.arena, m.wide, m.words
	nn, nw := 0, 0
	for j, off := range offs[:n] {
		if off&wideFlag == 0 {
			lens[j] = arena[off]
			// An absent feature's row (offset 0) is not listed.
			l.narrow[nn&(chunk-1)] = uint8(j)
			if off != 0 {
				nn++
			}
		} else {
			sink += wide[int(off&^wideFlag)*words]
			l.wides[nw&(chunk-1)] = uint8(j)
			nw++
		}
	}
	l.nn, l.nw = nn, nw
	touchedWide = sink
}

// sumSparse adds the integer weight sums of feats to acc, for a model of
// more than maxDense classes; when 0 ≤ k ≤ len(feats) it also sets part
// to the sums of feats[:k] alone, looked up together with the others.
// The narrow rows of a chunk are added in a loop of their own, with no
// call in it, and then the wide ones: in one loop with addLanes and
// flushWide called in it, the compiler kept the loop's slices and
// counters on the stack and reloaded a dozen of them at every row.
func (m *Model) sumSparse(l *Lookup, feats []uint64, acc []int32, k int, part []int32) {
	if len(m.wide) == 0 && k < 0 {
		m.sumNarrow(l, feats, acc)
		return
	}
	nw := int32(0)
	base := 0
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.findRows(l, feats[:n])
		narrow, wides := l.narrow[:l.nn], l.wides[:l.nw]
		if s := k - base; s >= 0 && s < n {
			a, b := before(narrow, s), before(wides, s)
			m.addNarrow(l, narrow[:a], acc)
			if nw = m.addWide(l, wides[:b], nw, acc); nw > 0 {
				flushWide(l.lanes[:m.words], nw, acc)
				nw = 0
			}
			copy(part, acc)
			narrow, wides = narrow[a:], wides[b:]
		}
		m.addNarrow(l, narrow, acc)
		nw = m.addWide(l, wides, nw, acc)
		base += n
		feats = feats[n:]
	}
	if nw > 0 {
		flushWide(l.lanes[:m.words], nw, acc)
	}
	if k == base {
		copy(part, acc)
	}
}

// before returns how many of the ascending positions js are below s.
func before(js []uint8, s int) int {
	for i, j := range js {
		if int(j) >= s {
			return i
		}
	}
	return len(js)
}

// addNarrow adds to acc the narrow rows of l at positions js.
func (m *Model) addNarrow(l *Lookup, js []uint8, acc []int32) {
	addNarrowRows(acc, m.arena, &l.offs, &l.lens, js)
}

// addNarrowRows adds to acc the rows of arena at offsets offs[j] with
// lengths lens[j], for j in js. Not inlined: inside sumSparse the
// compiler kept the entry loop's values on the stack.
//
//go:noinline
func addNarrowRows(acc []int32, arena []uint32, offs, lens *[chunk]uint32, js []uint8) {
	for _, j := range js {
		off := offs[j]
		for _, e := range arena[off+1 : off+1+lens[j]] {
			acc[e>>16] += int32(int16(e))
		}
	}
}

// addWide adds the wide rows of l at positions js to its lanes, nw rows
// being there already, moving the lanes to acc every maxWideRows rows;
// it returns how many rows the lanes then hold.
func (m *Model) addWide(l *Lookup, js []uint8, nw int32, acc []int32) int32 {
	lanes := l.lanes[:m.words]
	for len(js) > 0 {
		k := min(len(js), int(maxWideRows-nw))
		addWideRows(lanes, m.wide, m.words, &l.offs, js[:k])
		js = js[k:]
		if nw += int32(k); nw == maxWideRows {
			flushWide(lanes, nw, acc)
			nw = 0
		}
	}
	return nw
}

// Sums are the integer weight sums of some features of a model of at
// most maxDense classes, by class: a part of the features that stays the
// same over several scorings is looked up once (ScoreKeep) and added to each
// (ScorePlus), with the same scores as Score of all the features.
type Sums [maxDense]int32

// ScoreKeep sets scores as Score does and p to the sums of feats[:k]
// alone (0 ≤ k ≤ len(feats)), looked up together with the others: a
// separate lookup of a few features would wait for their cache misses
// alone. It reports false, and leaves p zero, for a model of more than
// maxDense classes, which has no Sums.
func (m *Model) ScoreKeep(feats []uint64, k int, p *Sums, scores []float32) bool {
	*p = Sums{}
	if m.dense == nil {
		m.Score(feats, scores)
		return false
	}
	var acc Sums
	var l Lookup
	bs, fps := &l.bs, &l.fps
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.touch(feats[:n], bs[:n], fps[:n])
		j := max(min(k, n), 0)
		m.sumDense(bs[:j], fps[:j], (*[maxDense]int32)(&acc))
		if k >= 0 && k <= n {
			*p = acc
		}
		m.sumDense(bs[j:n], fps[j:n], (*[maxDense]int32)(&acc))
		k -= n
		feats = feats[n:]
	}
	for c := range scores[:m.classes] {
		scores[c] = float32(acc[c]) * m.scale
	}
	runtime.KeepAlive(m)
	return true
}

// ScorePlus sets scores[c] (len ≥ Classes) to the weight sum of feats for
// c plus p[c], p being ScoreKeep's sums of other features of the same model.
func (m *Model) ScorePlus(feats []uint64, p *Sums, scores []float32) {
	if m.dense == nil {
		m.Score(feats, scores)
		return
	}
	acc := *p
	var l Lookup
	m.addDense(&l, feats, &acc)
	for c := range scores[:m.classes] {
		scores[c] = float32(acc[c]) * m.scale
	}
	runtime.KeepAlive(m)
}

// addDense adds the sums of feats to acc, a chunk at a time.
func (m *Model) addDense(l *Lookup, feats []uint64, acc *Sums) {
	bs, fps := &l.bs, &l.fps
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.touch(feats[:n], bs[:n], fps[:n])
		m.sumDense(bs[:n], fps[:n], (*[maxDense]int32)(acc))
		feats = feats[n:]
	}
}

// SumsOf sets out[i] to the integer sums of the features
// feats[ends[i-1]:ends[i]] (ends[-1] being 0; ends ascending, the last at
// most len(feats)), looked up together so that their cache misses
// overlap: a caller that keeps the sums of some groups of features looks
// up each group only when it has no sums for it. It reports false, and
// sets nothing, for a model of more than maxDense classes.
func (m *Model) SumsOf(l *Lookup, feats []uint64, ends []int, out []Sums) bool {
	if m.dense == nil {
		return false
	}
	out = out[:len(ends)]
	clear(out)
	bs, fps := &l.bs, &l.fps
	base, seg := 0, 0
	for len(feats) > 0 && seg < len(ends) {
		n := min(len(feats), chunk)
		m.touch(feats[:n], bs[:n], fps[:n])
		for lo := 0; lo < n && seg < len(ends); {
			hi := min(ends[seg]-base, n)
			m.sumDense(bs[lo:hi], fps[lo:hi], (*[maxDense]int32)(&out[seg]))
			if lo = hi; base+hi == ends[seg] {
				seg++
			}
		}
		base += n
		feats = feats[n:]
	}
	runtime.KeepAlive(m)
	return true
}

// SetScores sets scores[c] (len ≥ Classes) to the score of the integer
// sums acc[c].
func (m *Model) SetScores(acc *Sums, scores []float32) {
	for c := range scores[:m.classes] {
		scores[c] = float32(acc[c]) * m.scale
	}
}
