package main

import (
	"math"
	"math/rand/v2"
)

// example is one cue candidate: its features as indexes and its label.
type example struct {
	f []int32
	y bool
}

// logreg trains an L2-regularised logistic regression with AdaGrad over
// the examples, in an order fixed by seed, so the same data always gives
// the same weights. dim is the number of features.
func logreg(exs []example, dim, epochs int, rate, l2 float64, seed uint64) []float64 {
	w := make([]float64, dim)
	g2 := make([]float64, dim)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &exs[i]
			p := sigmoid(dot(w, ex.f))
			y := 0.0
			if ex.y {
				y = 1
			}
			g := p - y
			for _, k := range ex.f {
				gk := g + l2*w[k]
				g2[k] += gk * gk
				w[k] -= rate * gk / (math.Sqrt(g2[k]) + 1e-8)
			}
		}
	}
	return w
}

func dot(w []float64, f []int32) float64 {
	var s float64
	for _, k := range f {
		s += w[k]
	}
	return s
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
