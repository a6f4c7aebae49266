package syntax

// Transitions of the arc-hybrid system (Kuhlmann et al. 2011) with the
// root token at the end of the buffer (Ballesteros and Nivre 2013), which
// lets the parser delay choosing the root until it has seen the sentence.
const (
	shift = iota // push the buffer front onto the stack
	left         // the buffer front becomes the head of the stack top, which is popped
	right        // the second stack item becomes the head of the stack top, which is popped
	nActions
)

// state is a parser configuration over n words; index n is the root.
type state struct {
	n     int32
	stack []int32
	b     int32 // buffer front; the buffer is b..n
	head  []int32
	rel   []int32
	// Leftmost, second leftmost, rightmost and second rightmost children,
	// valencies and label sets: what the features look at.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int32
	lset, rset         []uint64
}

// reset prepares the state for a sentence of n words, reusing its memory.
func (s *state) reset(n int) {
	s.n = int32(n)
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	grow := func(a []int32) []int32 {
		if cap(a) < m {
			a = make([]int32, m)
		}
		a = a[:m]
		for i := range a {
			a[i] = -1
		}
		return a
	}
	s.head, s.rel = grow(s.head), grow(s.rel)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	clear(s.nl)
	clear(s.nr)
	if cap(s.lset) < m {
		s.lset, s.rset = make([]uint64, m), make([]uint64, m)
	}
	s.lset, s.rset = s.lset[:m], s.rset[:m]
	clear(s.lset)
	clear(s.rset)
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

// legal marks the transitions allowed now. The root takes a dependent only
// when that is the last word on the stack, so every tree has one root.
func (s *state) legal(ok *[nActions]bool) {
	k := len(s.stack)
	ok[shift] = s.b < s.n
	ok[left] = k > 0 && (s.b < s.n || k == 1)
	ok[right] = k > 1
}

// stackAt returns the i-th stack item from the top, -1 past the bottom.
func (s *state) stackAt(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

// bufAt returns the i-th buffer item (the root is n), -1 past the end.
func (s *state) bufAt(i int32) int32 {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

// dependent and head of the arc a transition would make.
func (s *state) arc(a int) (d, h int32) {
	switch a {
	case left:
		return s.stackAt(0), s.b
	case right:
		return s.stackAt(0), s.stackAt(1)
	}
	return -1, -1
}

// apply performs transition a; l is the arc's label for left and right.
func (s *state) apply(a int, l int32) {
	switch a {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left, right:
		d, h := s.arc(a)
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(h, d, l)
	}
}

func (s *state) addArc(h, d, l int32) {
	s.head[d], s.rel[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] < 0 || d < s.lc1[h]:
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
		return
	}
	s.nr[h]++
	s.rset[h] |= bit
	switch {
	case s.rc1[h] < 0 || d > s.rc1[h]:
		s.rc2[h], s.rc1[h] = s.rc1[h], d
	case s.rc2[h] < 0 || d > s.rc2[h]:
		s.rc2[h] = d
	}
}
