package perceptron

import (
	"math"
	"runtime"
	"unsafe"
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

// BestSum returns ArgmaxSums's class without its lead: the allowed class
// (allowed not nil) of the greatest integer sum, the lowest on ties, -1
// if none is allowed. ArgmaxSums, keeping the runner-up too and testing
// allowed first, took about 30 instructions a class: 3% of a parse's
// went to the labeller's 51 classes an arc, whose lead nobody reads. A
// sum of MinInt32 (2^16 weights of -2^15, more than any feature vector
// has) is never picked.
func BestSum(sums []int32, allowed []bool) int {
	allowed = allowed[:len(sums)]
	best, bv := -1, int32(math.MinInt32)
	for c := firstAbove(sums, 0, bv); c < len(sums); c = firstAbove(sums, c+1, bv) {
		if allowed[c] {
			best, bv = c, sums[c]
		}
	}
	return best
}

// Best2Sums returns the class of the greatest integer sum (the lowest on
// ties) and that of the greatest of the others (the lowest on ties; -1
// for a single class). The first two classes start the pair, and the
// classes that beat neither (nearly all of them) are skipped by
// firstAbove: a loop updating the pair at each class took 16
// instructions a class, the compiler moving its four values between
// registers at every turn (5% of a parse's instructions, the taggers'
// 102 classes a word).
func Best2Sums(sums []int32) (best, second int) {
	if len(sums) < 2 {
		return 0, -1
	}
	best, second = 0, 1
	b, s := sums[0], sums[1]
	if s > b {
		best, second, b, s = 1, 0, s, b
	}
	for c := firstAbove(sums, 2, s); c < len(sums); c = firstAbove(sums, c+1, s) {
		if x := sums[c]; x > b {
			best, second, b, s = c, best, x, b
		} else {
			second, s = c, x
		}
	}
	return best, second
}

// firstAbove returns the first class from c on whose sum is above v,
// len(sums) when none is: four classes a step, without bounds checks (a
// load, a compare and a branch a class).
func firstAbove(sums []int32, c int, v int32) int {
	p := unsafe.Pointer(unsafe.SliceData(sums))
	for ; c+4 <= len(sums); c += 4 {
		q := (*[4]int32)(unsafe.Add(p, 4*c))
		if q[0] > v || q[1] > v || q[2] > v || q[3] > v {
			break
		}
	}
	for ; c < len(sums) && sums[c] <= v; c++ {
	}
	return c
}
