package syntax

import (
	"slices"

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

// conf is a parser configuration's positions and the values its features
// combine, read once a decision. A decision looks up only the groups of
// templates whose sums are not kept (parsecache.go) and the weak ones only
// when its lead is unsure (staged.go): each group is hashed when it is
// looked up, not every template at every decision.
type conf struct {
	x                                         *sent
	s                                         *state
	s0, s1, s2, b0, b1                        int32
	s0l, s0r, s0l2, s0r2, s1l, s1r, b0l, b0l2 int32
	s0w, s0p, s1w, s1p, s2w, s2p              uint64
	b0w, b0p, b1p, d01, d10                   uint64
	// v holds the values of the template being hashed (appendFeatures).
	v [4]uint64
}

// set reads configuration s of sentence x.
func (c *conf) set(x *sent, s *state) {
	c.x, c.s = x, s
	c.s0, c.s1, c.s2 = s.stackAt(0), s.stackAt(1), s.stackAt(2)
	c.b0, c.b1 = s.bufAt(0), s.bufAt(1)
	c.s0w, c.s0p = x.word(c.s0), x.tag(c.s0)
	c.s1w, c.s1p = x.word(c.s1), x.tag(c.s1)
	c.s2w, c.s2p = x.word(c.s2), x.tag(c.s2)
	c.b0w, c.b0p, c.b1p = x.word(c.b0), x.tag(c.b0), x.tag(c.b1)
	c.s0l, c.s0r, c.s0l2, c.s0r2 = at(s.lc1, c.s0), at(s.rc1, c.s0), at(s.lc2, c.s0), at(s.rc2, c.s0)
	c.s1l, c.s1r = at(s.lc1, c.s1), at(s.rc1, c.s1)
	c.b0l, c.b0l2 = at(s.lc1, c.b0), at(s.lc2, c.b0)
	c.d01, c.d10 = dist(c.s0, c.b0), dist(c.s1, c.s0)
}

// appendFeatures appends the features of the templates ts, none of them
// bufferTemplates, for the configuration c.
func (c *conf) appendFeatures(feats []uint64, ts []uint8) []uint64 {
	n := len(feats)
	feats = slices.Grow(feats, len(ts))[:n+len(ts)]
	c.hashTemplates(feats[n:], ts)
	return feats
}

// hashTemplates sets out[i] to the feature of template ts[i]. It is
// apart from appendFeatures, and not inlined, so that feats' length and
// capacity are not live in its loop: with them the compiler reloaded two
// spilled words at every template and spilled the hash between its
// mixes (callgrind: appendFeatures' own instructions 476 M of 9.31 G in
// cg.sh).
//
//go:noinline
func (c *conf) hashTemplates(out []uint64, ts []uint8) {
	x, s := c.x, c.s
	out = out[:len(ts)]
	for i, t := range ts {
		// Each case picks the n values its template combines, into c.v
		// (as variables they were spilled at every case), and the hashing
		// is written once, below. With a hash written out in every case
		// the function was 24 KB of code (10 KB now), of which a decision
		// runs some 50 cases: a pass over EWT dev missed the instruction
		// cache 6.3 M times (callgrind, 32 KB), 2.4 M now, for 3% more
		// instructions.
		v := &c.v
		n := 1
		switch t {
		// The fast parser's templates (--fast-parser, header DLSYNTAX2).
		case fS0w:
			v[0] = c.s0w
		case fS0p:
			v[0] = c.s0p
		case fS1p:
			v[0] = c.s1p
		case fS0wpB0w:
			v[0], v[1], v[2], n = c.s0w, c.s0p, c.b0w, 3
		case fS0wB0wp:
			v[0], v[1], v[2], n = c.s0w, c.b0w, c.b0p, 3
		case fS0wpB0p:
			v[0], v[1], v[2], n = c.s0w, c.s0p, c.b0p, 3
		case fS0wB0w:
			v[0], v[1], n = c.s0w, c.b0w, 2
		case fS1pS0p:
			v[0], v[1], n = c.s1p, c.s0p, 2
		case fS1wS0w:
			v[0], v[1], n = c.s1w, c.s0w, 2
		case fS1pS0wp:
			v[0], v[1], v[2], n = c.s1p, c.s0w, c.s0p, 3
		case fS1pS0pB0p:
			v[0], v[1], v[2], n = c.s1p, c.s0p, c.b0p, 3
		case fS0pS0lpB0p:
			v[0], v[1], v[2], n = c.s0p, x.tag(c.s0l), c.b0p, 3
		case fS0pB0pB0lp:
			v[0], v[1], v[2], n = c.s0p, c.b0p, x.tag(c.b0l), 3
		case fS1pS1rpS0p:
			v[0], v[1], v[2], n = c.s1p, x.tag(c.s1r), c.s0p, 3
		case fS0pd:
			v[0], v[1], n = c.s0p, c.d01, 2
		case fB0wd:
			v[0], v[1], n = c.b0w, c.d01, 2
		case fB0pd:
			v[0], v[1], n = c.b0p, c.d01, 2
		case fS0wB0wd:
			v[0], v[1], v[2], n = c.s0w, c.b0w, c.d01, 3
		case fS1pS0pd:
			v[0], v[1], v[2], n = c.s1p, c.s0p, c.d10, 3
		case fS1wS0wd:
			v[0], v[1], v[2], n = c.s1w, c.s0w, c.d10, 3
		case fS0wvl:
			v[0], v[1], n = c.s0w, val(s.nl, c.s0), 2
		case fS0pvl:
			v[0], v[1], n = c.s0p, val(s.nl, c.s0), 2
		case fB0pvl:
			v[0], v[1], n = c.b0p, val(s.nl, c.b0), 2
		case fS0lw:
			v[0] = x.word(c.s0l)
		case fS0lp:
			v[0] = x.tag(c.s0l)
		case fS0ll:
			v[0] = lab(s, c.s0l)
		case fS0rl:
			v[0] = lab(s, c.s0r)
		case fB0lw:
			v[0] = x.word(c.b0l)
		case fB0lp:
			v[0] = x.tag(c.b0l)
		case fB0ll:
			v[0] = lab(s, c.b0l)
		case fS0l2w:
			v[0] = x.word(c.s0l2)
		case fS0l2p:
			v[0] = x.tag(c.s0l2)
		case fS0l2l:
			v[0] = lab(s, c.s0l2)
		case fB0l2l:
			v[0] = lab(s, c.b0l2)
		case fS0pS0lpS0l2p:
			v[0], v[1], v[2], n = c.s0p, x.tag(c.s0l), x.tag(c.s0l2), 3
		case fB0pB0lpB0l2p:
			v[0], v[1], v[2], n = c.b0p, x.tag(c.b0l), x.tag(c.b0l2), 3
		case fS0wsl:
			v[0], v[1], n = c.s0w, set(s.lset, c.s0), 2
		case fS0psl:
			v[0], v[1], n = c.s0p, set(s.lset, c.s0), 2
		case fB0psl:
			v[0], v[1], n = c.b0p, set(s.lset, c.b0), 2
		case fS0pS0llS0rl:
			v[0], v[1], v[2], n = c.s0p, lab(s, c.s0l), lab(s, c.s0r), 3
		case fS0pB0pPunc:
			v[0], v[1], v[2], n = c.s0p, c.b0p, x.puncBetween(c.s0, c.b0), 3
		case fS0wB0pPunc:
			v[0], v[1], v[2], n = c.s0w, c.b0p, x.puncBetween(c.s0, c.b0), 3
		case fS0pB0pB0sl:
			v[0], v[1], v[2], n = c.s0p, c.b0p, set(s.lset, c.b0), 3
		case fS0wB0lwB0w:
			v[0], v[1], v[2], n = c.s0w, x.word(c.b0l), c.b0w, 3
		case fS1wB0lwB0w:
			v[0], v[1], v[2], n = c.s1w, x.word(c.b0l), c.b0w, 3
		case fS0pB0lwB0p:
			v[0], v[1], v[2], n = c.s0p, x.word(c.b0l), c.b0p, 3
		case fS1pB0lwB0p:
			v[0], v[1], v[2], n = c.s1p, x.word(c.b0l), c.b0p, 3
		case fS1wS0lwS0w:
			v[0], v[1], v[2], n = c.s1w, x.word(c.s0l), c.s0w, 3
		case fS1wS0pB0p:
			v[0], v[1], v[2], n = c.s1w, c.s0p, c.b0p, 3
		case fS1wB0p:
			v[0], v[1], n = c.s1w, c.b0p, 2
		case fS0uB0u:
			v[0], v[1], n = x.upos(c.s0), x.upos(c.b0), 2
		case fS0uB0uB1u:
			v[0], v[1], v[2], n = x.upos(c.s0), x.upos(c.b0), x.upos(c.b1), 3
		case fS1uS0uB0u:
			v[0], v[1], v[2], n = x.upos(c.s1), x.upos(c.s0), x.upos(c.b0), 3
		case fS0wB0u:
			v[0], v[1], n = c.s0w, x.upos(c.b0), 2
		case fS2uS1uS0u:
			v[0], v[1], v[2], n = x.upos(c.s2), x.upos(c.s1), x.upos(c.s0), 3
		case fS0sufS0pB0p:
			v[0], v[1], v[2], n = x.suffix(c.s0), c.s0p, c.b0p, 3
		// The full parser's 48 more (the default; header DLSYNTAX1): without
		// them parsing does 40% fewer lookups at 0.1-0.2 points lower UAS and
		// LAS (see README.md).
		case fS0wp:
			v[0], v[1], n = c.s0w, c.s0p, 2
		case fS1wp:
			v[0], v[1], n = c.s1w, c.s1p, 2
		case fS1w:
			v[0] = c.s1w
		case fS2p:
			v[0] = c.s2p
		case fS2w:
			v[0] = c.s2w
		case fS0wpB0wp:
			v[0], v[1], v[2], v[3], n = c.s0w, c.s0p, c.b0w, c.b0p, 4
		case fS0pB0wp:
			v[0], v[1], v[2], n = c.s0p, c.b0w, c.b0p, 3
		case fS0pB0p:
			v[0], v[1], n = c.s0p, c.b0p, 2
		case fS1wpS0p:
			v[0], v[1], v[2], n = c.s1w, c.s1p, c.s0p, 3
		case fS0pB0pB1p:
			v[0], v[1], v[2], n = c.s0p, c.b0p, c.b1p, 3
		case fS0pS0rpB0p:
			v[0], v[1], v[2], n = c.s0p, x.tag(c.s0r), c.b0p, 3
		case fS2pS1pS0p:
			v[0], v[1], v[2], n = c.s2p, c.s1p, c.s0p, 3
		case fS0wd:
			v[0], v[1], n = c.s0w, c.d01, 2
		case fS0pB0pd:
			v[0], v[1], v[2], n = c.s0p, c.b0p, c.d01, 3
		case fS0wvr:
			v[0], v[1], n = c.s0w, val(s.nr, c.s0), 2
		case fS0pvr:
			v[0], v[1], n = c.s0p, val(s.nr, c.s0), 2
		case fB0wvl:
			v[0], v[1], n = c.b0w, val(s.nl, c.b0), 2
		case fS1pvr:
			v[0], v[1], n = c.s1p, val(s.nr, c.s1), 2
		case fS0rw:
			v[0] = x.word(c.s0r)
		case fS0rp:
			v[0] = x.tag(c.s0r)
		case fS1rw:
			v[0] = x.word(c.s1r)
		case fS1rp:
			v[0] = x.tag(c.s1r)
		case fS1rl:
			v[0] = lab(s, c.s1r)
		case fS1lp:
			v[0] = x.tag(c.s1l)
		case fS0r2w:
			v[0] = x.word(c.s0r2)
		case fS0r2p:
			v[0] = x.tag(c.s0r2)
		case fS0r2l:
			v[0] = lab(s, c.s0r2)
		case fB0l2w:
			v[0] = x.word(c.b0l2)
		case fB0l2p:
			v[0] = x.tag(c.b0l2)
		case fS0pS0rpS0r2p:
			v[0], v[1], v[2], n = c.s0p, x.tag(c.s0r), x.tag(c.s0r2), 3
		case fS0wsr:
			v[0], v[1], n = c.s0w, set(s.rset, c.s0), 2
		case fS0psr:
			v[0], v[1], n = c.s0p, set(s.rset, c.s0), 2
		case fB0wsl:
			v[0], v[1], n = c.b0w, set(s.lset, c.b0), 2
		case fS1psr:
			v[0], v[1], n = c.s1p, set(s.rset, c.s1), 2
		case fS1pS0pB0pB1p:
			v[0], v[1], v[2], v[3], n = c.s1p, c.s0p, c.b0p, c.b1p, 4
		case fS1pS0pPunc:
			v[0], v[1], v[2], n = c.s1p, c.s0p, x.puncBetween(c.s1, c.s0), 3
		case fS0pS0p1pB0p:
			v[0], v[1], v[2], n = c.s0p, x.tag(next(c.s0, s.n)), c.b0p, 3
		case fS1pS0pS0sl:
			v[0], v[1], v[2], n = c.s1p, c.s0p, set(s.lset, c.s0), 3
		case fS1pS0lwS0p:
			v[0], v[1], v[2], n = c.s1p, x.word(c.s0l), c.s0p, 3
		case fS1uS0u:
			v[0], v[1], n = x.upos(c.s1), x.upos(c.s0), 2
		case fS0uB0w:
			v[0], v[1], n = x.upos(c.s0), c.b0w, 2
		case fS0sufS0p:
			v[0], v[1], n = x.suffix(c.s0), c.s0p, 2
		case fS0pB0sufB0p:
			v[0], v[1], v[2], n = c.s0p, x.suffix(c.b0), c.b0p, 3
		case fS0firstS0pB0p:
			v[0], v[1], v[2], n = first(c.s0), c.s0p, c.b0p, 3
		// Word classes (WordNet supersense, else universal tag; senses.go): the
		// classic backing-off of word features to cluster features, so that
		// "warned" is parsed as the treebank taught "said" and "told".
		case fS0c:
			v[0] = x.class(c.s0)
		case fS1c:
			v[0] = x.class(c.s1)
		case fS0cB0c:
			v[0], v[1], n = x.class(c.s0), x.class(c.b0), 2
		case fS1cS0c:
			v[0], v[1], n = x.class(c.s1), x.class(c.s0), 2
		case fS0wB0c:
			v[0], v[1], n = x.word(c.s0), x.class(c.b0), 2
		case fS0cB0w:
			v[0], v[1], n = x.class(c.s0), x.word(c.b0), 2
		case fS1cS0cB0c:
			v[0], v[1], v[2], n = x.class(c.s1), x.class(c.s0), x.class(c.b0), 3
		// Word clusters (clusters.go): the fine cluster of the stack and buffer
		// words alone and with the other's tag, and their groups of 64
		// together, as Koo et al. (2008) pair cluster prefixes with tags.
		case fS0k:
			v[0] = x.cluster(c.s0)
		case fS1k:
			v[0] = x.cluster(c.s1)
		case fS0kB0p:
			v[0], v[1], n = x.cluster(c.s0), x.tag(c.b0), 2
		case fS0pB0k:
			v[0], v[1], n = x.tag(c.s0), x.cluster(c.b0), 2
		case fS0gB0g:
			v[0], v[1], n = x.group(c.s0), x.group(c.b0), 2
		case fS1gS0g:
			v[0], v[1], n = x.group(c.s1), x.group(c.s0), 2
		case fS1gS0gB0g:
			v[0], v[1], v[2], n = x.group(c.s1), x.group(c.s0), x.group(c.b0), 3
		case fS0gB0gB1g:
			v[0], v[1], v[2], n = x.group(c.s0), x.group(c.b0), x.group(c.b1), 3
		}
		h := hash1(t, v[0])
		if n > 1 {
			h = pc.Mix(h, v[1])
			if n > 2 {
				h = pc.Mix(h, v[2])
				if n > 3 {
					h = pc.Mix(h, v[3])
				}
			}
		}
		out[i] = h
	}
}
