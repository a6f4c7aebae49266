//go:build experiment

package main

import (
	"slices"
	"testing"
)

// xor is a task no logistic regression learns: feature 0 is the bias, a
// candidate is positive with feature 1 or 2, not both. Feature 1 alone
// comes twice as often: with every case as frequent no first split of a
// tree would gain anything.
func xor() []example {
	var exs []example
	for i := range 500 {
		switch i % 5 {
		case 0:
			exs = append(exs, example{f: []int32{0}})
		case 1, 4:
			exs = append(exs, example{f: []int32{0, 1}, y: true})
		case 2:
			exs = append(exs, example{f: []int32{0, 2}, y: true})
		default:
			exs = append(exs, example{f: []int32{0, 1, 2}})
		}
	}
	return exs
}

func checkXOR(t *testing.T, name string, p func([]int32) float64) {
	t.Helper()
	for _, ex := range xor()[:4] {
		if got := p(ex.f); got > 0.5 != ex.y {
			t.Errorf("%s: P(%v) = %.3f, want positive %v", name, ex.f, got, ex.y)
		}
	}
}

func TestMLPLearnsXOR(t *testing.T) {
	a := trainMLP(xor(), 3, 8, 30, 0.1, 0, 3)
	b := trainMLP(xor(), 3, 8, 30, 0.1, 0, 3)
	if !slices.Equal(a.emb, b.emb) || !slices.Equal(a.out, b.out) {
		t.Error("two runs with one seed differ")
	}
	checkXOR(t, "net", a.prob)
}

func TestBoostLearnsXOR(t *testing.T) {
	p := boosted(xor(), make([]float64, 3), boostOptions{trees: 30, depth: 2, shrink: 0.3, lambda: 1, minHess: 1})
	checkXOR(t, "trees", p)
}

func TestGroupSoftmax(t *testing.T) {
	// Two ends per cue: feature 1 marks the right one, feature 2 a cue
	// that is not reported at all.
	var gs []cueGroup
	for i := range 100 {
		if i%2 == 0 {
			gs = append(gs, cueGroup{{f: []int32{0}}, {f: []int32{0, 1}, y: true}})
		} else {
			gs = append(gs, cueGroup{{f: []int32{0, 2}}, {f: []int32{0, 1, 2}}})
		}
	}
	w := groupSoftmax(gs, 3, 20, 0.1, 0, 5)
	if !slices.Equal(w, groupSoftmax(gs, 3, 20, 0.1, 0, 5)) {
		t.Error("two runs with one seed differ")
	}
	right, none := endProbs(w, gs[0], nil), endProbs(w, gs[1], nil)
	if right[1] < 0.7 || none[0]+none[1] > 0.3 {
		t.Errorf("P(ends) = %.2f for a reported cue, %.2f for one not; want the right end over 0.7, the other cue's ends under 0.3 together", right, none)
	}
}
