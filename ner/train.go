package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"dateline/gazetteer"
	"dateline/internal/perceptron"
)

// TrainOptions says how to train a model.
type TrainOptions struct {
	Epochs    int     // passes over the training documents (0: 8)
	Folds     int     // jackknife folds for the second pass's input (0: 4)
	Seed      uint64  // shuffling seed
	MinWeight float64 // averaged weights below this are dropped (0: 0.05)
	Log       io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Folds <= 0 {
		o.Folds = 4
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.05
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// prepared is a training document with its features built once.
type prepared struct {
	f     feats
	sents []sentRange
	gold  []int
	p1    []int // the first pass's tags from a model that never saw it
}

func prepare(docs []Doc, g *gazetteer.Gazetteer) []prepared {
	out := make([]prepared, len(docs))
	var b builder
	for i, d := range docs {
		p := &out[i]
		p.sents = sentencesOf(nil, d.Doc)
		f := b.build(d.Doc, p.sents, g)
		p.f = feats{
			info:  append([]tokInfo(nil), f.info...),
			all:   append([]uint64(nil), f.all...),
			lo:    append([]int(nil), f.lo...),
			hi:    append([]int(nil), f.hi...),
			forms: f.forms,
		}
		p.gold = classesOf(d.Tags)
		p.p1 = make([]int, len(p.gold))
	}
	return out
}

// Train learns a model from train and reports its entity F1 on dev.
func Train(train, dev []Doc, o TrainOptions) (*Model, Score, error) {
	o.defaults()
	g, err := gazetteer.Load()
	if err != nil {
		return nil, Score{}, err
	}
	start := time.Now()
	tr := prepare(train, g)
	fmt.Fprintf(o.Log, "prepared %d documents in %s\n", len(tr), time.Since(start).Round(time.Millisecond))

	// Jackknife: tag each fold with a first pass trained on the others.
	rng := rand.New(rand.NewPCG(o.Seed, 0x6e6572))
	var dc decoder
	for k := 0; k < o.Folds; k++ {
		var in []*prepared
		for i := range tr {
			if i%o.Folds != k {
				in = append(in, &tr[i])
			}
		}
		t := trainPasses(in, o, rng, false)
		m, err := t.Model(perceptron.Options{MinWeight: o.MinWeight})
		if err != nil {
			return nil, Score{}, err
		}
		for i := k; i < len(tr); i += o.Folds {
			dc.pass1(m, &tr[i].f, tr[i].sents, tr[i].p1)
		}
		fmt.Fprintf(o.Log, "fold %d/%d done (%s)\n", k+1, o.Folds, time.Since(start).Round(time.Second))
	}
	all := make([]*prepared, len(tr))
	for i := range tr {
		all[i] = &tr[i]
	}
	t := trainPasses(all, o, rng, true)
	pm, err := t.Model(perceptron.Options{MinWeight: o.MinWeight})
	if err != nil {
		return nil, Score{}, err
	}
	m := &Model{m: pm}
	fmt.Fprintf(o.Log, "trained in %s: %d features, %d weights\n",
		time.Since(start).Round(time.Second), pm.Features(), pm.Weights())
	return m, Evaluate(m, g, dev), nil
}

// trainPasses runs the perceptron rule over greedy decoding: pass 1 on every
// document, and with both, pass 2 (given each document's jackknifed p1)
// right after it, so that both passes' weights are averaged over the same
// clock.
func trainPasses(docs []*prepared, o TrainOptions, rng *rand.Rand, both bool) *perceptron.Trainer {
	t := perceptron.NewTrainer(nAll)
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var dc decoder
	var out []int
	var errs [2]int
	n := 0
	step := func(feats []uint64, gold, guess, pass int) {
		t.Tick()
		if gold != guess {
			t.Update(feats, gold+pass*nTags, guess+pass*nTags)
			errs[pass]++
		}
	}
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n = [2]int{}, 0
		for _, di := range order {
			p := docs[di]
			f := &p.f
			out = grow(out, len(p.gold))
			clear(out)
			for _, s := range p.sents {
				for i := s.first; i < s.end; i++ {
					// Training goes on with its own guesses, as decoding does.
					out[i] = dc.step1(t, f, i, s, out)
					step(dc.fs, p.gold[i], out[i], 0)
					n++
				}
			}
			if !both {
				continue
			}
			clear(out)
			dc.aggregate(f, p.p1)
			for _, s := range p.sents {
				for i := s.first; i < s.end; i++ {
					out[i] = dc.step2(t, f, i, s, p.p1, out)
					step(dc.fs, p.gold[i], out[i], 1)
				}
			}
		}
		fmt.Fprintf(o.Log, "  epoch %d: token error pass 1 %.4f, pass 2 %.4f\n", ep+1,
			float64(errs[0])/float64(max(n, 1)), float64(errs[1])/float64(max(n, 1)))
	}
	return t
}

// Score is entity-level precision, recall and F1 (conlleval style) on
// our tokens.
type Score struct {
	P, R, F1            float64
	Gold, Pred, Correct int
}

func (s Score) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (gold %d, predicted %d, correct %d)", s.P, s.R, s.F1, s.Gold, s.Pred, s.Correct)
}

// Evaluate tags docs with m and scores the entities against their tags.
func Evaluate(m *Model, g *gazetteer.Gazetteer, docs []Doc) Score {
	t := NewTagger(m, g)
	var s Score
	for _, d := range docs {
		pred := t.Tag(d.Doc)
		gold := spans(classesOf(d.Tags))
		s.Pred += len(pred)
		s.Gold += len(gold)
		in := map[Span]bool{}
		for _, x := range gold {
			in[x] = true
		}
		for _, x := range pred {
			if in[x] {
				s.Correct++
			}
		}
	}
	if s.Pred > 0 {
		s.P = float64(s.Correct) / float64(s.Pred)
	}
	if s.Gold > 0 {
		s.R = float64(s.Correct) / float64(s.Gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}
