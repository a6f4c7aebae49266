package syntax

import (
	pc "dateline/internal/perceptron"
)

// sent is a sentence as the parser sees it: per word (index n is the root)
// the lower-case form hash and the predicted tag class plus one (0 = none).
type sent struct {
	w    []uint64
	p    []uint64
	u    []uint64 // universal tag only, plus one: coarser and more often right than p
	suf  []uint64 // three-letter suffix: what the parser knows of a word it never saw
	punc []int32  // punc[i]: punctuation marks before word i
	c    []uint64 // word class: WordNet supersense, else universal tag (senses.go)
	k, g []uint64 // word cluster and its group of 64 (clusters.go), empty without
}

// puncBetween buckets the punctuation marks strictly between a and b (a < b).
func (x *sent) puncBetween(a, b int32) uint64 {
	if a < 0 || b < 0 || b <= a+1 {
		return 0
	}
	return uint64(min(x.punc[b]-x.punc[a+1], 3)) + 1
}

const noWord = 0x6e6f6e65 // hash value for "no such position"

func (x *sent) word(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return x.w[i]
}

func (x *sent) tag(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return x.p[i]
}

func (x *sent) suffix(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return x.suf[i]
}

func (x *sent) class(i int32) uint64 {
	if i < 0 || int(i) >= len(x.c) {
		return 0
	}
	return x.c[i]
}

func (x *sent) upos(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return x.u[i]
}

func lab(s *state, i int32) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(s.rel[i] + 2)
}

func at(a []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return a[i]
}

func val(a []int32, i int32) uint64 {
	if i < 0 {
		return 99
	}
	return uint64(a[i])
}

func set(a []uint64, i int32) uint64 {
	if i < 0 {
		return 1 << 63
	}
	return a[i]
}

// first tells the sentence's first word (capitalised whatever it is) from
// the others.
func first(i int32) uint64 {
	if i == 0 {
		return 1
	}
	return 2
}

// next returns the word after i, -1 when there is none.
func next(i, n int32) int32 {
	if i < 0 || i+1 >= n {
		return -1
	}
	return i + 1
}

// dist buckets a distance between two positions.
func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// Parser feature templates (after Zhang and Nivre 2011, adapted to
// arc-hybrid: the second stack item S1 stands where arc-eager has the
// head of S0). Numbers are part of the model: append, never renumber.
const (
	fS0wp = iota + 1
	fS0w
	fS0p
	fB0wp
	fB0w
	fB0p
	fB1wp
	fB1w
	fB1p
	fB2wp
	fB2w
	fB2p
	fS1wp
	fS1w
	fS1p
	fS2p
	fS2w
	fS0wpB0wp
	fS0wpB0w
	fS0wB0wp
	fS0wpB0p
	fS0pB0wp
	fS0wB0w
	fS0pB0p
	fB0pB1p
	fS1pS0p
	fS1wS0w
	fS1wpS0p
	fS1pS0wp
	fB0pB1pB2p
	fS0pB0pB1p
	fS1pS0pB0p
	fS0pS0lpB0p
	fS0pS0rpB0p
	fS0pB0pB0lp
	fS2pS1pS0p
	fS1pS1rpS0p
	fS0wd
	fS0pd
	fB0wd
	fB0pd
	fS0wB0wd
	fS0pB0pd
	fS1pS0pd
	fS1wS0wd
	fS0wvr
	fS0pvr
	fS0wvl
	fS0pvl
	fB0wvl
	fB0pvl
	fS1pvr
	fS0lw
	fS0lp
	fS0ll
	fS0rw
	fS0rp
	fS0rl
	fB0lw
	fB0lp
	fB0ll
	fS1rw
	fS1rp
	fS1rl
	fS1lp
	fS0l2w
	fS0l2p
	fS0l2l
	fS0r2w
	fS0r2p
	fS0r2l
	fB0l2w
	fB0l2p
	fB0l2l
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fB0pB0lpB0l2p
	fS0wsr
	fS0psr
	fS0wsl
	fS0psl
	fB0wsl
	fB0psl
	fS1psr
	fS0pS0llS0rl
	fS1pS0pB0pB1p
	fS0pB0pPunc
	fS1pS0pPunc
	fB0m1pB0p
	fS0pS0p1pB0p
	fS0wB0pPunc
	fS1pS0pS0sl
	fS0pB0pB0sl
	fS0wB0lwB0w
	fS1wB0lwB0w
	fS0pB0lwB0p
	fS1pB0lwB0p
	fS1wS0lwS0w
	fS1pS0lwS0p
	fS1wS0pB0p
	fS1wB0p
	fS0uB0u
	fS1uS0u
	fS0uB0uB1u
	fS1uS0uB0u
	fS0wB0u
	fS0uB0w
	fS2uS1uS0u
	fS0sufS0p
	fB0sufB0p
	fS0sufS0pB0p
	fS0pB0sufB0p
	fS0firstS0pB0p
	fS0c
	fB0c
	fS1c
	fS0cB0c
	fS1cS0c
	fS0wB0c
	fS0cB0w
	fS1cS0cB0c
	fS0k
	fB0k
	fS1k
	fB1k
	fS0kB0p
	fS0pB0k
	fS0gB0g
	fS1gS0g
	fS1gS0gB0g
	fS0gB0gB1g
)

// fastFeatures sets the features of the fast parser's 65 templates in v,
// but for those of bufferFeatures.
func fastFeatures(v *parseVec, x *sent, s *state) {
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0, b1 := s.bufAt(0), s.bufAt(1)
	s0w, s0p := x.word(s0), x.tag(s0)
	s1w, s1p := x.word(s1), x.tag(s1)
	b0w, b0p := x.word(b0), x.tag(b0)
	s0l, s0r, s0l2 := at(s.lc1, s0), at(s.rc1, s0), at(s.lc2, s0)
	b0l, b0l2 := at(s.lc1, b0), at(s.lc2, b0)
	s1r := at(s.rc1, s1)
	d01 := dist(s0, b0)
	d10 := dist(s1, s0)
	h1, h2, h3 := pc.Hash1, pc.Hash2, hash3
	v[fS0w] = h1(fS0w, s0w)
	v[fS0p] = h1(fS0p, s0p)
	v[fS1p] = h1(fS1p, s1p)
	v[fS0wpB0w] = h3(fS0wpB0w, s0w, s0p, b0w)
	v[fS0wB0wp] = h3(fS0wB0wp, s0w, b0w, b0p)
	v[fS0wpB0p] = h3(fS0wpB0p, s0w, s0p, b0p)
	v[fS0wB0w] = h2(fS0wB0w, s0w, b0w)
	v[fS1pS0p] = h2(fS1pS0p, s1p, s0p)
	v[fS1wS0w] = h2(fS1wS0w, s1w, s0w)
	v[fS1pS0wp] = h3(fS1pS0wp, s1p, s0w, s0p)
	v[fS1pS0pB0p] = h3(fS1pS0pB0p, s1p, s0p, b0p)
	v[fS0pS0lpB0p] = h3(fS0pS0lpB0p, s0p, x.tag(s0l), b0p)
	v[fS0pB0pB0lp] = h3(fS0pB0pB0lp, s0p, b0p, x.tag(b0l))
	v[fS1pS1rpS0p] = h3(fS1pS1rpS0p, s1p, x.tag(s1r), s0p)
	v[fS0pd] = h2(fS0pd, s0p, d01)
	v[fB0wd] = h2(fB0wd, b0w, d01)
	v[fB0pd] = h2(fB0pd, b0p, d01)
	v[fS0wB0wd] = h3(fS0wB0wd, s0w, b0w, d01)
	v[fS1pS0pd] = h3(fS1pS0pd, s1p, s0p, d10)
	v[fS1wS0wd] = h3(fS1wS0wd, s1w, s0w, d10)
	v[fS0wvl] = h2(fS0wvl, s0w, val(s.nl, s0))
	v[fS0pvl] = h2(fS0pvl, s0p, val(s.nl, s0))
	v[fB0pvl] = h2(fB0pvl, b0p, val(s.nl, b0))
	v[fS0lw] = h1(fS0lw, x.word(s0l))
	v[fS0lp] = h1(fS0lp, x.tag(s0l))
	v[fS0ll] = h1(fS0ll, lab(s, s0l))
	v[fS0rl] = h1(fS0rl, lab(s, s0r))
	v[fB0lw] = h1(fB0lw, x.word(b0l))
	v[fB0lp] = h1(fB0lp, x.tag(b0l))
	v[fB0ll] = h1(fB0ll, lab(s, b0l))
	v[fS0l2w] = h1(fS0l2w, x.word(s0l2))
	v[fS0l2p] = h1(fS0l2p, x.tag(s0l2))
	v[fS0l2l] = h1(fS0l2l, lab(s, s0l2))
	v[fB0l2l] = h1(fB0l2l, lab(s, b0l2))
	v[fS0pS0lpS0l2p] = h3(fS0pS0lpS0l2p, s0p, x.tag(s0l), x.tag(s0l2))
	v[fB0pB0lpB0l2p] = h3(fB0pB0lpB0l2p, b0p, x.tag(b0l), x.tag(b0l2))
	v[fS0wsl] = h2(fS0wsl, s0w, set(s.lset, s0))
	v[fS0psl] = h2(fS0psl, s0p, set(s.lset, s0))
	v[fB0psl] = h2(fB0psl, b0p, set(s.lset, b0))
	v[fS0pS0llS0rl] = h3(fS0pS0llS0rl, s0p, lab(s, s0l), lab(s, s0r))
	v[fS0pB0pPunc] = h3(fS0pB0pPunc, s0p, b0p, x.puncBetween(s0, b0))
	v[fS0wB0pPunc] = h3(fS0wB0pPunc, s0w, b0p, x.puncBetween(s0, b0))
	v[fS0pB0pB0sl] = h3(fS0pB0pB0sl, s0p, b0p, set(s.lset, b0))
	v[fS0wB0lwB0w] = h3(fS0wB0lwB0w, s0w, x.word(b0l), b0w)
	v[fS1wB0lwB0w] = h3(fS1wB0lwB0w, s1w, x.word(b0l), b0w)
	v[fS0pB0lwB0p] = h3(fS0pB0lwB0p, s0p, x.word(b0l), b0p)
	v[fS1pB0lwB0p] = h3(fS1pB0lwB0p, s1p, x.word(b0l), b0p)
	v[fS1wS0lwS0w] = h3(fS1wS0lwS0w, s1w, x.word(s0l), s0w)
	v[fS1wS0pB0p] = h3(fS1wS0pB0p, s1w, s0p, b0p)
	v[fS1wB0p] = h2(fS1wB0p, s1w, b0p)
	v[fS0uB0u] = h2(fS0uB0u, x.upos(s0), x.upos(b0))
	v[fS0uB0uB1u] = h3(fS0uB0uB1u, x.upos(s0), x.upos(b0), x.upos(b1))
	v[fS1uS0uB0u] = h3(fS1uS0uB0u, x.upos(s1), x.upos(s0), x.upos(b0))
	v[fS0wB0u] = h2(fS0wB0u, s0w, x.upos(b0))
	v[fS2uS1uS0u] = h3(fS2uS1uS0u, x.upos(s2), x.upos(s1), x.upos(s0))
	v[fS0sufS0pB0p] = h3(fS0sufS0pB0p, x.suffix(s0), s0p, b0p)
}
