package syntax

import (
	pc "dateline/internal/perceptron"
)

// clusterFeatures appends the features of the parser's templates over word
// clusters (clusters.go): the fine cluster of the stack and buffer words
// alone and with the other's tag, and their groups of 64 together, as Koo
// et al. (2008) pair cluster prefixes with tags.
func clusterFeatures(v *parseVec, x *sent, s *state) {
	s0, s1, b0, b1 := s.stackAt(0), s.stackAt(1), s.bufAt(0), s.bufAt(1)
	s0k, b0k := x.cluster(s0), x.cluster(b0)
	s0g, s1g, b0g := x.group(s0), x.group(s1), x.group(b0)
	h1, h2, h3 := pc.Hash1, pc.Hash2, hash3
	v[fS0k] = h1(fS0k, s0k)
	v[fS1k] = h1(fS1k, x.cluster(s1))
	v[fS0kB0p] = h2(fS0kB0p, s0k, x.tag(b0))
	v[fS0pB0k] = h2(fS0pB0k, x.tag(s0), b0k)
	v[fS0gB0g] = h2(fS0gB0g, s0g, b0g)
	v[fS1gS0g] = h2(fS1gS0g, s1g, s0g)
	v[fS1gS0gB0g] = h3(fS1gS0gB0g, s1g, s0g, b0g)
	v[fS0gB0gB1g] = h3(fS0gB0gB1g, s0g, b0g, x.group(b1))
}

// cluster is word i's fine cluster plus one (0: none or no such word).
func (x *sent) cluster(i int32) uint64 {
	if i < 0 || int(i) >= len(x.k) {
		return 0
	}
	return x.k[i]
}

// group is word i's group of 64 clusters plus one (0: none).
func (x *sent) group(i int32) uint64 {
	if i < 0 || int(i) >= len(x.g) {
		return 0
	}
	return x.g[i]
}
