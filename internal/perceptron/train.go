package perceptron

import (
	"fmt"
	"math"
	"slices"
)

// entry is one class weight of a feature, with what averaging needs.
type entry struct {
	class int32
	stamp int32   // clock when w last changed
	w     float64 // current weight
	total float64 // sum of w over the clock ticks up to stamp
}

// Trainer learns an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	classes int
	index   map[uint64]int32 // feature -> row
	rows    [][]entry
	clock   int32
}

// NewTrainer returns a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, index: map[uint64]int32{}}
}

// Classes is the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Score sets scores[c] (len ≥ Classes) to the current weight sum of feats
// for every class c.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores[:t.classes])
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += float32(e.w)
		}
	}
}

// Predict returns the best-scoring class among those allowed (all when
// allowed is nil), ties going to the lowest class.
func (t *Trainer) Predict(feats []uint64, scores []float32, allowed []bool) int {
	t.Score(feats, scores)
	return Argmax(scores[:t.classes], allowed)
}

// Tick advances the averaging clock by one training instance. Call it once
// per decision, whether or not it leads to an update.
func (t *Trainer) Tick() { t.clock++ }

// Update rewards truth and penalises guess for feats (nothing when equal).
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		t.add(f, truth, 1)
		t.add(f, guess, -1)
	}
}

// UpdateBy adds delta to class c's weight for every feature in feats.
func (t *Trainer) UpdateBy(feats []uint64, c int, delta float64) {
	for _, f := range feats {
		t.add(f, c, delta)
	}
}

func (t *Trainer) add(f uint64, c int, delta float64) {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.rows))
		t.index[f] = r
		t.rows = append(t.rows, make([]entry, 0, 2))
	}
	row := t.rows[r]
	for i := range row {
		if row[i].class == int32(c) {
			e := &row[i]
			e.total += float64(t.clock-e.stamp) * e.w
			e.stamp = t.clock
			e.w += delta
			return
		}
	}
	t.rows[r] = append(row, entry{class: int32(c), stamp: t.clock, w: delta})
}

// Features is the number of features with at least one weight.
func (t *Trainer) Features() int { return len(t.rows) }

// Options says how Model compacts the averaged weights.
type Options struct {
	// MinWeight drops averaged weights whose magnitude is below it: most
	// features are seen a few times, and their tiny weights change few
	// decisions while making up most of the model.
	MinWeight float64
}

// Model returns the averaged weights as a read-only model. The trainer is
// left unchanged and can go on training.
func (t *Trainer) Model(o Options) (*Model, error) {
	if t.classes <= 0 || t.classes > math.MaxUint16+1 {
		return nil, fmt.Errorf("perceptron: %d classes: want 1 to %d", t.classes, math.MaxUint16+1)
	}
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	clock := float64(t.clock)
	if clock == 0 {
		clock = 1
	}
	hs := make([]uint64, 0, len(keys))
	cls := make([][]uint16, 0, len(keys))
	ws := make([][]float32, 0, len(keys))
	for _, k := range keys {
		row := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(row, func(a, b entry) int { return int(a.class - b.class) })
		var c []uint16
		var w []float32
		for _, e := range row {
			avg := (e.total + float64(t.clock-e.stamp)*e.w) / clock
			if math.Abs(avg) < o.MinWeight || avg == 0 {
				continue
			}
			c = append(c, uint16(e.class))
			w = append(w, float32(avg))
		}
		hs = append(hs, finalize(k)&keyMask)
		cls = append(cls, c)
		ws = append(ws, w)
	}
	return buildFloat(t.classes, hs, cls, ws)
}

// Argmax returns the index of the highest score among the allowed ones
// (all when allowed is nil), the lowest index on ties, -1 if none allowed.
func Argmax(scores []float32, allowed []bool) int {
	best := -1
	var bs float32
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > bs {
			best, bs = c, s
		}
	}
	return best
}
