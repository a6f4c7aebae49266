package syntax

import (
	pc "dateline/internal/perceptron"
)

// Labeller feature templates, for the arc from h to d made now (d's
// subtree is complete: arc-hybrid attaches a word only after all of its
// dependents).
const (
	lBias = iota + 1
	lDw
	lDp
	lHw
	lHp
	lDwHp
	lDpHw
	lDpHp
	lDpHpDir
	lDpHpDist
	lDwHw
	lDlcw
	lDlcl
	lDlcwDp
	lDlc2l
	lDrcl
	lDrcwDp
	lDrc2l
	lDsetsDp
	lHsetsHp
	lHlclDp
	lHrclDp
	lDpDm1p
	lDpDp1p
	lHpHp1p
	lDwDir
	lHwDir
	lDlcpDpHp
	lDpHpHsl
	lDsuf
	lDc
	lHc
	lDcHcDir
	lDcHpDir
	lDpHcDir
	lDcHw
	lDlcwHwDir
	lDk
	lHk
	lDkHpDir
	lDpHkDir
	lDgHgDir
)

// labelFeatures sets in v the labeller's features for the arc h -> d:
// those of the templates over word clusters and classes only when the
// sentence has them.
func labelFeatures(v *labelVec, x *sent, ws []word, s *state, h, d int32) {
	dw, dp, hw, hp := x.word(d), x.tag(d), x.word(h), x.tag(h)
	var dir uint64
	if d < h {
		dir = 1
	}
	ds := dist(d, h)
	dlc, dlc2, drc, drc2 := s.lc1[d], s.lc2[d], s.rc1[d], s.rc2[d]
	var dm1, dp1, hp1 int32 = d - 1, d + 1, h + 1
	if dp1 >= s.n {
		dp1 = -1
	}
	if hp1 >= s.n {
		hp1 = -1
	}
	var dsuf uint64
	if d >= 0 && int(d) < len(ws) {
		dsuf = ws[d].suf[2]
	}
	f1, f2, f3, f4 := pc.Hash1, pc.Hash2, hash3, hash4
	v[lBias] = pc.Hash(lBias)
	v[lDw] = f1(lDw, dw)
	v[lDp] = f1(lDp, dp)
	v[lHw] = f1(lHw, hw)
	v[lHp] = f1(lHp, hp)
	v[lDwHp] = f2(lDwHp, dw, hp)
	v[lDpHw] = f2(lDpHw, dp, hw)
	v[lDpHp] = f2(lDpHp, dp, hp)
	v[lDpHpDir] = f3(lDpHpDir, dp, hp, dir)
	v[lDpHpDist] = f4(lDpHpDist, dp, hp, dir, ds)
	v[lDwHw] = f2(lDwHw, dw, hw)
	v[lDlcw] = f1(lDlcw, x.word(dlc))
	v[lDlcl] = f2(lDlcl, lab(s, dlc), dp)
	v[lDlcwDp] = f3(lDlcwDp, x.word(dlc), dp, dir)
	v[lDlc2l] = f2(lDlc2l, lab(s, dlc2), dp)
	v[lDrcl] = f2(lDrcl, lab(s, drc), dp)
	v[lDrcwDp] = f2(lDrcwDp, x.word(drc), dp)
	v[lDrc2l] = f2(lDrc2l, lab(s, drc2), dp)
	v[lDsetsDp] = f4(lDsetsDp, s.lset[d], s.rset[d], dp, dir)
	v[lHsetsHp] = f4(lHsetsHp, s.lset[h], s.rset[h], hp, dir)
	v[lHlclDp] = f3(lHlclDp, lab(s, s.lc1[h]), dp, hp)
	v[lHrclDp] = f3(lHrclDp, lab(s, s.rc1[h]), dp, hp)
	v[lDpDm1p] = f2(lDpDm1p, dp, x.tag(dm1))
	v[lDpDp1p] = f2(lDpDp1p, dp, x.tag(dp1))
	v[lHpHp1p] = f2(lHpHp1p, hp, x.tag(hp1))
	v[lDwDir] = f2(lDwDir, dw, dir)
	v[lHwDir] = f2(lHwDir, hw, dir)
	v[lDlcpDpHp] = f4(lDlcpDpHp, x.tag(dlc), dp, hp, dir)
	v[lDpHpHsl] = f4(lDpHpHsl, dp, hp, s.lset[h], dir)
	v[lDsuf] = f2(lDsuf, dsuf, dp)
	if len(x.k) > 0 {
		dk, hk := x.cluster(d), x.cluster(h)
		v[lDk] = f1(lDk, dk)
		v[lHk] = f1(lHk, hk)
		v[lDkHpDir] = f3(lDkHpDir, dk, hp, dir)
		v[lDpHkDir] = f3(lDpHkDir, dp, hk, dir)
		v[lDgHgDir] = f3(lDgHgDir, x.group(d), x.group(h), dir)
	}
	if len(x.c) == 0 {
		return
	}
	v[lDc] = f1(lDc, x.class(d))
	v[lHc] = f1(lHc, x.class(h))
	v[lDcHcDir] = f3(lDcHcDir, x.class(d), x.class(h), dir)
	v[lDcHpDir] = f3(lDcHpDir, x.class(d), hp, dir)
	v[lDpHcDir] = f3(lDpHcDir, dp, x.class(h), dir)
	v[lDcHw] = f2(lDcHw, x.class(d), hw)
	// The dependent's first word with the head: "said … that" is
	// ccomp, "wants … to" xcomp, "in … of" nmod.
	v[lDlcwHwDir] = f3(lDlcwHwDir, x.word(dlc), hw, dir)
}
