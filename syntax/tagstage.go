package syntax

import (
	"math"

	pc "dateline/internal/perceptron"
)

// A first-pass word's context features come in two sets: tagStrong's,
// which with the word's own (tagStatic's, from the word cache) decide
// most words, and tagWeak's, the others. The strong set was chosen on EWT
// train (tagstage_exp_test.go, TestStageGreedy): one template at a time,
// the one that let the most lookups be skipped, each weighted by how
// often its row was not among those looked up lately (a cache miss
// costs far more than a hit), at a margin keeping the tags the full
// tagger gives (syntax/README.md, "The tagger decides on its strong
// features first").

// earlyMargin is the score margin between the best two tags by a word's
// own and strong features at which the first pass takes the best without
// looking up the weak ones. Chosen on the first 4,000 sentences of EWT
// train (TestStageExact): the least of 35, 38, 40 and 45 at which fewer
// than 1 tag in 3,000 differs from the full tagger's (40: 19 of 64,976,
// with 65% of the scored words decided early; 38: 24). It must exceed
// the second pass's sure margin (defaultSureMargin): a word decided
// early keeps its tag there.
const earlyMargin = 40

// decideFirst returns the first pass's best two tags of word i given the
// two tags before it, leaving its sums in sc.sums: by the word's own and
// strong features when those part the two by earlyMargin or more, else
// (and always when m.exact) by all its features. cached says that
// sc.words holds the sentence's words, whose own sums the word cache
// keeps.
func (m *Model) decideFirst(sc *scratch, pm *pc.Model, i int, tm1, tm2 int32, cached bool) (int32, int32) {
	if cached {
		m.sumOwnStrong(sc, pm, sc.words, i, tm1, tm2)
	} else {
		sc.feats = tagStrong(tagStatic(sc.feats[:0], &sc.ws[i+2], m.tagClusters), sc.ws, i, tm1, tm2)
		pm.SumInto(&sc.lookup, sc.feats, sc.sums)
	}
	best, second := best2Sums(sc.sums)
	if second < 0 || !m.exact && sc.sums[best]-sc.sums[second] >= earlySums(pm) {
		return best, second
	}
	sc.feats = tagWeak(sc.feats[:0], sc.ws, i, tm1, tm2, m.tagClusters)
	pm.SumFrom(&sc.lookup, sc.sums, sc.feats, sc.sums)
	return best2Sums(sc.sums)
}

// earlySums is earlyMargin in pm's integer sums: the least difference of
// sums whose scores differ by earlyMargin or more.
func earlySums(pm *pc.Model) int32 {
	return int32(math.Ceil(float64(earlyMargin) / float64(pm.ScoreOf(1))))
}

// tagContext appends the features of token i that are not tagStatic's:
// those of its neighbours' words and the tags before it, then in the
// second pass those of the first pass's tags.
func tagContext(feats []uint64, ws []word, i int, tm1, tm2 int32, first []int32, clus bool) []uint64 {
	feats = tagWeak(tagStrong(feats, ws, i, tm1, tm2), ws, i, tm1, tm2, clus)
	if first != nil {
		feats = secondPassFixed(feats, &ws[i+2], i, first)
		feats = secondPassHistory(feats, i, tm1, first)
	}
	return feats
}

// tagStrong appends the context features of token i that most often
// decide its tag for the least cost: the two tags before it, the tag
// before it with the word's WordNet classes, the ambiguity classes of its
// neighbours, the word before it, and the suffix, shape and WordNet
// classes of the word after it. Most of them range over few values, so
// their rows stay in the processor's cache.
func tagStrong(feats []uint64, ws []word, i int, tm1, tm2 int32) []uint64 {
	w := &ws[i+2]
	m1, p1, p2 := &ws[i+1], &ws[i+3], &ws[i+4]
	t1 := uint64(tm1 + 1)
	return append(feats,
		pc.Hash1(tTm1, t1),
		pc.Hash1(tTm2, uint64(tm2+1)),
		pc.Hash1(tAmbp1, p1.amb),
		pc.Hash1(tAmbp2, p2.amb),
		pc.Hash1(tAmbm1, m1.amb),
		pc.Hash1(tWm1, m1.lower),
		pc.Hash1(tSuf3p1, p1.suf[2]),
		pc.Hash1(tWnp1, p1.wn),
		pc.Hash1(tShapep1, p1.shape),
		pc.Hash2(tTm1Wn0, t1, w.wn),
	)
}

// tagWeak appends the first pass's other context features of token i,
// those of the word clusters and the tag lexicon included: mostly pairs
// of words, or of a word and a tag, whose rows are often out of the
// cache.
func tagWeak(feats []uint64, ws []word, i int, tm1, tm2 int32, clus bool) []uint64 {
	w := &ws[i+2]
	m1, m2, p1, p2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	t1, t2 := uint64(tm1+1), uint64(tm2+1)
	feats = append(feats,
		pc.Hash1(tWm2, m2.lower),
		pc.Hash1(tWp1, p1.lower),
		pc.Hash1(tWp2, p2.lower),
		pc.Hash1(tSuf3m1, m1.suf[2]),
		pc.Hash1(tShapem1, m1.shape),
		pc.Hash2(tTm1Tm2, t1, t2),
		pc.Hash2(tTm1Ambp1, t1, p1.amb),
	)
	if w.known {
		feats = append(feats,
			pc.Hash2(tWm1W0, m1.lower, w.lower),
			pc.Hash2(tW0Wp1, w.lower, p1.lower),
			pc.Hash2(tTm1W0, t1, w.lower),
			hash3(tTm1W0Wp1, t1, w.lower, p1.lower),
		)
	} else {
		feats = append(feats,
			pc.Hash2(tUnkAmbp1Suf3, p1.amb, w.suf[2]),
			pc.Hash2(tUnkTm1Suf3, t1, w.suf[2]),
			pc.Hash2(tUnkTm1Shape, t1, w.shape),
			hash3(tUnkTm1Wn, t1, w.wn, w.morph),
		)
	}
	if clus {
		feats = append(feats,
			pc.Hash1(tClm1, m1.cl.fine),
			pc.Hash1(tClp1, p1.cl.fine),
			pc.Hash2(tClp1g64Cl0, p1.cl.g64, w.cl.fine),
			pc.Hash2(tTm1Cl0, t1, w.cl.fine),
		)
	}
	if w.tl != 0 {
		feats = append(feats,
			pc.Hash1(tTlm1, m1.tl),
			pc.Hash1(tTlp1, p1.tl),
		)
		if !w.known {
			feats = append(feats, pc.Hash2(tUnkTm1Tl0, t1, w.tl))
		}
	}
	return feats
}
