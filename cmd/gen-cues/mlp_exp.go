//go:build experiment

package main

import (
	"math"
	"math/rand/v2"
)

// mlpNet is a logistic regression with one hidden layer beside it: the
// score of a candidate is the linear term over its features plus out ·
// relu(sum of the features' hidden vectors + bias). The linear part keeps
// what the logistic regression knew; the hidden units can weigh features
// together (a holder with a lemma with a content shape) as a sum cannot.
type mlpNet struct {
	hidden int
	lin    []float64 // per feature
	emb    []float64 // per feature, hidden values each
	hb     []float64 // hidden biases
	out    []float64 // hidden to output
}

func (n *mlpNet) score(f []int32, z []float64) float64 {
	s := dot(n.lin, f)
	copy(z, n.hb)
	for _, k := range f {
		e := n.emb[int(k)*n.hidden : (int(k)+1)*n.hidden]
		for h := range z {
			z[h] += e[h]
		}
	}
	for h, v := range z {
		if v > 0 {
			s += n.out[h] * v
		}
	}
	return s
}

// prob is the net's probability for a candidate with features f.
func (n *mlpNet) prob(f []int32) float64 {
	return sigmoid(n.score(f, make([]float64, n.hidden)))
}

// trainMLP fits an mlpNet by AdaGrad over the examples in an order fixed
// by seed, from weights drawn from the same seed: the same data always
// gives the same net. dim is the number of features.
func trainMLP(exs []example, dim, hidden, epochs int, rate, l2 float64, seed uint64) *mlpNet {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	n := &mlpNet{hidden: hidden, lin: make([]float64, dim), emb: make([]float64, dim*hidden), hb: make([]float64, hidden), out: make([]float64, hidden)}
	scale := 0.1
	for i := range n.emb {
		n.emb[i] = scale * (r.Float64()*2 - 1)
	}
	for h := range n.out {
		n.out[h] = scale * (r.Float64()*2 - 1)
		n.hb[h] = 0.01
	}
	gLin, gEmb := make([]float64, dim), make([]float64, dim*hidden)
	gHb, gOut := make([]float64, hidden), make([]float64, hidden)
	step := func(w, g2 []float64, i int, g float64) {
		g2[i] += g * g
		w[i] -= rate * g / (math.Sqrt(g2[i]) + 1e-8)
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	z, dz := make([]float64, hidden), make([]float64, hidden)
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &exs[i]
			g := sigmoid(n.score(ex.f, z))
			if ex.y {
				g--
			}
			for h, v := range z {
				dz[h] = 0
				if v > 0 {
					dz[h] = g * n.out[h]
					step(n.out, gOut, h, g*v+l2*n.out[h])
				}
				step(n.hb, gHb, h, dz[h])
			}
			for _, k := range ex.f {
				step(n.lin, gLin, int(k), g+l2*n.lin[k])
				base := int(k) * hidden
				for h := range hidden {
					if dz[h] != 0 {
						step(n.emb, gEmb, base+h, dz[h]+l2*n.emb[base+h])
					}
				}
			}
		}
	}
	return n
}
