package perceptron

import (
	"fmt"
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

// slot is one table cell: a feature's fingerprint and its row in pairs.
// n == 0 marks an empty cell.
type slot struct {
	fp    uint32
	start uint32
	n     uint32
}

// pair is one class weight of a feature.
type pair struct {
	class uint16
	w     float32
}

// Model is a read-only averaged perceptron; safe for concurrent use.
type Model struct {
	classes int
	mask    uint32
	slots   []slot
	pairs   []pair
	feats   int
	keys    []uint64 // masked keys in pairs order, for WriteTo
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features with a weight.
func (m *Model) Features() int { return m.feats }

// Weights is the number of stored (feature, class) weights.
func (m *Model) Weights() int { return len(m.pairs) }

func (m *Model) row(f uint64) []pair {
	h := finalize(f) & keyMask
	fp := uint32(h >> slotBits)
	for i := uint32(h) & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.fp == fp {
			return m.pairs[s.start : s.start+s.n]
		}
	}
}

// Score sets scores[c] (len ≥ Classes) to the weight sum of feats for c.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	clear(scores)
	for _, f := range feats {
		for _, p := range m.row(f) {
			scores[p.class] += p.w
		}
	}
}

// Predict returns the best-scoring class among those allowed (all when
// allowed is nil), ties going to the lowest class.
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	m.Score(feats, scores)
	return Argmax(scores[:m.classes], allowed)
}

// record is one feature on its way into a table.
type record struct {
	h     uint64 // finalized, masked key
	pairs []pair
}

type builder struct {
	classes int
	recs    []record
}

func newBuilder(classes, n int) *builder {
	return &builder{classes: classes, recs: make([]record, 0, n)}
}

// add takes a raw feature key with its class weights (sorted by class).
func (b *builder) add(key uint64, cls []uint16, ws []float32) {
	b.addHashed(finalize(key)&keyMask, cls, ws)
}

func (b *builder) addHashed(h uint64, cls []uint16, ws []float32) {
	if len(cls) == 0 {
		return
	}
	ps := make([]pair, len(cls))
	for i := range cls {
		ps[i] = pair{cls[i], ws[i]}
	}
	b.recs = append(b.recs, record{h: h, pairs: ps})
}

// model lays the records out in a table at most half full. Records with
// the same masked key (a 2^-56 chance per pair) are merged.
func (b *builder) model() (*Model, error) {
	slices.SortFunc(b.recs, func(x, y record) int {
		switch {
		case x.h < y.h:
			return -1
		case x.h > y.h:
			return 1
		}
		return 0
	})
	recs := b.recs[:0]
	for _, r := range b.recs {
		if n := len(recs); n > 0 && recs[n-1].h == r.h {
			recs[n-1].pairs = mergePairs(recs[n-1].pairs, r.pairs)
			continue
		}
		recs = append(recs, r)
	}
	if 2*len(recs) > 1<<slotBits {
		return nil, fmt.Errorf("perceptron: %d features: at most %d fit a model; prune more", len(recs), 1<<(slotBits-1))
	}
	size := 1 << bits.Len(uint(2*len(recs)+1))
	if size > 1<<slotBits {
		size = 1 << slotBits
	}
	m := &Model{classes: b.classes, mask: uint32(size - 1), slots: make([]slot, size), feats: len(recs), keys: make([]uint64, len(recs))}
	total := 0
	for _, r := range recs {
		total += len(r.pairs)
	}
	m.pairs = make([]pair, 0, total)
	for k, r := range recs {
		m.keys[k] = r.h
		fp := uint32(r.h >> slotBits)
		i := uint32(r.h) & m.mask
		for m.slots[i].n != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{fp: fp, start: uint32(len(m.pairs)), n: uint32(len(r.pairs))}
		m.pairs = append(m.pairs, r.pairs...)
	}
	b.recs = nil
	return m, nil
}

func mergePairs(a, b []pair) []pair {
	out := slices.Clone(a)
	for _, p := range b {
		i := slices.IndexFunc(out, func(q pair) bool { return q.class == p.class })
		if i < 0 {
			out = append(out, p)
		} else {
			out[i].w += p.w
		}
	}
	slices.SortFunc(out, func(x, y pair) int { return int(x.class) - int(y.class) })
	return out
}
