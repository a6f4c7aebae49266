package syntax

import (
	pc "dateline/internal/perceptron"
)

// senseFeatures appends the features of the full parser's templates over
// word classes (WordNet supersense, else universal tag; see senses.go):
// the classic backing-off of word features to cluster features, so that
// "warned" is parsed as the treebank taught "said" and "told".
func senseFeatures(v *parseVec, x *sent, s *state) {
	s0, s1, b0 := s.stackAt(0), s.stackAt(1), s.bufAt(0)
	s0c, s1c, b0c := x.class(s0), x.class(s1), x.class(b0)
	h1, h2, h3 := pc.Hash1, pc.Hash2, hash3
	v[fS0c] = h1(fS0c, s0c)
	v[fS1c] = h1(fS1c, s1c)
	v[fS0cB0c] = h2(fS0cB0c, s0c, b0c)
	v[fS1cS0c] = h2(fS1cS0c, s1c, s0c)
	v[fS0wB0c] = h2(fS0wB0c, x.word(s0), b0c)
	v[fS0cB0w] = h2(fS0cB0w, s0c, x.word(b0))
	v[fS1cS0cB0c] = h3(fS1cS0cB0c, s1c, s0c, b0c)
}
