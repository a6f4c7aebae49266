package main

import (
	"math"
	"math/rand/v2"
	"sync"
)

// Spherical k-means over unit vectors: each point goes to the centroid
// of highest dot product (cosine), each centroid is the normalised mean
// of its points. float32 and at most two goroutines: the machine it runs
// on is shared.

// matrix is n rows of dim float32s, row-major.
type matrix struct {
	dim  int
	data []float32
}

func (m matrix) rows() int           { return len(m.data) / m.dim }
func (m matrix) row(i int) []float32 { return m.data[i*m.dim : (i+1)*m.dim] }

// normalize scales each row to unit length (zero rows stay zero).
func (m matrix) normalize() {
	for i := 0; i < m.rows(); i++ {
		r := m.row(i)
		var s float64
		for _, v := range r {
			s += float64(v) * float64(v)
		}
		if s == 0 {
			continue
		}
		inv := float32(1 / math.Sqrt(s))
		for j := range r {
			r[j] *= inv
		}
	}
}

// dot is unrolled by four so the compiler keeps four sums in registers.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// nearest returns, for each row of x, the index of the closest centroid
// and its cosine.
func nearest(x, cent matrix, assign []int32, sim []float32, workers int) {
	n, k := x.rows(), cent.rows()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				r := x.row(i)
				best, bs := int32(0), float32(-2)
				for c := 0; c < k; c++ {
					if s := dot(r, cent.row(c)); s > bs {
						best, bs = int32(c), s
					}
				}
				assign[i], sim[i] = best, bs
			}
		}(w)
	}
	wg.Wait()
}

// kmeans clusters the unit rows of x into k groups in at most iters
// rounds, starting from k distinct rows drawn with seed: the same input
// always gives the same clusters.
func kmeans(x matrix, k, iters int, seed uint64, workers int) (matrix, []int32) {
	n := x.rows()
	rng := rand.New(rand.NewPCG(seed, 0x636c7573))
	cent := matrix{dim: x.dim, data: make([]float32, k*x.dim)}
	for c, i := range rng.Perm(n)[:k] {
		copy(cent.row(c), x.row(i))
	}
	assign, prev := make([]int32, n), make([]int32, n)
	sim := make([]float32, n)
	for i := range prev {
		prev[i] = -1
	}
	for it := 0; it < iters; it++ {
		nearest(x, cent, assign, sim, workers)
		changed := 0
		for i := range assign {
			if assign[i] != prev[i] {
				changed++
			}
		}
		copy(prev, assign)
		if changed == 0 {
			break
		}
		update(x, cent, assign, sim)
	}
	return cent, assign
}

// update moves each centroid to the normalised mean of its rows; an empty
// cluster takes the row farthest from its own centroid.
func update(x, cent matrix, assign []int32, sim []float32) {
	k := cent.rows()
	clear(cent.data)
	size := make([]int, k)
	for i, c := range assign {
		size[c]++
		r, cr := x.row(i), cent.row(int(c))
		for j, v := range r {
			cr[j] += v
		}
	}
	for c := 0; c < k; c++ {
		if size[c] > 0 {
			continue
		}
		far := 0
		for i := range sim {
			if sim[i] < sim[far] {
				far = i
			}
		}
		copy(cent.row(c), x.row(far))
		sim[far] = 2 // not chosen twice
	}
	cent.normalize()
}
