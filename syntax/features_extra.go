package syntax

import (
	pc "dateline/internal/perceptron"
)

// extraFeatures appends the features of the 48 parser templates that a
// full parser (the default; model file header DLSYNTAX1) uses on top of
// the fast parser's 65 (`--fast-parser`, header DLSYNTAX2): without them
// parsing does 40% fewer lookups at 0.1-0.2 points lower UAS and LAS
// (see README.md).
func extraFeatures(v *parseVec, x *sent, s *state) {
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0, b1 := s.bufAt(0), s.bufAt(1)
	s0w, s0p := x.word(s0), x.tag(s0)
	s1w, s1p := x.word(s1), x.tag(s1)
	s2w, s2p := x.word(s2), x.tag(s2)
	b0w, b0p := x.word(b0), x.tag(b0)
	b1p := x.tag(b1)
	s0l, s0r, s0r2 := at(s.lc1, s0), at(s.rc1, s0), at(s.rc2, s0)
	b0l2 := at(s.lc2, b0)
	s1l, s1r := at(s.lc1, s1), at(s.rc1, s1)
	d01 := dist(s0, b0)
	h1, h2, h3, h4 := pc.Hash1, pc.Hash2, hash3, hash4
	v[fS0wp] = h2(fS0wp, s0w, s0p)
	v[fS1wp] = h2(fS1wp, s1w, s1p)
	v[fS1w] = h1(fS1w, s1w)
	v[fS2p] = h1(fS2p, s2p)
	v[fS2w] = h1(fS2w, s2w)
	v[fS0wpB0wp] = h4(fS0wpB0wp, s0w, s0p, b0w, b0p)
	v[fS0pB0wp] = h3(fS0pB0wp, s0p, b0w, b0p)
	v[fS0pB0p] = h2(fS0pB0p, s0p, b0p)
	v[fS1wpS0p] = h3(fS1wpS0p, s1w, s1p, s0p)
	v[fS0pB0pB1p] = h3(fS0pB0pB1p, s0p, b0p, b1p)
	v[fS0pS0rpB0p] = h3(fS0pS0rpB0p, s0p, x.tag(s0r), b0p)
	v[fS2pS1pS0p] = h3(fS2pS1pS0p, s2p, s1p, s0p)
	v[fS0wd] = h2(fS0wd, s0w, d01)
	v[fS0pB0pd] = h3(fS0pB0pd, s0p, b0p, d01)
	v[fS0wvr] = h2(fS0wvr, s0w, val(s.nr, s0))
	v[fS0pvr] = h2(fS0pvr, s0p, val(s.nr, s0))
	v[fB0wvl] = h2(fB0wvl, b0w, val(s.nl, b0))
	v[fS1pvr] = h2(fS1pvr, s1p, val(s.nr, s1))
	v[fS0rw] = h1(fS0rw, x.word(s0r))
	v[fS0rp] = h1(fS0rp, x.tag(s0r))
	v[fS1rw] = h1(fS1rw, x.word(s1r))
	v[fS1rp] = h1(fS1rp, x.tag(s1r))
	v[fS1rl] = h1(fS1rl, lab(s, s1r))
	v[fS1lp] = h1(fS1lp, x.tag(s1l))
	v[fS0r2w] = h1(fS0r2w, x.word(s0r2))
	v[fS0r2p] = h1(fS0r2p, x.tag(s0r2))
	v[fS0r2l] = h1(fS0r2l, lab(s, s0r2))
	v[fB0l2w] = h1(fB0l2w, x.word(b0l2))
	v[fB0l2p] = h1(fB0l2p, x.tag(b0l2))
	v[fS0pS0rpS0r2p] = h3(fS0pS0rpS0r2p, s0p, x.tag(s0r), x.tag(s0r2))
	v[fS0wsr] = h2(fS0wsr, s0w, set(s.rset, s0))
	v[fS0psr] = h2(fS0psr, s0p, set(s.rset, s0))
	v[fB0wsl] = h2(fB0wsl, b0w, set(s.lset, b0))
	v[fS1psr] = h2(fS1psr, s1p, set(s.rset, s1))
	v[fS1pS0pB0pB1p] = h4(fS1pS0pB0pB1p, s1p, s0p, b0p, b1p)
	v[fS1pS0pPunc] = h3(fS1pS0pPunc, s1p, s0p, x.puncBetween(s1, s0))
	v[fS0pS0p1pB0p] = h3(fS0pS0p1pB0p, s0p, x.tag(next(s0, s.n)), b0p)
	v[fS1pS0pS0sl] = h3(fS1pS0pS0sl, s1p, s0p, set(s.lset, s0))
	v[fS1pS0lwS0p] = h3(fS1pS0lwS0p, s1p, x.word(s0l), s0p)
	v[fS1uS0u] = h2(fS1uS0u, x.upos(s1), x.upos(s0))
	v[fS0uB0w] = h2(fS0uB0w, x.upos(s0), b0w)
	v[fS0sufS0p] = h2(fS0sufS0p, x.suffix(s0), s0p)
	v[fS0pB0sufB0p] = h3(fS0pB0sufB0p, s0p, x.suffix(b0), b0p)
	v[fS0firstS0pB0p] = h3(fS0firstS0pB0p, first(s0), s0p, b0p)
}
