package perceptron

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// keyBits is how much of a finalized key a model keeps: the low slotBits
// pick the table slot, the 32 bits above them are the fingerprint that
// tells features in one probe chain apart.
const (
	slotBits = 24
	keyBits  = slotBits + 32
	keyMask  = 1<<keyBits - 1
)

// maxDense is the most classes whose weights fit in a table cell: a model
// with that few classes needs one memory access per feature, not two.
const maxDense = 4

// denseSlot is a cell of a model with at most maxDense classes. Weights
// are quantised to 16 bits (see Model.scale). fp == 0 marks an empty cell.
type denseSlot struct {
	fp uint32
	w  [maxDense]int16
}

// sparseSlot is a cell of a model with more classes: its row starts at
// arena[off] with the row length, then one entry per class weight,
// class<<16 | uint16(weight). fp == 0 marks an empty cell.
type sparseSlot struct {
	fp  uint32
	off uint32
}

// Model is a read-only averaged perceptron; safe for concurrent use.
type Model struct {
	classes int
	mask    uint32
	scale   float32 // a stored weight q means q*scale
	dense   []denseSlot
	sparse  []sparseSlot
	arena   []uint32
	weights int
	// keys are the masked keys in sorted order and order the cell of
	// each; only WriteTo and Prune use them.
	keys  []uint64
	order []uint32
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features with a weight.
func (m *Model) Features() int { return len(m.keys) }

// Weights is the number of stored (feature, class) weights.
func (m *Model) Weights() int { return m.weights }

// Bytes is roughly the memory the model's tables take.
func (m *Model) Bytes() int {
	return len(m.dense)*12 + len(m.sparse)*8 + len(m.arena)*4 + len(m.keys)*12
}

// fingerprint splits a feature into its table slot and its nonzero
// fingerprint.
func fingerprint(h uint64) (slot, fp uint32) {
	return uint32(h), uint32(h>>slotBits) | 1
}

// chunk is how many features Score looks up together: their table cells
// are first loaded all at once, so that the cache misses overlap.
const chunk = 128

// Score sets scores[c] (len ≥ Classes) to the weight sum of feats for c.
//
// A model's tables are far larger than the CPU caches, so nearly every
// lookup is a cache miss. Probing feature after feature serialises the
// misses (each probe ends in a hard-to-predict branch that waits for its
// load); instead Score computes a chunk's cells first, loads their
// fingerprints with independent loads the CPU overlaps, and only then
// branches on them. The sums are integer sums of the same weights, so the
// scores are exactly what one probe after the other gives.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	clear(scores)
	var slots, fps, got [chunk]uint32
	if m.dense != nil {
		var acc [maxDense]int32
		for len(feats) > 0 {
			n := min(len(feats), chunk)
			m.first(feats[:n], slots[:n], fps[:n], got[:n])
			for k := range n {
				if got[k] == 0 {
					continue
				}
				m.probeDense(slots[k], fps[k], got[k], &acc)
			}
			feats = feats[n:]
		}
		for c := range scores {
			scores[c] = float32(acc[c]) * m.scale
		}
		return
	}
	var offs, lens [chunk]uint32
	arena := m.arena
	for len(feats) > 0 {
		n := min(len(feats), chunk)
		m.first(feats[:n], slots[:n], fps[:n], got[:n])
		// Find the rows, load their lengths (again overlapping the
		// misses), then add them.
		for k := range n {
			offs[k] = 0
			if got[k] != 0 {
				offs[k] = m.findSparse(slots[k], fps[k], got[k])
			}
		}
		for k, off := range offs[:n] {
			lens[k] = arena[off]
		}
		for k, off := range offs[:n] {
			if off == 0 {
				continue
			}
			for _, e := range arena[off+1 : off+1+lens[k]] {
				scores[e>>16] += float32(int16(e))
			}
		}
		feats = feats[n:]
	}
	for c := range scores {
		scores[c] *= m.scale
	}
}

// first fills the first-probe cells and fingerprints of feats, and the
// fingerprint stored in each such cell, with no branch waiting on a load.
func (m *Model) first(feats []uint64, slots, fps, got []uint32) {
	mask := m.mask
	slots, fps, got = slots[:len(feats)], fps[:len(feats)], got[:len(feats)]
	if m.dense != nil {
		for k, f := range feats {
			i, fp := fingerprint(finalize(f) & keyMask)
			i &= mask
			slots[k], fps[k], got[k] = i, fp, m.dense[i].fp
		}
		return
	}
	for k, f := range feats {
		i, fp := fingerprint(finalize(f) & keyMask)
		i &= mask
		slots[k], fps[k], got[k] = i, fp, m.sparse[i].fp
	}
}

// probeDense adds to acc the weights of the feature with fingerprint fp,
// whose probe chain starts at cell i holding fingerprint got (not 0).
func (m *Model) probeDense(i, fp, got uint32, acc *[maxDense]int32) {
	mask := m.mask
	for got != fp {
		i = (i + 1) & mask
		if got = m.dense[i].fp; got == 0 {
			return
		}
	}
	s := &m.dense[i]
	for c := range acc {
		acc[c] += int32(s.w[c])
	}
}

// findSparse returns the arena offset of the row of the feature with
// fingerprint fp, whose probe chain starts at cell i holding fingerprint
// got (not 0); 0 when the feature is absent.
func (m *Model) findSparse(i, fp, got uint32) uint32 {
	mask := m.mask
	for got != fp {
		i = (i + 1) & mask
		if got = m.sparse[i].fp; got == 0 {
			return 0
		}
	}
	return m.sparse[i].off
}

// Predict returns the best-scoring class among those allowed (all when
// allowed is nil), ties going to the lowest class.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	m.Score(feats, scores)
	return Argmax(scores[:m.classes], allowed)
}

// builder gathers quantised rows, in increasing key order, in flat
// arrays (a model has millions of rows: one allocation each would double
// the memory a load needs).
type builder struct {
	classes int
	scale   float32
	hs      []uint64 // finalized, masked keys
	ends    []uint32 // row k is cls[ends[k-1]:ends[k]]
	cls     []uint16
	q       []int16
}

func newBuilder(classes int, scale float32, rows int) *builder {
	return &builder{classes: classes, scale: scale, hs: make([]uint64, 0, rows), ends: make([]uint32, 0, rows)}
}

// add appends a row; h must be greater than the last row's. Empty rows
// are dropped.
func (b *builder) add(h uint64, cls []uint16, q []int16) {
	if len(cls) == 0 {
		return
	}
	b.hs = append(b.hs, h)
	b.cls = append(b.cls, cls...)
	b.q = append(b.q, q...)
	b.ends = append(b.ends, uint32(len(b.cls)))
}

func (b *builder) row(k int) ([]uint16, []int16) {
	start := uint32(0)
	if k > 0 {
		start = b.ends[k-1]
	}
	return b.cls[start:b.ends[k]], b.q[start:b.ends[k]]
}

// buildFloat quantises float rows (keyed by finalized masked keys, in any
// order, each key once) against their largest weight; weights that round
// to zero are dropped.
func buildFloat(classes int, hs []uint64, cls [][]uint16, ws [][]float32) (*Model, error) {
	var maxAbs float64
	for _, row := range ws {
		for _, w := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(w)))
		}
	}
	scale := float32(maxAbs / math.MaxInt16)
	if scale == 0 {
		scale = 1
	}
	idx := make([]int, len(hs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int { return cmpU64(hs[x], hs[y]) })
	b := newBuilder(classes, scale, len(hs))
	var rc []uint16
	var rq []int16
	for n, k := range idx {
		if n > 0 && hs[k] == hs[idx[n-1]] {
			// Two raw keys share a masked key (a 2^-56 chance): keep the first.
			continue
		}
		rc, rq = rc[:0], rq[:0]
		for i, w := range ws[k] {
			if q := math.Round(float64(w / scale)); q != 0 {
				rc = append(rc, cls[k][i])
				rq = append(rq, int16(max(min(q, math.MaxInt16), -math.MaxInt16)))
			}
		}
		b.add(hs[k], rc, rq)
	}
	return b.model()
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// model lays the rows out in a table at most about 70% full.
func (b *builder) model() (*Model, error) {
	nrows := len(b.hs)
	if nrows*10/7 > 1<<slotBits {
		return nil, fmt.Errorf("perceptron: %d features: at most %d fit a model; prune more", nrows, (1<<slotBits)*7/10)
	}
	size := 1 << bits.Len(uint(nrows*10/7+1))
	size = min(size, 1<<slotBits)
	m := &Model{classes: b.classes, scale: b.scale, mask: uint32(size - 1), keys: b.hs, order: make([]uint32, nrows), weights: len(b.cls)}
	if b.classes <= maxDense {
		m.dense = make([]denseSlot, size)
		adviseHuge(m.dense)
	} else {
		m.sparse = make([]sparseSlot, size)
		m.arena = make([]uint32, 1, 1+nrows+len(b.cls)) // offset 0 is never a row
		adviseHuge(m.sparse)
		adviseHuge(m.arena[:cap(m.arena)])
	}
	for k, h := range b.hs {
		cls, q := b.row(k)
		i, fp := fingerprint(h)
		i &= m.mask
		if m.dense != nil {
			for m.dense[i].fp != 0 {
				i = (i + 1) & m.mask
			}
			s := denseSlot{fp: fp}
			for j, c := range cls {
				s.w[c] = q[j]
			}
			m.dense[i] = s
		} else {
			for m.sparse[i].fp != 0 {
				i = (i + 1) & m.mask
			}
			m.sparse[i] = sparseSlot{fp: fp, off: uint32(len(m.arena))}
			m.arena = append(m.arena, uint32(len(cls)))
			for j, c := range cls {
				m.arena = append(m.arena, uint32(c)<<16|uint32(uint16(q[j])))
			}
		}
		m.order[k] = i
	}
	return m, nil
}

// row returns the quantised weights in cell i, by class.
func (m *Model) row(i uint32) (cls []uint16, q []int16) {
	if m.dense != nil {
		for c, w := range m.dense[i].w[:m.classes] {
			if w != 0 {
				cls = append(cls, uint16(c))
				q = append(q, w)
			}
		}
		return cls, q
	}
	off := m.sparse[i].off
	for _, e := range m.arena[off+1 : off+1+m.arena[off]] {
		cls = append(cls, uint16(e>>16))
		q = append(q, int16(e))
	}
	return cls, q
}

// Prune returns a copy of the model without the weights whose magnitude is
// below min, and without the features left with none.
func (m *Model) Prune(min float32) (*Model, error) {
	b := newBuilder(m.classes, m.scale, len(m.keys))
	var rc []uint16
	var rq []int16
	for k, h := range m.keys {
		cls, q := m.row(m.order[k])
		rc, rq = rc[:0], rq[:0]
		for j, c := range cls {
			if w := float32(q[j]) * m.scale; w >= min || -w >= min {
				rc = append(rc, c)
				rq = append(rq, q[j])
			}
		}
		b.add(h, rc, rq)
	}
	return b.model()
}

// Average returns the model whose weights are the mean of the given
// models' (all with the same classes): averaging perceptrons trained on
// different orders of the data lowers their variance ("parameter mixing",
// McDonald et al. 2010). A feature missing from a model counts as zero.
func Average(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("perceptron: no models to average")
	}
	classes := models[0].classes
	type acc struct {
		cls []uint16
		w   []float32
	}
	rows := map[uint64]*acc{}
	for _, m := range models {
		if m.classes != classes {
			return nil, fmt.Errorf("perceptron: averaging models of %d and %d classes", classes, m.classes)
		}
		for k, h := range m.keys {
			cls, q := m.row(m.order[k])
			a := rows[h]
			if a == nil {
				a = &acc{}
				rows[h] = a
			}
			for j, c := range cls {
				w := float32(q[j]) * m.scale / float32(len(models))
				if i := slices.Index(a.cls, c); i >= 0 {
					a.w[i] += w
				} else {
					a.cls = append(a.cls, c)
					a.w = append(a.w, w)
				}
			}
		}
	}
	hs := make([]uint64, 0, len(rows))
	for h := range rows {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	cls := make([][]uint16, len(hs))
	ws := make([][]float32, len(hs))
	for k, h := range hs {
		a := rows[h]
		idx := make([]int, len(a.cls))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(x, y int) int { return int(a.cls[x]) - int(a.cls[y]) })
		for _, i := range idx {
			cls[k] = append(cls[k], a.cls[i])
			ws[k] = append(ws[k], a.w[i])
		}
	}
	return buildFloat(classes, hs, cls, ws)
}
