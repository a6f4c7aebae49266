//go:build experiment

package syntax

import (
	"fmt"
	"math/rand/v2"
	"time"

	pc "dateline/internal/perceptron"
)

// trainLabellers trains o.ParseModels labellers for m's parser, kept as
// it is, each on its own order of the sentences, and averages them into
// m.labeler: a labeller experiment then takes minutes, not a parser's
// training. Each learns on the arcs m's parser makes over the training
// sentences with tags (jackknifed, as at run time), from its own labels
// (which the parser reads, as at run time), on the arcs whose head is
// right.
func trainLabellers(m *Model, train []*tsent, tags [][]int32, o TrainOptions, lt labelTraining, start time.Time) error {
	var labelers []*pc.Model
	for k := 0; k < max(o.ParseModels, 1); k++ {
		l, err := trainLabeller(m, train, tags, o, lt, start, o.Seed+uint64(k)*1000)
		if err != nil {
			return err
		}
		labelers = append(labelers, l)
	}
	l, err := pc.Average(labelers...)
	if err != nil {
		return err
	}
	m.labeler, m.sure = l, nil
	return nil
}

// labelTraining says how the parses a labeller learns from are made, so
// that they have errors, as the parser's on text it was not trained on:
// explore is the share of the parser's decisions replaced by another
// legal action; parsers, when given, parse sentence i with parsers[i %
// len(parsers)] in m's parser's stead (jackknifed parsers, each trained
// without the sentences it parses).
type labelTraining struct {
	explore float64
	parsers []*pc.Model
}

// trainLabeller trains one labeller under m's parser (see trainLabellers).
func trainLabeller(m *Model, train []*tsent, tags [][]int32, o TrainOptions, lt labelTraining, start time.Time, seed uint64) (*pc.Model, error) {
	kept := m.parser
	defer func() { m.parser = kept }()
	rng := newRand(seed ^ 0x6c6162656c)
	labs := pc.NewTrainer(len(m.rels))
	lemmas, labAllowed, order := parserTrainingSetup(m, train, tags)
	sc := m.getScratch()
	var ok [nActions]bool
	for epoch := 0; epoch < o.ParseEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var arcs, wrong int
		for _, k := range order {
			s := train[k]
			n := len(s.words)
			if len(lt.parsers) > 0 {
				m.parser = lt.parsers[k%len(lt.parsers)]
			}
			st := m.startSentence(sc, s.words, tags[k], lemmas[k])
			sc.stack.reset(n)
			front := frontSums{at: -1, kidsAt: -1}
			for !st.terminal() {
				st.legal(&ok)
				a := only(&ok)
				if a < 0 {
					a = m.decideParse(sc, st, &front, &ok)
					if lt.explore > 0 && rng.Float64() < lt.explore {
						a = otherAction(rng, a, &ok)
					}
				}
				l := int32(-1)
				if a != shift {
					d, _ := st.arc(a)
					var learnt bool
					if l, learnt = m.learnLabel(labs, sc, st, n, a, s.heads, s.rels, labAllowed); learnt {
						arcs++
						if l != s.rels[d] {
							wrong++
						}
					}
				}
				st.apply(a, l)
			}
		}
		fmt.Fprintf(o.Log, "labeller epoch %d: %.4f of %d arcs wrong, %d features (%s)\n", epoch+1, float64(wrong)/float64(max(arcs, 1)), arcs, labs.Features(), time.Since(start).Round(time.Second))
	}
	m.labAllowed = labAllowed
	return labs.Model(pc.Options{MinWeight: o.ParseMinWeight})
}

// otherAction returns a legal action other than a, at random (a if there
// is none).
func otherAction(rng *rand.Rand, a int, ok *[nActions]bool) int {
	var others []int
	for t, legal := range ok {
		if legal && t != a {
			others = append(others, t)
		}
	}
	if len(others) == 0 {
		return a
	}
	return others[rng.IntN(len(others))]
}
