//go:build experiment

package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	pc "dateline/internal/perceptron"
)

// A tagger whose mistakes between verbs, auxiliaries, nouns and
// adjectives (and a past tense read as a participle) cost more
// (README.md, "Runner-up tags"): those are the errors TestTagOracle found
// worth the most to the parse. The perceptron's update for such an error
// is made w times larger; the jackknifed tags, both tagger passes and a
// parser are retrained with it.

// costly says whether predicting p for gold g is one of the expensive
// confusions.
func costly(g, p Tag) bool {
	verbish := func(u string) bool { return u == "VERB" || u == "AUX" }
	nounish := func(u string) bool { return u == "NOUN" || u == "ADJ" }
	switch {
	case g.UPOS != p.UPOS:
		return verbish(g.UPOS) && (verbish(p.UPOS) || nounish(p.UPOS)) || nounish(g.UPOS) && verbish(p.UPOS)
	case g.UPOS == "VERB":
		return (g.XPOS == "VBD") != (p.XPOS == "VBD") && (g.XPOS == "VBN" || p.XPOS == "VBN")
	}
	return false
}

// trainTaggerCost is trainTagger with the costly errors' updates scaled
// by w.
func trainTaggerCost(m *Model, sents []*tsent, first [][]int32, o TrainOptions, seed uint64, w float64) (*pc.Model, error) {
	rng := newRand(seed)
	tr := pc.NewTrainer(len(m.tags))
	sc := m.getScratch()
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < o.TagEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			s := sents[k]
			m.prepare(sc, s.words)
			var f []int32
			if first != nil {
				f = first[k]
			}
			tm1, tm2 := int32(-1), int32(-1)
			for i := range s.words {
				t := sc.ws[i+2].lexTag
				if t < 0 {
					sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, f, m.tagClusters)
					t = int32(tr.Predict(sc.feats, sc.scores, nil))
					if g := s.tags[i]; g != t {
						d := 1.0
						if costly(m.tags[g], m.tags[t]) {
							d = w
						}
						tr.UpdateBy(sc.feats, int(g), d)
						tr.UpdateBy(sc.feats, int(t), -d)
					}
					tr.Tick()
				}
				tm2, tm1 = tm1, t
			}
		}
	}
	return tr.Model(pc.Options{MinWeight: o.MinWeight})
}

// TestTagCost retrains the tagger (jackknife, both passes) with the
// costly errors weighted by each of TAGCOST (default 1,2; 1 is the
// committed tagger's training, whose parser TestTagAlt trains), then a parser (as TestTagAlt's baseline,
// or with the runner-up features below TAGCOST_ALT when set) on its
// jackknifed tags, and scores EWT dev.
func TestTagCost(t *testing.T) {
	dir := expDir(t)
	o, v, train, dev, load := expSetup(t, dir)
	o.Seed = 1
	m := load("model/syntax.model.zst")
	var f *altFeat
	if thr := floats("TAGCOST_ALT", "0")[0]; thr > 0 {
		f = &altFeat{name: fmt.Sprintf("runner-up below %g", thr), thr: float32(thr)}
	}
	for _, w := range floats("TAGCOST", "1,2") {
		start := time.Now()
		alt := make([]altTags, len(train))
		first := make([][]int32, len(train))
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
			if fm.tagger, err = trainTaggerCost(fm, in, nil, o, o.Seed+uint64(fold)+1, w); err != nil {
				t.Fatal(err)
			}
			sc := fm.getScratch()
			for i, s := range train {
				if i%o.Jackknife == fold {
					alt[i] = firstPassTop2(fm, sc, s.words)
					first[i] = alt[i].Tags
				}
			}
		}
		var err error
		if m.tagger, err = trainTaggerCost(m, train, nil, o, o.Seed, w); err != nil {
			t.Fatal(err)
		}
		if m.tagger2, err = trainTaggerCost(m, train, first, o, o.Seed+100, w); err != nil {
			t.Fatal(err)
		}
		da := devAlt(m, dev)
		var right, rightU, costlyErr int
		words := 0
		for k, g := range dev {
			for i, tg := range da[k].Tags {
				words++
				right += b2i(tg == g.tags[i])
				rightU += b2i(m.tags[tg].UPOS == m.tags[g.tags[i]].UPOS)
				costlyErr += b2i(tg != g.tags[i] && costly(m.tags[g.tags[i]], m.tags[tg]))
			}
		}
		t.Logf("w=%g: taggers trained (%s); dev UPOS %.4f, tags %.4f, costly errors %d", w, time.Since(start).Round(time.Second), float64(rightU)/float64(words), float64(right)/float64(words), costlyErr)
		if os.Getenv("TAGCOST_TAGONLY") != "" || w == 1 && f == nil { // w=1 is TestTagAlt's baseline
			continue
		}
		trainAlt(m, train, alt, f, o, o.Seed, t.Logf)
		sc := m.getScratch()
		var c tally
		for k, g := range dev {
			h, r, _ := parseAlt(m, sc, g, &da[k], f)
			c.add(g, m, h, r)
		}
		t.Logf("RESULT tagger cost w=%g, %s: dev %s", w, strings.ToLower(nameOf(f)), c)
	}
}
