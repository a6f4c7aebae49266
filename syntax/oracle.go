package syntax

// costs sets the dynamic-oracle cost of each legal transition: how many
// gold arcs it makes unreachable (Goldberg and Nivre 2013; exact for
// arc-hybrid with projective gold trees). gold[d] is d's gold head, n for
// the root.
func costs(s *state, gold []int32, ok *[nActions]bool, c *[nActions]int) {
	*c = [nActions]int{}
	k := len(s.stack)
	if k == 0 {
		return
	}
	s0 := s.stack[k-1]
	s1 := int32(-1)
	if k > 1 {
		s1 = s.stack[k-2]
	}
	// Dependents of s0 still in the buffer are lost by popping s0.
	depsInBuf := 0
	for d := s.b; d < s.n; d++ {
		if gold[d] == s0 {
			depsInBuf++
		}
	}
	inBuf := func(x int32) bool { return x >= s.b && x <= s.n }
	if ok[left] {
		c[left] = depsInBuf
		if g := gold[s0]; g != s.b && (inBuf(g) || g == s1) {
			c[left]++
		}
	}
	if ok[right] {
		c[right] = depsInBuf
		if g := gold[s0]; g != s1 && inBuf(g) {
			c[right]++
		}
	}
	if ok[shift] {
		b0 := s.b
		for i, x := range s.stack {
			if gold[x] == b0 {
				c[shift]++
			}
			if gold[b0] == x && i < k-1 {
				c[shift]++
			}
		}
	}
}
