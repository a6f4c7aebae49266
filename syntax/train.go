package syntax

import (
	"encoding/gob"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"

	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// TrainOptions says what to train on and how. The zero value of each
// number picks the default.
type TrainOptions struct {
	Train, Dev   string // CoNLL-U files
	Seed         uint64
	TagEpochs    int // default 8
	ParseEpochs  int // default 10 (12 scored lower on EWT dev)
	Jackknife    int // folds for the parser's training tags; default 5; 1 uses gold tags
	ExploreAfter int // epochs with oracle actions only before following the model's own; default 1
	// MinWeight and ParseMinWeight drop averaged weights smaller than
	// them from the tagger and from the parser and labeller: most features
	// are rare and their small weights change few decisions while they
	// fill memory. Defaults 0.3 and 1.
	MinWeight, ParseMinWeight float64
	EvalEvery                 int // score the parser on dev every that many epochs; 0 never
	TagModels                 int // taggers trained on different orders and averaged; default 1
	ParseModels               int // parsers likewise; default 2
	// FastParser trains the parser on the 65 templates of parseFeatures
	// only, not the 48 of extraFeatures too: 40% fewer lookups, lower
	// accuracy (see README.md).
	FastParser bool
	// NoSenses trains the full parser without the WordNet word classes of
	// senses.go (header DLSYNTAX1, as before 2026-11-29).
	NoSenses bool
	// NoClusters trains the tagger and parser without the word clusters
	// of clusters.go (no DLSYNTAX4 header, as before 2026-11-29);
	// NoTagClusters and NoParseClusters leave them out of one of the two.
	NoClusters, NoTagClusters, NoParseClusters bool
	// TagLex trains the tagger with the tag lexicon of taglex.go too
	// (Brill's lexicon of words and their Penn Treebank tags).
	TagLex bool
	// ParseDrop and LabelDrop list positions of parseOrder's and
	// labelOrder's templates to train the parser and labeller without
	// (templates found redundant, left out for speed).
	ParseDrop, LabelDrop []int
	// ParseDropAfter and LabelDropAfter list more positions whose
	// templates are trained with and then left out: templates the
	// trained model scores as well or better without (the weights stay in
	// the file, unused).
	ParseDropAfter, LabelDropAfter []int
	TagCache                       string    // file keeping the jackknifed tags between experiments; "" for none
	TagOnly                        bool      // stop after the tagger (for experiments)
	Log                            io.Writer // progress; nil for none
	// KeepParser names a model whose parser and labeller are kept: only
	// the tagger (and lexicon, lemmatiser) is trained. "" trains all.
	KeepParser string
}

func (o *TrainOptions) defaults() {
	if o.TagEpochs == 0 {
		o.TagEpochs = 8
	}
	if o.ParseEpochs == 0 {
		o.ParseEpochs = 10
	}
	if o.ParseModels == 0 {
		// Two averaged parsers score 0.4 points more UAS and LAS than one
		// on EWT dev (see README.md), at no cost in speed.
		o.ParseModels = 2
	}
	if o.Jackknife == 0 {
		o.Jackknife = 5
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.3
	}
	if o.ParseMinWeight == 0 {
		o.ParseMinWeight = 1
	}
	if o.ExploreAfter == 0 {
		o.ExploreAfter = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Train trains a model from a treebank and reports its accuracy on the
// development file. The same options give the same model.
func Train(o TrainOptions) (*Model, Scores, error) {
	o.defaults()
	start := time.Now()
	rawTrain, err := readTreebank(o.Train)
	if err != nil {
		return nil, Scores{}, fmt.Errorf("training treebank: %w", err)
	}
	rawDev, err := readTreebank(o.Dev)
	if err != nil {
		return nil, Scores{}, fmt.Errorf("development treebank: %w", err)
	}
	v := newVocab(rawTrain)
	if v.rootRel < 0 {
		return nil, Scores{}, fmt.Errorf("training treebank %q: no word has the relation root", o.Train)
	}
	train, err := v.convert(rawTrain)
	if err != nil {
		return nil, Scores{}, fmt.Errorf("training treebank %q: %w", o.Train, err)
	}
	dev, err := v.convert(rawDev)
	if err != nil {
		return nil, Scores{}, fmt.Errorf("development treebank %q: %w", o.Dev, err)
	}
	fmt.Fprintf(o.Log, "train: %d sentences, %d tags, %d relations; dev: %d sentences\n", len(train), len(v.tags), len(v.rels), len(dev))

	m := &Model{tags: v.tags, rels: v.rels, rootRel: v.rootRel, allTemplates: !o.FastParser, senses: !o.FastParser && !o.NoSenses,
		tagClusters: !o.NoClusters && !o.NoTagClusters, parseClusters: !o.NoClusters && !o.NoParseClusters, tagLex: o.TagLex}
	var err2 error
	if m.parseDrop, err2 = dropList("parser", o.ParseDrop, len(m.parseOrder())); err2 != nil {
		return nil, Scores{}, err2
	}
	if m.labelDrop, err2 = dropList("labeller", o.LabelDrop, len(m.labelOrder())); err2 != nil {
		return nil, Scores{}, err2
	}
	m.amb, m.dict = buildLexicon(train, len(v.tags))
	m.lemmas = buildLemmatizer(train, v)
	if err := m.finish(); err != nil {
		return nil, Scores{}, err
	}

	// Tags the parser trains on: predicted by taggers that did not see the
	// sentence, so the parser learns to live with tagging errors.
	predTags, err := jackknife(train, v, m, o, start)
	if err != nil {
		return nil, Scores{}, err
	}
	if m.tagger, err = trainTaggers(m, train, nil, o, o.Seed); err != nil {
		return nil, Scores{}, err
	}
	if o.Jackknife > 1 {
		fmt.Fprintf(o.Log, "tagger pass 1: dev UPOS %.4f\n", evalTags(m, dev, o.Log))
		if m.tagger2, err = trainTaggers(m, train, predTags, o, o.Seed+100); err != nil {
			return nil, Scores{}, err
		}
	}
	fmt.Fprintf(o.Log, "tagger: %d features, %d weights; dev UPOS %.4f (%s)\n", m.tagger.Features(), m.tagger.Weights(), evalTags(m, dev, o.Log), time.Since(start).Round(time.Second))

	if o.TagOnly {
		return m, Scores{}, nil
	}
	if o.KeepParser != "" {
		if m, err = keepParser(m, o.KeepParser); err != nil {
			return nil, Scores{}, err
		}
		sc := Evaluate(m, dev)
		fmt.Fprintf(o.Log, "dev with the parser of %s: %s (%s)\n", o.KeepParser, sc, time.Since(start).Round(time.Second))
		return m, sc, nil
	}
	if err := trainParser(m, train, predTags, dev, o, start); err != nil {
		return nil, Scores{}, err
	}
	if len(o.ParseDropAfter)+len(o.LabelDropAfter) > 0 {
		fmt.Fprintf(o.Log, "dev before leaving templates out: %s\n", Evaluate(m, dev))
		if m.parseDrop, err = addDrops(m.parseDrop, "parser", o.ParseDropAfter, len(m.parseOrder())); err != nil {
			return nil, Scores{}, err
		}
		if m.labelDrop, err = addDrops(m.labelDrop, "labeller", o.LabelDropAfter, len(m.labelOrder())); err != nil {
			return nil, Scores{}, err
		}
		if err := m.setTemplates(); err != nil {
			return nil, Scores{}, err
		}
	}
	sc := Evaluate(m, dev)
	fmt.Fprintf(o.Log, "dev: %s (%s)\n", sc, time.Since(start).Round(time.Second))
	return m, sc, nil
}

// dropList marks the positions to drop among n templates (nil for none).
func dropList(what string, pos []int, n int) ([]bool, error) {
	if len(pos) == 0 {
		return nil, nil
	}
	drop := make([]bool, maxParseFeatures)
	for _, p := range pos {
		if p < 0 || p >= n {
			return nil, fmt.Errorf("%s template %d to drop: want 0 to %d", what, p, n-1)
		}
		drop[p] = true
	}
	return drop, nil
}

// addDrops adds the positions pos to the list drop of n templates.
func addDrops(drop []bool, what string, pos []int, n int) ([]bool, error) {
	more, err := dropList(what, pos, n)
	if err != nil || more == nil {
		return drop, err
	}
	for i, d := range drop {
		more[i] = more[i] || d
	}
	return more, nil
}

// tagWords tags a sentence (for jackknifing and evaluation).
func (m *Model) tagWords(words []string) []int32 {
	sc := m.getScratch()
	defer m.pool.Put(sc)
	m.prepare(sc, words)
	sc.words = words
	m.tag(sc, len(words))
	sc.words = nil
	out := make([]int32, len(words))
	copy(out, sc.tags)
	return out
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x6461746c696e65)) }

// trainTaggers trains o.TagModels taggers, each on its own order of the
// sentences, and averages them.
func trainTaggers(m *Model, sents []*tsent, first [][]int32, o TrainOptions, seed uint64) (*pc.Model, error) {
	if o.TagModels <= 1 {
		return trainTagger(m, sents, first, o, seed)
	}
	var ms []*pc.Model
	for k := 0; k < o.TagModels; k++ {
		t, err := trainTagger(m, sents, first, o, seed+uint64(k)*1000)
		if err != nil {
			return nil, err
		}
		ms = append(ms, t)
	}
	return pc.Average(ms...)
}

// trainTagger trains a tagger for m (whose lexicon is set) on sents: the
// first pass when first is nil, else the second pass, with first holding
// each sentence's first-pass tags.
func trainTagger(m *Model, sents []*tsent, first [][]int32, o TrainOptions, seed uint64) (*pc.Model, error) {
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
					tr.Update(sc.feats, int(s.tags[i]), int(t))
					tr.Tick()
				}
				tm2, tm1 = tm1, t
			}
		}
	}
	return tr.Model(pc.Options{MinWeight: o.MinWeight})
}

// buildLexicon collects the ambiguity class of every word seen at least
// twice and the tag of frequent words that (nearly) always have one tag.
func buildLexicon(sents []*tsent, ntags int) (*u64tab.Table[uint64], *u64tab.Table[int32]) {
	type counts struct {
		n    int
		tags map[int32]int
	}
	byLower := map[uint64]*counts{}
	byForm := map[uint64]*counts{}
	add := func(m map[uint64]*counts, k uint64, t int32) {
		c := m[k]
		if c == nil {
			c = &counts{tags: map[int32]int{}}
			m[k] = c
		}
		c.n++
		c.tags[t]++
	}
	for _, s := range sents {
		for i, w := range s.words {
			hw := makeWord(w, false)
			add(byLower, hw.lower, s.tags[i])
			add(byForm, hw.form, s.tags[i])
		}
	}
	amb := u64tab.New[uint64](len(byLower))
	for k, c := range byLower {
		if c.n < minKnown {
			continue
		}
		h := uint64(0x616d62)
		for t := int32(0); t < int32(ntags); t++ {
			if c.tags[t] > 0 {
				h = pc.Mix(h, uint64(t)+1)
			}
		}
		amb.Put(k, h)
	}
	dict := u64tab.New[int32](0)
	for k, c := range byForm {
		if c.n < 20 {
			continue
		}
		for t, n := range c.tags {
			if float64(n) >= 0.995*float64(c.n) {
				dict.Put(k, t)
			}
		}
	}
	return amb, dict
}

// jackknife tags each training sentence with a tagger trained on the other
// folds, so the parser learns from tags as good as it will get.
// The taggers use the lexicons m's tagger uses.
func jackknife(train []*tsent, v *vocab, m *Model, o TrainOptions, start time.Time) ([][]int32, error) {
	predTags := make([][]int32, len(train))
	if o.Jackknife <= 1 {
		for i, s := range train {
			predTags[i] = s.tags
		}
		return predTags, nil
	}
	cache := ""
	if o.TagCache != "" {
		cache = fmt.Sprintf("%s.%d.%d.%d", o.TagCache, o.Seed, o.Jackknife, o.TagEpochs)
		if m.tagClusters { // the taggers' features differ
			cache += ".clusters"
		}
		if m.tagLex {
			cache += ".taglex"
		}
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			if err := gob.NewDecoder(f).Decode(&predTags); err == nil && len(predTags) == len(train) {
				fmt.Fprintf(o.Log, "jackknifed tags from %s\n", cache)
				return predTags, nil
			}
		}
	}
	for fold := 0; fold < o.Jackknife; fold++ {
		var in, out []*tsent
		var outIdx []int
		for i, s := range train {
			if i%o.Jackknife == fold {
				out = append(out, s)
				outIdx = append(outIdx, i)
			} else {
				in = append(in, s)
			}
		}
		fm := &Model{tags: v.tags, tagClusters: m.tagClusters, tagLex: m.tagLex, exact: true}
		fm.amb, fm.dict = buildLexicon(in, len(v.tags))
		var err error
		if fm.tagger, err = trainTagger(fm, in, nil, o, o.Seed+uint64(fold)+1); err != nil {
			return nil, err
		}
		for j, s := range out {
			predTags[outIdx[j]] = fm.tagWords(s.words)
		}
		fmt.Fprintf(o.Log, "jackknife fold %d/%d tagged (%s)\n", fold+1, o.Jackknife, time.Since(start).Round(time.Second))
	}
	if cache != "" {
		if f, err := os.Create(cache); err == nil {
			gob.NewEncoder(f).Encode(predTags)
			f.Close()
		}
	}
	return predTags, nil
}

// minKnown is how often a word must be seen in training to be known by
// its identity; rarer words are described by their parts, so the tagger
// learns unknown words from them.
const minKnown = 5
