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

// Score sets scores[c] (len ≥ Classes) to the weight sum of feats for c.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	clear(scores)
	mask := m.mask
	if m.dense != nil {
		var acc [maxDense]int32
		for _, f := range feats {
			i, fp := fingerprint(finalize(f) & keyMask)
			for i &= mask; ; i = (i + 1) & mask {
				s := &m.dense[i]
				if s.fp == fp {
					for c := range acc {
						acc[c] += int32(s.w[c])
					}
					break
				}
				if s.fp == 0 {
					break
				}
			}
		}
		for c := range scores {
			scores[c] = float32(acc[c]) * m.scale
		}
		return
	}
	arena := m.arena
	for _, f := range feats {
		i, fp := fingerprint(finalize(f) & keyMask)
		for i &= mask; ; i = (i + 1) & mask {
			s := m.sparse[i]
			if s.fp == fp {
				n := arena[s.off]
				for _, e := range arena[s.off+1 : s.off+1+n] {
					scores[e>>16] += float32(int16(e))
				}
				break
			}
			if s.fp == 0 {
				break
			}
		}
	}
	for c := range scores {
		scores[c] *= m.scale
	}
}

// Predict returns the best-scoring class among those allowed (all when
// allowed is nil), ties going to the lowest class.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	m.Score(feats, scores)
	return Argmax(scores[:m.classes], allowed)
}

// qrow is one feature's quantised weights on their way into a table.
type qrow struct {
	h   uint64 // finalized, masked key
	cls []uint16
	q   []int16
}

type builder struct {
	classes int
	scale   float32
	rows    []qrow
}

// buildFloat quantises float rows (keyed by finalized masked keys) against
// their largest weight; weights that round to zero are dropped.
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
	b := &builder{classes: classes, scale: scale, rows: make([]qrow, 0, len(hs))}
	for k, h := range hs {
		r := qrow{h: h}
		for i, w := range ws[k] {
			if q := math.Round(float64(w / scale)); q != 0 {
				r.cls = append(r.cls, cls[k][i])
				r.q = append(r.q, int16(max(min(q, math.MaxInt16), -math.MaxInt16)))
			}
		}
		b.add(r)
	}
	return b.model()
}

func (b *builder) add(r qrow) {
	if len(r.cls) > 0 {
		b.rows = append(b.rows, r)
	}
}

// model lays the rows out in a table at most about 70% full. Rows with the
// same masked key (a 2^-56 chance per pair) are merged.
func (b *builder) model() (*Model, error) {
	slices.SortFunc(b.rows, func(x, y qrow) int {
		switch {
		case x.h < y.h:
			return -1
		case x.h > y.h:
			return 1
		}
		return 0
	})
	rows := b.rows[:0]
	for _, r := range b.rows {
		if n := len(rows); n > 0 && rows[n-1].h == r.h {
			rows[n-1] = mergeRows(rows[n-1], r)
			continue
		}
		rows = append(rows, r)
	}
	if len(rows)*10/7 > 1<<slotBits {
		return nil, fmt.Errorf("perceptron: %d features: at most %d fit a model; prune more", len(rows), (1<<slotBits)*7/10)
	}
	size := 1 << bits.Len(uint(len(rows)*10/7+1))
	size = min(size, 1<<slotBits)
	m := &Model{classes: b.classes, scale: b.scale, mask: uint32(size - 1), keys: make([]uint64, len(rows)), order: make([]uint32, len(rows))}
	if b.classes <= maxDense {
		m.dense = make([]denseSlot, size)
	} else {
		m.sparse = make([]sparseSlot, size)
		n := 1
		for _, r := range rows {
			n += 1 + len(r.cls)
		}
		m.arena = make([]uint32, 1, n) // offset 0 is never a row
	}
	for k, r := range rows {
		m.keys[k] = r.h
		m.weights += len(r.cls)
		i, fp := fingerprint(r.h)
		i &= m.mask
		if m.dense != nil {
			for m.dense[i].fp != 0 {
				i = (i + 1) & m.mask
			}
			s := denseSlot{fp: fp}
			for j, c := range r.cls {
				s.w[c] = r.q[j]
			}
			m.dense[i] = s
		} else {
			for m.sparse[i].fp != 0 {
				i = (i + 1) & m.mask
			}
			m.sparse[i] = sparseSlot{fp: fp, off: uint32(len(m.arena))}
			m.arena = append(m.arena, uint32(len(r.cls)))
			for j, c := range r.cls {
				m.arena = append(m.arena, uint32(c)<<16|uint32(uint16(r.q[j])))
			}
		}
		m.order[k] = i
	}
	b.rows = nil
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

func mergeRows(a, b qrow) qrow {
	out := qrow{h: a.h, cls: slices.Clone(a.cls), q: slices.Clone(a.q)}
	for j, c := range b.cls {
		if i := slices.Index(out.cls, c); i >= 0 {
			out.q[i] = int16(max(min(int32(out.q[i])+int32(b.q[j]), math.MaxInt16), -math.MaxInt16))
		} else {
			out.cls = append(out.cls, c)
			out.q = append(out.q, b.q[j])
		}
	}
	idx := make([]int, len(out.cls))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int { return int(out.cls[x]) - int(out.cls[y]) })
	r := qrow{h: out.h}
	for _, i := range idx {
		r.cls = append(r.cls, out.cls[i])
		r.q = append(r.q, out.q[i])
	}
	return r
}

// Prune returns a copy of the model without the weights whose magnitude is
// below min, and without the features left with none.
func (m *Model) Prune(min float32) (*Model, error) {
	b := &builder{classes: m.classes, scale: m.scale, rows: make([]qrow, 0, len(m.keys))}
	for k, h := range m.keys {
		cls, q := m.row(m.order[k])
		r := qrow{h: h}
		for j, c := range cls {
			if w := float32(q[j]) * m.scale; w >= min || -w >= min {
				r.cls = append(r.cls, c)
				r.q = append(r.q, q[j])
			}
		}
		b.add(r)
	}
	return b.model()
}
