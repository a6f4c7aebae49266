package perceptron

import (
	"fmt"
	"math"
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

// Model is a read-only averaged perceptron; safe for concurrent use.
type Model struct {
	classes int
	mask    uint32  // buckets - 1
	scale   float32 // a stored weight q means q*scale
	dense   []denseBucket
	sparse  []sparseBucket
	arena   []uint32
	// wide holds the wide rows (wide.go), words uint64s each; words is 0
	// for a model without them.
	wide    []uint64
	words   int
	weights int
	// features counts the rows.
	features int
	// keys are the masked keys in sorted order and order the cell of
	// each (bucket*slots + slot); only WriteTo, Prune and Average use
	// them, and a model read by ReadCompact has neither (compact).
	keys    []uint64
	order   []uint32
	compact bool
}

// errCompact is returned by the methods that need the keys a model read
// by ReadCompact does not keep.
var errCompact = fmt.Errorf("perceptron: a model read for scoring only (ReadCompact) cannot be written, pruned or averaged")

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features with a weight.
func (m *Model) Features() int { return m.features }

// Weights is the number of stored (feature, class) weights.
func (m *Model) Weights() int { return m.weights }

// Bytes is roughly the memory the model's tables take.
func (m *Model) Bytes() int {
	return (len(m.dense)+len(m.sparse))*64 + len(m.arena)*4 + len(m.wide)*8 + len(m.keys)*8 + len(m.order)*4
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

// Prune returns a copy of the model without the weights whose magnitude is
// below min, and without the features left with none.
func (m *Model) Prune(min float32) (*Model, error) {
	if m.compact {
		return nil, errCompact
	}
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
		if m.compact {
			return nil, errCompact
		}
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
