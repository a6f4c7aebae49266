package perceptron

import (
	"math"
	"runtime"
)

// Integer sums without the scores. A caller that only compares classes
// (a tagger's best two) can compare the integer sums: a score is the sum
// times the model's positive scale, and sums of int16 weights over a few
// hundred features are exact in a float32 and far enough apart (below
// 2^23) that distinct sums never round to the same score, so the order of
// the sums is that of the scores, ties included. ScoreOf turns the sums it
// needs into the very scores Score gives.

// ScoreOf is the score of the integer sum v: Score's score of a class
// whose features sum to v.
func (m *Model) ScoreOf(v int32) float32 { return float32(v) * m.scale }

// SumInto sets acc[c] (len ≥ Classes) to the integer weight sum of feats
// for c.
func (m *Model) SumInto(l *Lookup, feats []uint64, acc []int32) {
	acc = acc[:m.classes]
	clear(acc)
	if m.dense != nil {
		var p Sums
		m.addDense(l, feats, &p)
		copy(acc, p[:])
		runtime.KeepAlive(m)
		return
	}
	m.sumSparse(l, feats, acc, -1, nil)
	runtime.KeepAlive(m)
}

// SumSplit sets acc as SumInto does and part (len ≥ Classes) to the sums
// of feats[:k] alone (0 ≤ k ≤ len(feats)), looked up together: ScoreSplit
// without the scores.
func (m *Model) SumSplit(l *Lookup, feats []uint64, k int, part, acc []int32) {
	part, acc = part[:m.classes], acc[:m.classes]
	k = min(max(k, 0), len(feats))
	if m.dense != nil {
		var p, a Sums
		m.addDense(l, feats[:k], &p)
		a = p
		m.addDense(l, feats[k:], &a)
		copy(part, p[:])
		copy(acc, a[:])
		runtime.KeepAlive(m)
		return
	}
	clear(acc)
	clear(part)
	m.sumSparse(l, feats, acc, k, part)
	runtime.KeepAlive(m)
}

// SumFrom sets acc[c] (len ≥ Classes) to part[c] plus the integer weight
// sum of feats for c: ScoreFrom without the scores.
func (m *Model) SumFrom(l *Lookup, part []int32, feats []uint64, acc []int32) {
	part, acc = part[:m.classes], acc[:m.classes]
	if m.dense != nil {
		p := Sums{}
		copy(p[:], part)
		m.addDense(l, feats, &p)
		copy(acc, p[:])
		runtime.KeepAlive(m)
		return
	}
	copy(acc, part)
	m.sumSparse(l, feats, acc, -1, nil)
	runtime.KeepAlive(m)
}

// ArgmaxSums returns the allowed class of the greatest integer sum (all
// classes when allowed is nil; the lowest on ties, -1 if none allowed),
// which is Argmax of the scores, and its lead over the next allowed class
// in sum units (math.MaxInt32 when it is the only one). A caller that
// scores in stages compares ScoreOf(lead) with the most its later
// features are trusted to move the margin.
func ArgmaxSums(sums []int32, allowed []bool) (int, int32) {
	best, second := -1, -1
	for c, v := range sums {
		if allowed != nil && !allowed[c] {
			continue
		}
		switch {
		case best < 0 || v > sums[best]:
			best, second = c, best
		case second < 0 || v > sums[second]:
			second = c
		}
	}
	if second < 0 {
		return best, math.MaxInt32
	}
	return best, sums[best] - sums[second]
}
