//go:build experiment

package main

import (
	"math"
	"math/rand/v2"
	"slices"
)

// cueGroup is one cue's candidates (the ends of its content) as examples;
// a candidate's y marks an end an attribution matches.
type cueGroup []example

// groupSoftmax fits a conditional logit over the ends of each cue and
// "none": P(end j) = exp(w·x_j) / (1 + Σ_k exp(w·x_k)). The ends of one
// cue compete, as the stage keeps one at most, instead of each being
// scored as if the others were not there. AdaGrad, order fixed by seed.
func groupSoftmax(gs []cueGroup, dim, epochs int, rate, l2 float64, seed uint64) []float64 {
	w := make([]float64, dim)
	g2 := make([]float64, dim)
	order := make([]int, len(gs))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	var s, grad []float64
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, gi := range order {
			g := gs[gi]
			s = endProbs(w, g, s[:0])
			// Target: the positive ends in proportion to the model's
			// belief (any one of them would match), or none.
			pos := 0.0
			for j, ex := range g {
				if ex.y {
					pos += s[j]
				}
			}
			grad = grad[:0]
			for j, ex := range g {
				q := 0.0
				if ex.y {
					q = s[j] / pos
				}
				grad = append(grad, s[j]-q)
			}
			for j, ex := range g {
				for _, k := range ex.f {
					gk := grad[j] + l2*w[k]
					g2[k] += gk * gk
					w[k] -= rate * gk / (math.Sqrt(g2[k]) + 1e-8)
				}
			}
		}
	}
	return w
}

// endProbs appends to out the probability of each end of g.
func endProbs(w []float64, g cueGroup, out []float64) []float64 {
	m, n := 0.0, len(out) // m: the largest score, none's (0) included
	for _, ex := range g {
		out = append(out, dot(w, ex.f))
		m = max(m, out[len(out)-1])
	}
	p := out[n:]
	z := math.Exp(-m)
	for j := range p {
		p[j] = math.Exp(p[j] - m)
		z += p[j]
	}
	for j := range p {
		p[j] /= z
	}
	return out
}

// groups is examples as cueGroups, one per cue.
func groups(docs []doc, idx map[string]int32, label string) []cueGroup {
	var out []cueGroup
	for _, d := range docs {
		exs := examples([]doc{d}, idx, label)
		for j, c := range d.Cands {
			if j == 0 || c.Group != d.Cands[j-1].Group {
				out = append(out, nil)
			}
			out[len(out)-1] = append(out[len(out)-1], exs[j])
		}
	}
	return out
}

// groupProbs is each candidate's probability in its cue's softmax.
func groupProbs(d doc, idx map[string]int32, w []float64) []float64 {
	var out []float64
	for j, c := range d.Cands {
		if j == 0 || c.Group != d.Cands[j-1].Group {
			var g cueGroup
			for _, o := range d.Cands[j:] {
				if o.Group != c.Group {
					break
				}
				g = append(g, example{f: featIndex(o.Feats, idx)})
			}
			out = endProbs(w, g, out)
		}
	}
	return out
}

// endChooser leaves to the logistic regression lr whether a cue is
// reported and lets a softmax over its ends, fitted on the cues with two
// ends or more of which one matches, choose the end: the end it prefers
// gets the probability of the likeliest end, the others none.
func endChooser(lr func(doc) []float64, train []doc, idx map[string]int32, dim int, o fitOptions, seed uint64) func(doc) []float64 {
	var gs []cueGroup
	for _, g := range groups(train, idx, o.label) {
		if len(g) > 1 && slices.ContainsFunc(g, func(ex example) bool { return ex.y }) {
			gs = append(gs, g)
		}
	}
	w := groupSoftmax(gs, dim, o.epochs, o.rate, o.l2, seed)
	return func(d doc) []float64 {
		p, c := lr(d), groupProbs(d, idx, w)
		out := make([]float64, len(p))
		for j := 0; j < len(p); {
			k, best, top := j, j, 0.0
			for ; k < len(p) && d.Cands[k].Group == d.Cands[j].Group; k++ {
				top = max(top, p[k])
				if c[k] > c[best] {
					best = k
				}
			}
			out[best] = top
			j = k
		}
		return out
	}
}
