package syntax

import (
	"slices"
	"testing"
)

// Trees written for these tests; heads are 0-based, -1 for the root.
var oracleTrees = []struct {
	name  string
	heads []int32
}{
	{"one word", []int32{-1}},
	{"subject verb object", []int32{1, -1, 1}},
	{"noun phrase with left dependents", []int32{2, 2, 3, -1, 3}},
	{"chain to the right", []int32{-1, 0, 1, 2, 3}},
	{"root in the middle with both sides", []int32{1, 4, 4, 4, -1, 6, 4, 4}},
	{"final punctuation on the root", []int32{1, -1, 3, 1, 1}},
}

func goldForOracle(heads []int32) []int32 {
	g := slices.Clone(heads)
	for d := range g {
		if g[d] < 0 {
			g[d] = int32(len(g))
		}
	}
	return g
}

func TestZeroCostActionsRebuildProjectiveTrees(t *testing.T) {
	for _, tt := range oracleTrees {
		t.Run(tt.name, func(t *testing.T) {
			gold := goldForOracle(tt.heads)
			var s state
			s.reset(len(gold))
			var ok [nActions]bool
			var c [nActions]int
			for steps := 0; !s.terminal(); steps++ {
				if steps > 4*len(gold)+4 {
					t.Fatal("parser did not terminate")
				}
				s.legal(&ok)
				costs(&s, gold, &ok, &c)
				a := -1
				for x := 0; x < nActions; x++ {
					if ok[x] && c[x] == 0 {
						a = x
						break
					}
				}
				if a < 0 {
					t.Fatalf("no zero-cost action in stack %v, buffer front %d", s.stack, s.b)
				}
				s.apply(a, 0)
			}
			for d := range gold {
				if s.head[d] != gold[d] {
					t.Errorf("word %d: got head %d, want %d", d, s.head[d], gold[d])
				}
			}
		})
	}
}

func TestCostCountsLostArcs(t *testing.T) {
	// Words 0 1 2 with 0 <- 1 -> 2 and 1 the root; state: stack [0], buffer 1..
	gold := goldForOracle([]int32{1, -1, 1})
	var s state
	s.reset(3)
	s.apply(shift, 0)
	var ok [nActions]bool
	var c [nActions]int
	s.legal(&ok)
	costs(&s, gold, &ok, &c)
	if c[left] != 0 {
		t.Errorf("left (1 -> 0): got cost %d, want 0", c[left])
	}
	if c[shift] != 1 {
		t.Errorf("shift: got cost %d, want 1 (0 can no longer get head 1)", c[shift])
	}
}

func TestOneRootPerTree(t *testing.T) {
	var s state
	s.reset(3)
	s.apply(shift, 0)
	s.apply(shift, 0)
	s.apply(shift, 0)
	var ok [nActions]bool
	s.legal(&ok)
	if ok[left] {
		t.Error("left to the root allowed with two words left on the stack")
	}
	if !ok[right] {
		t.Error("right not allowed with three words on the stack")
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name       string
		heads      []int32
		wantLifted int
	}{
		{"projective tree unchanged", []int32{1, -1, 1}, 0},
		{"crossing arcs lifted to the root word", []int32{2, 3, -1, 2, 1}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, n := projectivize(tt.heads)
			if n != tt.wantLifted {
				t.Errorf("lifted %d arcs, want %d", n, tt.wantLifted)
			}
			for d := range h {
				if h[d] >= 0 && !projectiveArc(h, int32(d)) {
					t.Errorf("arc %d -> %d still crosses another", h[d], d)
				}
			}
		})
	}
}

func TestOnly(t *testing.T) {
	tests := []struct {
		name string
		ok   [nActions]bool
		want int
	}{
		{"shift alone is forced", [nActions]bool{shift: true}, shift},
		{"right alone is forced", [nActions]bool{right: true}, right},
		{"left alone is forced", [nActions]bool{left: true}, left},
		{"two legal is a choice", [nActions]bool{shift: true, left: true}, -1},
		{"all legal is a choice", [nActions]bool{true, true, true}, -1},
		{"none legal is no answer", [nActions]bool{}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := only(&tc.ok); got != tc.want {
				t.Errorf("only(%v) = %d, want %d", tc.ok, got, tc.want)
			}
		})
	}
}
