//go:build experiment

package syntax

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	pc "dateline/internal/perceptron"
)

// Does the parser recover part of the gap between predicted and gold tags
// (README.md, "Two directions") when it sees where the tagger hesitated?
// Each word gets, besides its tag, the tagger's runner-up tag and the
// first pass's score margin; where the margin is small the parser and
// labeller get features pairing the two tags. The parser learns them from
// the 5-fold jackknifed first-pass tags, as the committed parser learns
// its tags, so it sees how the tagger errs. Experiments, not part of the
// package: go test -tags experiment -run TestTagAlt (README.md, "Runner-up
// tags").

// altTags is a sentence's tags with the tagger's hesitation: alt[i] the
// runner-up tag (-1 for a word the lexicon tags alone), margin[i] the
// first pass's score margin of its best tag over the runner-up.
type altTags struct {
	Tags, Alt []int32
	Margin    []float32
}

// firstPassTop2 runs m's first tagger pass over words and returns, per
// word, its best and runner-up tag and their margin (the first pass of
// Model.tag, without the word cache, which gives the same sums).
func firstPassTop2(m *Model, sc *scratch, words []string) altTags {
	n := len(words)
	m.prepare(sc, words)
	a := altTags{Tags: make([]int32, n), Alt: make([]int32, n), Margin: make([]float32, n)}
	tm1, tm2 := int32(-1), int32(-1)
	for i := range words {
		t, alt, mg := sc.ws[i+2].lexTag, int32(-1), inf
		if t < 0 {
			sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, nil, m.tagClusters)
			m.tagger.Score(sc.feats, sc.scores)
			t, alt = top2(sc.scores[:m.tagger.Classes()])
			mg = sc.scores[t] - sc.scores[alt]
		}
		a.Tags[i], a.Alt[i], a.Margin[i] = t, alt, mg
		tm2, tm1 = tm1, t
	}
	return a
}

// top2 returns the best and second-best classes (the lowest on ties).
func top2(s []float32) (int32, int32) {
	b, r := int32(0), int32(1)
	if s[1] > s[0] {
		b, r = 1, 0
	}
	for c := int32(2); c < int32(len(s)); c++ {
		switch {
		case s[c] > s[b]:
			b, r = c, b
		case s[c] > s[r]:
			r = c
		}
	}
	return b, r
}

// jackknifeAlt is jackknife (same folds, seeds and taggers, so the same
// tags) keeping each word's runner-up tag and margin; cached in dir.
func jackknifeAlt(t *testing.T, dir string, train []*tsent, v *vocab, o TrainOptions) []altTags {
	path := filepath.Join(dir, fmt.Sprintf("alt.%d.%d.gob", o.Seed, o.Jackknife))
	out := make([]altTags, len(train))
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		if err := gob.NewDecoder(f).Decode(&out); err == nil && len(out) == len(train) {
			return out
		}
	}
	start := time.Now()
	for fold := 0; fold < o.Jackknife; fold++ {
		var in []*tsent
		for i, s := range train {
			if i%o.Jackknife != fold {
				in = append(in, s)
			}
		}
		fm := &Model{tags: v.tags}
		fm.amb, fm.dict = buildLexicon(in, len(v.tags))
		var err error
		if fm.tagger, err = trainTagger(fm, in, nil, o, o.Seed+uint64(fold)+1); err != nil {
			t.Fatal(err)
		}
		sc := fm.getScratch()
		for i, s := range train {
			if i%o.Jackknife == fold {
				out[i] = firstPassTop2(fm, sc, s.words)
			}
		}
		t.Logf("jackknife fold %d tagged (%s)", fold+1, time.Since(start).Round(time.Second))
	}
	if f, err := os.Create(path); err == nil {
		gob.NewEncoder(f).Encode(out)
		f.Close()
	}
	return out
}

// altFeat is one variant of the runner-up features; nil adds none (the
// baseline). thr is the margin below which a tag counts as unsure.
type altFeat struct {
	name string
	thr  float32
	// joint: a word the tagger was unsure of gets, when it reaches the
	// buffer front, the one of its two tags a classifier over the parser's
	// state prefers (tagjoint_exp_test.go); choose is that classifier.
	joint   bool
	rich    bool // also the pairs with s0's and b0's words, and s1-s0, b0-b1 pairs
	choose  *pc.Trainer
	chosen  *pc.Model // choose averaged, for parsing
	rng     func() float64
	explore bool
}

// Hash template numbers of the runner-up features, above the parser's and
// labeller's.
const (
	aS0 = 200 + iota
	aB0
	aB1
	aS1
	aS0B0
	aS0m
	aB0m
	aS1S0
	aD
	aH
	aDH
	aS0w
	aB0w
	aS1S0u
	aB0B1u
)

// unsure is word i's (tag, runner-up) pair when its margin is below thr,
// else 0; the root and missing positions are sure.
func (f *altFeat) unsure(a *altTags, i int32) uint64 {
	if f == nil || i < 0 || int(i) >= len(a.Tags) || a.Alt[i] < 0 || a.Margin[i] >= f.thr {
		return 0
	}
	return uint64(a.Tags[i]+1)<<16 | uint64(a.Alt[i]+1)
}

func bucket(m float32) uint64 {
	switch {
	case m < 3:
		return 1
	case m < 8:
		return 2
	}
	return 3
}

// parse appends the runner-up features of configuration st.
func (f *altFeat) parse(feats []uint64, x *sent, a *altTags, st *state) []uint64 {
	if f == nil {
		return feats
	}
	s0, s1, b0, b1 := st.stackAt(0), st.stackAt(1), st.bufAt(0), st.bufAt(1)
	u0, ub0, ub1, u1 := f.unsure(a, s0), f.unsure(a, b0), f.unsure(a, b1), f.unsure(a, s1)
	if u0 != 0 {
		feats = append(feats, pc.Hash2(aS0, u0, x.tag(b0)), pc.Hash2(aS0m, u0, bucket(a.Margin[s0])), pc.Hash2(aS1S0, x.tag(s1), u0))
	}
	if ub0 != 0 {
		feats = append(feats, pc.Hash2(aB0, ub0, x.tag(s0)), pc.Hash2(aB0m, ub0, bucket(a.Margin[b0])))
	}
	if ub1 != 0 {
		feats = append(feats, pc.Hash2(aB1, ub1, x.tag(b0)))
	}
	if u1 != 0 {
		feats = append(feats, pc.Hash2(aS1, u1, x.tag(s0)))
	}
	if u0|ub0 != 0 {
		feats = append(feats, pc.Hash3(aS0B0, u0, ub0, x.tag(s0)<<16|x.tag(b0)))
	}
	if f.rich {
		if u0 != 0 {
			feats = append(feats, pc.Hash2(aS0w, u0, x.word(s0)))
		}
		if ub0 != 0 {
			feats = append(feats, pc.Hash2(aB0w, ub0, x.word(b0)))
		}
		if u1|u0 != 0 {
			feats = append(feats, pc.Hash3(aS1S0u, u1, u0, x.tag(s1)<<16|x.tag(s0)))
		}
		if ub0|ub1 != 0 {
			feats = append(feats, pc.Hash3(aB0B1u, ub0, ub1, x.tag(b0)<<16|x.tag(b1)))
		}
	}
	return feats
}

// label appends the runner-up features of the arc h -> d.
func (f *altFeat) label(feats []uint64, x *sent, a *altTags, h, d int32) []uint64 {
	ud, uh := f.unsure(a, d), f.unsure(a, h)
	if ud != 0 {
		feats = append(feats, pc.Hash2(aD, ud, x.tag(h)))
	}
	if uh != 0 {
		feats = append(feats, pc.Hash2(aH, uh, x.tag(d)))
	}
	if ud|uh != 0 {
		feats = append(feats, pc.Hash3(aDH, ud, uh, x.tag(d)<<16|x.tag(h)))
	}
	return feats
}

// trainAlt trains m's parser and labeller as trainParserOnce does, with
// f's features added; alt holds each training sentence's jackknifed tags.
func trainAlt(m *Model, train []*tsent, alt []altTags, f *altFeat, o TrainOptions, seed uint64, log func(string, ...any)) {
	rng := newRand(seed ^ 0x70617273)
	acts, labs := pc.NewTrainer(nActions), pc.NewTrainer(len(m.rels))
	gold := make([][]int32, len(train))
	lemmas := make([][]string, len(train))
	for i, s := range train {
		h, _ := projectivize(s.heads)
		for d := range h {
			if h[d] < 0 {
				h[d] = int32(len(h))
			}
		}
		gold[i] = h
		lemmas[i] = make([]string, len(s.words))
		for j, w := range s.words {
			lemmas[i][j] = m.lemmas.lemma(w, alt[i].Tags[j])
		}
	}
	if f != nil && f.joint {
		f.choose = pc.NewTrainer(2)
	}
	sc := m.getScratch()
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var ok [nActions]bool
	var cost [nActions]int
	start := time.Now()
	for epoch := 0; epoch < o.ParseEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= o.ExploreAfter
		for _, k := range order {
			s, g, a := train[k], gold[k], &alt[k]
			n := len(s.words)
			lem := lemmas[k]
			if f != nil && f.joint {
				a, lem = a.clone(), slices.Clone(lem)
				f.rng, f.explore = rng.Float64, explore
			}
			m.prepare(sc, s.words)
			m.setSent(&sc.x, sc.ws, a.Tags)
			m.setClasses(&sc.x, sc.ws, a.Tags, s.words, lem)
			st := &sc.st
			st.reset(n)
			front := int32(-1)
			for !st.terminal() {
				if st.b != front {
					front = st.b
					f.front(m, sc, a, st, s.words, lem, s.tags)
				}
				st.legal(&ok)
				costs(st, g, &ok, &cost)
				sc.feats = f.parse(m.parseFeatures(sc.feats[:0], &sc.pv, &sc.x, st), &sc.x, a, st)
				acts.Score(sc.feats, sc.scores)
				pred := pc.Argmax(sc.scores[:nActions], ok[:])
				best := -1
				for c := 0; c < nActions; c++ {
					if ok[c] && cost[c] == 0 && (best < 0 || sc.scores[c] > sc.scores[best]) {
						best = c
					}
				}
				if best < 0 {
					best = pred
				}
				if cost[pred] > 0 {
					acts.Update(sc.feats, best, pred)
				}
				acts.Tick()
				act := best
				if explore && rng.Float64() < 0.9 {
					act = pred
				}
				l := int32(-1)
				if act != shift {
					d, h := st.arc(act)
					if h == st.n {
						l = m.rootRel
					} else {
						sc.feats = f.label(m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d), &sc.x, a, h, d)
						labs.Score(sc.feats, sc.scores)
						l = int32(pc.Argmax(sc.scores[:len(m.rels)], m.labAllowed))
						if g[d] == h {
							labs.Update(sc.feats, int(s.rels[d]), int(l))
							labs.Tick()
						}
					}
				}
				st.apply(act, l)
			}
		}
		log("%s: parser epoch %d (%s)", nameOf(f), epoch+1, time.Since(start).Round(time.Second))
	}
	var err error
	if f != nil && f.joint {
		if f.chosen, err = f.choose.Model(pc.Options{}); err != nil {
			panic(err)
		}
	}
	if m.parser, err = acts.Model(pc.Options{MinWeight: o.ParseMinWeight}); err == nil {
		m.labeler, err = labs.Model(pc.Options{MinWeight: o.ParseMinWeight})
	}
	if err != nil {
		panic(err)
	}
}

func nameOf(f *altFeat) string {
	if f == nil {
		return "baseline"
	}
	return f.name
}

// parseAlt is Model.parse with f's features, scored by tally.
func parseAlt(m *Model, sc *scratch, g *tsent, a *altTags, f *altFeat) (heads, rels, tags []int32) {
	n := len(g.words)
	lem := make([]string, n)
	for i, tg := range a.Tags {
		lem[i] = m.lemmas.lemma(g.words[i], tg)
	}
	m.prepare(sc, g.words)
	m.setSent(&sc.x, sc.ws, a.Tags)
	m.setClasses(&sc.x, sc.ws, a.Tags, g.words, lem)
	st := &sc.st
	st.reset(n)
	var ok [nActions]bool
	if f != nil && f.joint {
		a = a.clone()
		f.explore = false
	}
	front := int32(-1)
	for !st.terminal() {
		if st.b != front {
			front = st.b
			f.front(m, sc, a, st, g.words, lem, nil)
		}
		st.legal(&ok)
		act := only(&ok)
		if act < 0 {
			sc.feats = f.parse(m.parseFeatures(sc.feats[:0], &sc.pv, &sc.x, st), &sc.x, a, st)
			m.parser.Score(sc.feats, sc.scores)
			act = pc.Argmax(sc.scores[:nActions], ok[:])
		}
		l := int32(-1)
		if act != shift {
			d, h := st.arc(act)
			if h == st.n {
				l = m.rootRel
			} else {
				sc.feats = f.label(m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d), &sc.x, a, h, d)
				l = int32(m.labeler.Predict(sc.feats, sc.scores, m.labAllowed))
			}
		}
		st.apply(act, l)
	}
	heads = append([]int32(nil), st.head[:n]...)
	punct := make([]bool, n)
	for i, tg := range a.Tags {
		punct[i] = m.isPunct(tg)
	}
	if n <= maxFixPunct {
		fixPunct(g.words, punct, heads)
	}
	return heads, append([]int32(nil), st.rel[:n]...), a.Tags
}

// devAlt tags dev with the committed tagger (both passes) and keeps the
// first pass's runner-up: the other of its two best where the second pass
// changed the tag.
func devAlt(m *Model, dev []*tsent) []altTags {
	sc := m.getScratch()
	out := make([]altTags, len(dev))
	for k, g := range dev {
		a := firstPassTop2(m, sc, g.words)
		final := m.tagWords(g.words)
		for i, t := range final {
			if a.Alt[i] >= 0 && t != a.Tags[i] {
				a.Alt[i] = a.Tags[i]
			}
		}
		a.Tags = final
		out[k] = a
	}
	return out
}
