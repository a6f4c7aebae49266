//go:build experiment

package main

// tree is a binary decision tree over feature presence: node i asks
// whether feature feat[i] is present (yes: child 2i+2, no: 2i+1) until a
// leaf, which holds a margin.
type tree struct {
	feat  []int32   // per inner node; -1 when the node is a leaf
	value []float64 // per node: the leaf's margin
}

func (t *tree) margin(has func(int32) bool) float64 {
	i := 0
	for t.feat[i] >= 0 {
		if has(t.feat[i]) {
			i = 2*i + 2
		} else {
			i = 2*i + 1
		}
	}
	return t.value[i]
}

// boostOptions are the settings of boosted trees.
type boostOptions struct {
	trees, depth int
	shrink       float64
	lambda       float64 // L2 penalty of a leaf's margin
	minHess      float64 // least hessian on each side of a split
}

func contains(f []int32, k int32) bool {
	for _, x := range f {
		if x == k {
			return true
		}
	}
	return false
}

// boost fits trees to the logistic loss of the examples by Newton steps,
// starting from the margins base (the logistic regression's, or zeros).
// Deterministic: ties between features go to the lowest index.
func boost(exs []example, dim int, base []float64, o boostOptions) []tree {
	m := append([]float64(nil), base...)
	g, h := make([]float64, len(exs)), make([]float64, len(exs))
	node := make([]int, len(exs))
	nodes := 1<<(o.depth+1) - 1
	var out []tree
	G, H := make([]float64, dim), make([]float64, dim)
	for range o.trees {
		for i, ex := range exs {
			p := sigmoid(m[i])
			g[i], h[i] = p, p*(1-p)
			if ex.y {
				g[i]--
			}
			node[i] = 0
		}
		t := tree{feat: make([]int32, nodes), value: make([]float64, nodes)}
		for i := range t.feat {
			t.feat[i] = -1
		}
		for d := range o.depth {
			for n := 1<<d - 1; n < 1<<(d+1)-1; n++ {
				clear(G)
				clear(H)
				var gt, ht float64
				for i, ex := range exs {
					if node[i] != n {
						continue
					}
					gt += g[i]
					ht += h[i]
					for _, k := range ex.f {
						G[k] += g[i]
						H[k] += h[i]
					}
				}
				t.value[n] = -o.shrink * gt / (ht + o.lambda)
				if ht < 2*o.minHess {
					continue
				}
				bestGain, best := 0.0, int32(-1)
				parent := gt * gt / (ht + o.lambda)
				for k := range dim {
					hl := H[k]
					if hl < o.minHess || ht-hl < o.minHess {
						continue
					}
					gl := G[k]
					gain := gl*gl/(hl+o.lambda) + (gt-gl)*(gt-gl)/(ht-hl+o.lambda) - parent
					if gain > bestGain {
						bestGain, best = gain, int32(k)
					}
				}
				t.feat[n] = best
			}
			for i, ex := range exs {
				n := node[i]
				if n >= 1<<d-1 && t.feat[n] >= 0 {
					if contains(ex.f, t.feat[n]) {
						node[i] = 2*n + 2
					} else {
						node[i] = 2*n + 1
					}
				}
			}
		}
		// Leaves' margins from the examples they hold.
		gs, hs := make([]float64, nodes), make([]float64, nodes)
		for i := range exs {
			gs[node[i]] += g[i]
			hs[node[i]] += h[i]
		}
		for n := range nodes {
			if t.feat[n] < 0 && hs[n] > 0 {
				t.value[n] = -o.shrink * gs[n] / (hs[n] + o.lambda)
			}
		}
		for i, ex := range exs {
			m[i] += t.margin(func(k int32) bool { return contains(ex.f, k) })
		}
		out = append(out, t)
	}
	return out
}
