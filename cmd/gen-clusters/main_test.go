package main

import (
	"slices"
	"testing"
)

// points makes unit rows around three directions, a few of each.
func points() matrix {
	x := matrix{dim: 3}
	for _, p := range [][]float32{
		{1, 0.1, 0}, {1, 0, 0.1}, {0.9, 0.1, 0.1},
		{0, 1, 0.1}, {0.1, 1, 0}, {0, 0.9, 0.1},
		{0.1, 0, 1}, {0, 0.1, 1}, {0.1, 0.1, 0.9},
	} {
		x.data = append(x.data, p...)
	}
	x.normalize()
	return x
}

func TestKmeans(t *testing.T) {
	x := points()
	_, a := kmeans(x, 3, 20, 1, 2)
	t.Run("puts points of one direction together", func(t *testing.T) {
		for g := 0; g < 9; g += 3 {
			if a[g] != a[g+1] || a[g] != a[g+2] {
				t.Errorf("points %d-%d in clusters %v, want one cluster", g, g+2, a[g:g+3])
			}
		}
		if a[0] == a[3] || a[0] == a[6] || a[3] == a[6] {
			t.Errorf("clusters %v: three directions share a cluster", a)
		}
	})
	t.Run("gives the same clusters for the same seed", func(t *testing.T) {
		_, b := kmeans(points(), 3, 20, 1, 1)
		if !slices.Equal(a, b) {
			t.Errorf("got %v, then %v", a, b)
		}
	})
}

func TestRenumberKeepsGroupsTogether(t *testing.T) {
	// Four fine clusters; 0 and 2 share every group, 1 and 3 another.
	paths := [][]int32{{5, 7, 1}, {4, 3, 0}, {5, 7, 1}, {4, 3, 0}}
	nb := renumber(paths)
	if got, want := nb.fine, []int32{2, 0, 3, 1}; !slices.Equal(got, want) {
		t.Errorf("new numbers %v, want %v", got, want)
	}
	for i, want := range [][]int32{{0, 0, 0}, {0, 0, 0}, {1, 1, 1}, {1, 1, 1}} {
		if !slices.Equal(nb.paths[i], want) {
			t.Errorf("cluster %d: groups %v, want %v", i, nb.paths[i], want)
		}
	}
}
