//go:build experiment

package syntax

import (
	"slices"

	pc "dateline/internal/perceptron"
)

// Joint tagging, lite (README.md, "Runner-up tags"): when a word the
// tagger hesitated over (margin below the variant's threshold) reaches
// the buffer front, a binary classifier over the parser's state (the
// stack's words and tags, the words around it) keeps its tag or takes the
// runner-up, before any transition looks at it. It is trained with the
// parser on the jackknifed tags: the gold tag says which of the two is
// right (neither: no update), and after the first epoch its own choice is
// followed nine times in ten, as the parser follows its own transitions.

func (a *altTags) clone() *altTags {
	return &altTags{Tags: slices.Clone(a.Tags), Alt: slices.Clone(a.Alt), Margin: slices.Clone(a.Margin)}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Hash template numbers of the chooser's features.
const (
	cPair = 230 + iota
	cPairW
	cPairS0p
	cPairS0pS1p
	cPairS0w
	cPairB1p
	cPairPrev
	cPairS0pS0ll
	cPairMargin
	cPairB1w
	cPairU3
	cPairSuf
	cPairS0pB1p
)

// chooserFeatures describes the choice between word i's tag and its
// runner-up in state st.
func chooserFeatures(feats []uint64, x *sent, a *altTags, st *state, i int32) []uint64 {
	pair := uint64(a.Tags[i]+1)<<16 | uint64(a.Alt[i]+1)
	s0, s1, b1 := st.stackAt(0), st.stackAt(1), st.bufAt(1)
	s0l := at(st.lc1, s0)
	return append(feats,
		pc.Hash1(cPair, pair),
		pc.Hash2(cPairW, pair, x.word(i)),
		pc.Hash2(cPairS0p, pair, x.tag(s0)),
		pc.Hash3(cPairS0pS1p, pair, x.tag(s0), x.tag(s1)),
		pc.Hash2(cPairS0w, pair, x.word(s0)),
		pc.Hash2(cPairB1p, pair, x.tag(b1)),
		pc.Hash2(cPairPrev, pair, x.tag(i-1)),
		pc.Hash3(cPairS0pS0ll, pair, x.tag(s0), lab(st, s0l)),
		pc.Hash2(cPairMargin, pair, bucket(a.Margin[i])),
		pc.Hash2(cPairB1w, pair, x.word(b1)),
		pc.Hash3(cPairU3, pair, x.upos(s1)<<16|x.upos(s0), x.upos(b1)),
		pc.Hash2(cPairSuf, pair, x.suffix(i)),
		pc.Hash3(cPairS0pB1p, pair, x.tag(s0), x.tag(b1)),
	)
}

// front lets the chooser decide the tag of the buffer front (gold: the
// sentence's gold tags while training, nil when parsing).
func (f *altFeat) front(m *Model, sc *scratch, a *altTags, st *state, words, lem []string, gold []int32) {
	if f == nil || !f.joint {
		return
	}
	i := st.b
	if i >= st.n || a.Alt[i] < 0 || a.Margin[i] >= f.thr {
		return
	}
	sc.feats = chooserFeatures(sc.feats[:0], &sc.x, a, st, i)
	var swap bool
	if gold == nil {
		swap = f.chosen.Predict(sc.feats, sc.scores, nil) == 1
	} else {
		swap = f.choose.Predict(sc.feats, sc.scores, nil) == 1
		truth := -1
		switch gold[i] {
		case a.Tags[i]:
			truth = 0
		case a.Alt[i]:
			truth = 1
		}
		if truth >= 0 {
			if (truth == 1) != swap {
				f.choose.Update(sc.feats, truth, b2i(swap))
			}
			f.choose.Tick()
			if !f.explore || f.rng() >= 0.9 {
				swap = truth == 1
			}
		}
	}
	if !swap {
		return
	}
	t := a.Alt[i]
	a.Tags[i], a.Alt[i] = t, a.Tags[i]
	lem[i] = m.lemmas.lemma(words[i], t)
	x := &sc.x
	x.p[i], x.u[i] = uint64(t+1), m.uposOf[t]
	if len(x.c) > 0 {
		var one sent
		m.setClasses(&one, sc.ws[i:], a.Tags[i:i+1], words[i:i+1], lem[i:i+1])
		x.c[i] = one.c[0]
	}
}
