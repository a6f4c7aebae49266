//go:build experiment

package syntax

// Global training of the beam parser: a structured averaged perceptron
// over whole transition sequences (Zhang and Clark 2008), updated at the
// step of maximum violation (Huang, Fayong and Guo 2012) or at the first
// step where the gold sequence falls out of the beam (early update,
// Collins and Roark 2004). Same templates and features as the greedy
// parser; the model's labeller is kept and labels the arcs as they are
// made, so only the transition weights are learnt.

import (
	"fmt"
	"io"
	"time"

	pc "dateline/internal/perceptron"
)

// BeamTrainOptions says how to train the beam parser.
type BeamTrainOptions struct {
	Beam   int
	Epochs int
	Early  bool   // early update instead of max-violation
	Seed   uint64 // order of the sentences
	Log    io.Writer
	// AfterEpoch, if set, is called with the averaged model after each
	// epoch (to score it on dev).
	AfterEpoch func(epoch int, parser *pc.Model)
}

// beamSent is one training sentence prepared for the beam trainer.
type beamSent struct {
	words []string
	tags  []int32
	gold  []int8 // static-oracle transitions
}

// trainBeamParser trains a transition model for m's templates on train
// with the given (jackknifed) tags and returns it averaged, weights below
// minWeight dropped as Train drops them.
func (m *Model) trainBeamParser(train []*tsent, tags [][]int32, o BeamTrainOptions, minWeight float64) (*pc.Model, error) {
	start := time.Now()
	var sents []beamSent
	skipped := 0
	for i, s := range train {
		h, _ := projectivize(s.heads)
		for d := range h {
			if h[d] < 0 {
				h[d] = int32(len(h))
			}
		}
		g := staticOracle(h)
		if g == nil {
			skipped++
			continue
		}
		sents = append(sents, beamSent{words: s.words, tags: tags[i], gold: g})
	}
	fmt.Fprintf(o.Log, "beam %d: %d sentences (%d without a static-oracle sequence)\n", o.Beam, len(sents), skipped)
	tr := pc.NewTrainer(nActions)
	bs := newBeamSearch(o.Beam)
	sc := m.getScratch()
	defer m.pool.Put(sc)
	rng := newRand(o.Seed ^ 0x6265616d)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var gs goldScratch
	for epoch := 0; epoch < o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var updates, fellOut int
		for _, k := range order {
			s := &sents[k]
			n := len(s.words)
			m.prepare(sc, s.words)
			lemmas := sc.lemma[:0]
			for j, w := range s.words {
				lemmas = append(lemmas, m.lemmas.lemma(w, s.tags[j]))
			}
			sc.lemma = lemmas
			m.setSent(&sc.x, sc.ws, s.tags)
			m.setClasses(&sc.x, sc.ws, s.tags, s.words, lemmas)
			ws := sc.ws[2 : n+2]
			steps := m.decode(bs, tr.Score, &sc.x, ws, n, s.gold, o.Early)
			m.goldPath(&gs, bs, tr, &sc.x, ws, n, s.gold[:steps])
			// The step of the largest violation: where the beam's best
			// outscores the gold prefix by most (early update: the last
			// step decoded, where the gold prefix fell out).
			at, worst := -1, 0.0
			for j := 0; j < steps; j++ {
				if bs.stepNode[j] == gs.node[j] {
					continue // the best item is the gold prefix
				}
				// A negative violation (the gold prefix, out of the beam,
				// outscores the best item) is a search error: no update.
				if v := bs.stepBest[j] - gs.score[j]; v >= 0 && (at < 0 || v > worst) {
					at, worst = j, v
				}
			}
			if o.Early && steps < len(s.gold) {
				at = steps - 1
			}
			if !bs.goldInBeam[steps-1] {
				fellOut++
			}
			if at >= 0 {
				updates++
				m.beamUpdate(bs, &gs, tr, &sc.x, ws, n, s.gold, at)
			}
			tr.Tick()
		}
		fmt.Fprintf(o.Log, "beam %d epoch %d: %d updates in %d sentences (gold out of the beam at the end of %d), %d features (%s)\n",
			o.Beam, epoch+1, updates, len(sents), fellOut, tr.Features(), time.Since(start).Round(time.Second))
		if o.AfterEpoch != nil && epoch+1 < o.Epochs {
			p, err := tr.Model(pc.Options{MinWeight: minWeight})
			if err != nil {
				return nil, err
			}
			o.AfterEpoch(epoch+1, p)
		}
	}
	return tr.Model(pc.Options{MinWeight: minWeight})
}

// goldScratch holds the gold sequence's prefix scores and each step's
// node in the beam search (the gold prefix's node while in the beam, -2
// after), for comparing the beam's best item with it.
type goldScratch struct {
	st    state
	score []float64
	node  []int32
	feats []uint64
}

// goldPath scores the gold transitions with the trainer's current
// weights, step by step, and finds the gold prefix's node among the beam
// search's nodes where it survived.
func (m *Model) goldPath(gs *goldScratch, bs *beamSearch, tr *pc.Trainer, x *sent, ws []word, n int, gold []int8) {
	gs.st.reset(n)
	gs.score, gs.node = gs.score[:0], gs.node[:0]
	var ok [nActions]bool
	total := 0.0
	for j, a := range gold {
		gs.st.legal(&ok)
		if only(&ok) < 0 {
			gs.feats = m.parseFeatures(gs.feats[:0], &bs.pv, x, &gs.st)
			tr.Score(gs.feats, bs.scores)
			total += float64(bs.scores[a])
		}
		l := m.beamLabel(bs, x, ws, &gs.st, int(a))
		gs.st.apply(int(a), l)
		gs.score = append(gs.score, total)
		node := int32(-2)
		if bs.goldInBeam[j] {
			node = bs.stepNode[j] // only compared for equality with it
			if !m.isGoldNode(bs, bs.stepNode[j], gold[:j+1]) {
				node = -2
			}
		}
		gs.node = append(gs.node, node)
	}
}

// isGoldNode reports whether node's history is the gold prefix.
func (m *Model) isGoldNode(bs *beamSearch, node int32, gold []int8) bool {
	for j := len(gold) - 1; j >= 0; j-- {
		if node < 0 || bs.nodes[node].act != gold[j] {
			return false
		}
		node = bs.nodes[node].parent
	}
	return node < 0
}

// beamUpdate rewards the gold transitions up to step at and penalises
// those of the beam's best item at that step, skipping their common
// prefix (same transitions, same states, same features).
func (m *Model) beamUpdate(bs *beamSearch, gs *goldScratch, tr *pc.Trainer, x *sent, ws []word, n int, gold []int8, at int) {
	acts, labels := bs.history(bs.stepNode[at])
	common := 0
	for common <= at && acts[common] == gold[common] {
		common++
	}
	replay := func(seq []int8, labels []int32, delta float64) {
		gs.st.reset(n)
		var ok [nActions]bool
		for j := 0; j <= at; j++ {
			a := int(seq[j])
			if j >= common {
				gs.st.legal(&ok)
				if only(&ok) < 0 {
					gs.feats = m.parseFeatures(gs.feats[:0], &bs.pv, x, &gs.st)
					tr.UpdateBy(gs.feats, a, delta)
				}
			}
			var l int32
			if labels != nil {
				l = labels[j]
			} else {
				l = m.beamLabel(bs, x, ws, &gs.st, a)
			}
			gs.st.apply(a, l)
		}
	}
	replay(acts, labels, -1)
	replay(gold, nil, +1)
}
