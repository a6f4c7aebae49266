package syntax

import (
	"fmt"
	"time"

	pc "dateline/internal/perceptron"
)

// trainParser trains o.ParseModels parsers (transition classifier and
// labeller), each on its own order of the sentences, and averages them
// into m ("parameter mixing", as for the taggers).
func trainParser(m *Model, train []*tsent, tags [][]int32, dev []*tsent, o TrainOptions, start time.Time) error {
	if o.ParseModels <= 1 {
		return trainParserOnce(m, train, tags, dev, o, start, o.Seed)
	}
	var parsers, labelers []*pc.Model
	for k := 0; k < o.ParseModels; k++ {
		if err := trainParserOnce(m, train, tags, dev, o, start, o.Seed+uint64(k)*1000); err != nil {
			return err
		}
		parsers, labelers = append(parsers, m.parser), append(labelers, m.labeler)
	}
	var err error
	if m.parser, err = pc.Average(parsers...); err != nil {
		return err
	}
	m.labeler, err = pc.Average(labelers...)
	return err
}

// trainParserOnce trains the transition classifier and the labeller of m
// with the dynamic oracle: after the first ExploreAfter epochs the parser
// follows its own (possibly wrong) predictions, and learns the best action
// from wherever they lead.
func trainParserOnce(m *Model, train []*tsent, tags [][]int32, dev []*tsent, o TrainOptions, start time.Time, seed uint64) error {
	rng := newRand(seed ^ 0x70617273)
	acts := pc.NewTrainer(nActions)
	labs := pc.NewTrainer(len(m.rels))
	gold := make([][]int32, len(train))
	lifted := 0
	for i, s := range train {
		h, n := projectivize(s.heads)
		lifted += n
		for d := range h {
			if h[d] < 0 {
				h[d] = int32(len(h))
			}
		}
		gold[i] = h
	}
	fmt.Fprintf(o.Log, "parser: %d non-projective arcs lifted for training\n", lifted)
	lemmas, labAllowed, order := parserTrainingSetup(m, train, tags)
	sc := m.getScratch()
	var ok [nActions]bool
	var cost [nActions]int
	for epoch := 0; epoch < o.ParseEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= o.ExploreAfter
		var steps, wrong int
		for _, k := range order {
			s, g := train[k], gold[k]
			n := len(s.words)
			st := m.startSentence(sc, s.words, tags[k], lemmas[k])
			for !st.terminal() {
				st.legal(&ok)
				costs(st, g, &ok, &cost)
				sc.feats = m.parseFeatures(sc.feats[:0], &sc.pv, &sc.x, st)
				acts.Score(sc.feats, sc.scores)
				pred := pc.Argmax(sc.scores[:nActions], ok[:])
				best := -1
				for a := 0; a < nActions; a++ {
					if ok[a] && cost[a] == 0 && (best < 0 || sc.scores[a] > sc.scores[best]) {
						best = a
					}
				}
				if best < 0 { // cannot happen with projective gold; be safe
					best = pred
				}
				steps++
				if cost[pred] > 0 {
					wrong++
					acts.Update(sc.feats, best, pred)
				}
				acts.Tick()
				a := best
				if explore && rng.Float64() < 0.9 {
					a = pred
				}
				l := int32(-1)
				if a != shift {
					l, _ = m.learnLabel(labs, sc, st, n, a, g, s.rels, labAllowed)
				}
				st.apply(a, l)
			}
		}
		fmt.Fprintf(o.Log, "parser epoch %d: %.4f of %d steps wrong, %d features (%s)\n", epoch+1, float64(wrong)/float64(steps), steps, acts.Features(), time.Since(start).Round(time.Second))
		if o.EvalEvery > 0 && (epoch+1)%o.EvalEvery == 0 && epoch+1 < o.ParseEpochs {
			var err error
			if m.parser, err = acts.Model(pc.Options{MinWeight: o.ParseMinWeight}); err != nil {
				return err
			}
			if m.labeler, err = labs.Model(pc.Options{MinWeight: o.ParseMinWeight}); err != nil {
				return err
			}
			m.labAllowed = labAllowed
			fmt.Fprintf(o.Log, "  dev after epoch %d: %s\n", epoch+1, Evaluate(m, dev))
		}
	}
	var err error
	if m.parser, err = acts.Model(pc.Options{MinWeight: o.ParseMinWeight}); err != nil {
		return err
	}
	if m.labeler, err = labs.Model(pc.Options{MinWeight: o.ParseMinWeight}); err != nil {
		return err
	}
	m.labAllowed = labAllowed
	return nil
}

// parserTrainingSetup returns what training a parser or a labeller of m
// on train with tags needs: the lemmas of the training tags, for the word
// classes (as Parse has them), the relations the labeller may give (all
// but root) and the sentences' order, to be shuffled.
func parserTrainingSetup(m *Model, train []*tsent, tags [][]int32) (lemmas [][]string, labAllowed []bool, order []int) {
	lemmas = make([][]string, len(train))
	for i, s := range train {
		lemmas[i] = make([]string, len(s.words))
		for j, w := range s.words {
			lemmas[i][j] = m.lemmas.lemma(w, tags[i][j])
		}
	}
	labAllowed = make([]bool, len(m.rels))
	for i := range labAllowed {
		labAllowed[i] = int32(i) != m.rootRel
	}
	order = make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	return lemmas, labAllowed, order
}

// learnLabel labels the arc that action a (not shift) makes in st with the
// labeller being trained, and teaches it the gold label when the arc's
// head is the gold one (heads, as the parser learns them); learnt says
// whether it did.
func (m *Model) learnLabel(labs *pc.Trainer, sc *scratch, st *state, n, a int, heads, rels []int32, labAllowed []bool) (l int32, learnt bool) {
	d, h := st.arc(a)
	if h == st.n {
		return m.rootRel, false
	}
	sc.feats = m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d)
	labs.Score(sc.feats, sc.scores)
	l = int32(pc.Argmax(sc.scores[:len(m.rels)], labAllowed))
	if heads[d] != h {
		return l, false
	}
	labs.Update(sc.feats, int(rels[d]), int(l))
	labs.Tick()
	return l, true
}

// startSentence readies sc to parse a training sentence of words with
// tags and lemmas, and returns its empty state.
func (m *Model) startSentence(sc *scratch, words []string, tags []int32, lemmas []string) *state {
	m.prepare(sc, words)
	m.setSent(&sc.x, sc.ws, tags)
	m.setClasses(&sc.x, sc.ws, tags, words, lemmas)
	sc.st.reset(len(words))
	return &sc.st
}
