//go:build experiment

package syntax

// Experiments on the labeller (issue 3): which labels it confuses on EWT
// dev among the arcs whose head is right, and retraining it alone under
// the committed parser (see README.md, "The labeller's confusions").

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	pc "dateline/internal/perceptron"
)

// labelSetup is expSetup with the seed of the committed model (1, the
// command's default) and its jackknifed training tags.
func labelSetup(t *testing.T) (o TrainOptions, train, dev []*tsent, tags [][]int32) {
	t.Helper()
	dir := expDir(t)
	o, v, train, dev, _ := expSetup(t, dir)
	o.Seed = 1
	m := &Model{tags: v.tags}
	tags, err := jackknife(train, v, m, o, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return o, train, dev, tags
}

// TestLabelJackknife only makes the cache of jackknifed tags.
func TestLabelJackknife(t *testing.T) { labelSetup(t) }

// TestLabelConfusion prints the committed model's label confusions on EWT
// dev (predicted tags) over the arcs whose head is right, by universal
// relation (what LAS counts) and in full: the LABEL_TOP most frequent
// (default 40); LABEL_SHOW ("amod -> compound") prints the words of one.
func TestLabelConfusion(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, dev, _ := expSetup(t, expDir(t))
	printConfusion(t, m, dev)
}

func printConfusion(t *testing.T, m *Model, dev []*tsent) {
	conf, full := map[string]int{}, map[string]int{}
	var words, headOK, labOK, tagWrong int
	var s Sentence
	for _, g := range dev {
		s.Words = g.words
		m.Parse(&s)
		for i := range g.words {
			words++
			if s.Head[i] != int(g.heads[i]) {
				continue
			}
			headOK++
			gr, pr := m.rels[g.rels[i]], s.Rel[i]
			if universal(gr) == universal(pr) {
				labOK++
			} else {
				conf[universal(gr)+" -> "+universal(pr)]++
				if show := os.Getenv("LABEL_SHOW"); show == universal(gr)+" -> "+universal(pr) {
					h := int(g.heads[i])
					hw, hx, hg := "ROOT", "", ""
					if h >= 0 {
						hw, hx, hg = g.words[h], s.XPOS[h], m.tags[g.tags[h]].XPOS
					}
					t.Logf("%s %s/%s(gold %s) <- %s/%s(gold %s)", show, s.Words[i], s.XPOS[i], m.tags[g.tags[i]].XPOS, hw, hx, hg)
				}
				h := int(g.heads[i])
				if s.UPOS[i] != m.tags[g.tags[i]].UPOS || h >= 0 && s.UPOS[h] != m.tags[g.tags[h]].UPOS {
					tagWrong++
				}
			}
			if gr != pr {
				full[gr+" -> "+pr]++
			}
		}
	}
	t.Logf("words %d, heads right %d (UAS %.4f), labelled right %d (LAS %.4f); wrong labels among right heads %d (%.2f%%), %d of them with the dependent's or head's UPOS wrong",
		words, headOK, float64(headOK)/float64(words), labOK, float64(labOK)/float64(words), headOK-labOK, 100*float64(headOK-labOK)/float64(headOK), tagWrong)
	for _, c := range []struct {
		name string
		m    map[string]int
	}{{"universal", conf}, {"full (subtypes too)", full}} {
		var keys []string
		total := 0
		for k, n := range c.m {
			keys = append(keys, k)
			total += n
		}
		slices.SortFunc(keys, func(a, b string) int {
			if c.m[a] != c.m[b] {
				return c.m[b] - c.m[a]
			}
			return strings.Compare(a, b)
		})
		var b strings.Builder
		cum := 0
		for i, k := range keys {
			if i >= envInt("LABEL_TOP", 40) {
				break
			}
			cum += c.m[k]
			fmt.Fprintf(&b, "  %-28s %4d  cum %5.1f%%\n", k, c.m[k], 100*float64(cum)/float64(total))
		}
		t.Logf("%s confusions (gold -> predicted), %d in all:\n%s", c.name, total, b.String())
	}
}

// labelModel reads the model file LABEL_MODEL (default the committed one)
// with the labeller's templates at the positions of LABEL_DROP
// (labelOrder) left out.
func labelModel(t *testing.T) *Model {
	t.Helper()
	p := os.Getenv("LABEL_MODEL")
	if p == "" {
		p = filepath.Join("model", "syntax.model.gz")
	}
	m := readExpModel(t, p)
	var drop []int
	for _, f := range strings.FieldsFunc(os.Getenv("LABEL_DROP"), func(r rune) bool { return r == ',' }) {
		var i int
		fmt.Sscan(f, &i)
		drop = append(drop, i)
	}
	var err error
	if m.labelDrop, err = addDrops(m.labelDrop, "labeller", drop, len(m.labelOrder())); err != nil {
		t.Fatal(err)
	}
	if err := m.setTemplates(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestLabelRetrain retrains the labeller alone under the parser of
// labelModel (LABEL_EPOCHS epochs, default 10; LABEL_MODELS averaged,
// default 3) and scores it on EWT dev; LABEL_OUT names a file to write
// the model to.
func TestLabelRetrain(t *testing.T) {
	o, train, dev, tags := labelSetup(t)
	o.ParseEpochs = envInt("LABEL_EPOCHS", 10)
	o.ParseModels = envInt("LABEL_MODELS", 3)
	var lt labelTraining
	fmt.Sscan(os.Getenv("LABEL_EXPLORE"), &lt.explore)
	if w := os.Getenv("LABEL_MINW"); w != "" {
		fmt.Sscan(w, &o.ParseMinWeight)
	}
	t.Logf("epochs %d, models %d, explore %.2f, min weight %.1f", o.ParseEpochs, o.ParseModels, lt.explore, o.ParseMinWeight)
	base := labelModel(t)
	base.sure = nil
	t.Logf("before: %s", Evaluate(base, dev))
	m := labelModel(t)
	if os.Getenv("LABEL_JACKPARSE") != "" {
		if lt.parsers = foldParsers(t, o, train, dev, tags); lt.parsers == nil {
			return
		}
	}
	if err := trainLabellers(m, train, tags, o, lt, time.Now()); err != nil {
		t.Fatal(err)
	}
	t.Logf("labeller retrained (%d templates): %s", len(m.labelIDs), Evaluate(m, dev))
	if os.Getenv("LABEL_MIX") != "" {
		// The kept labeller and the new ones averaged, each counting as one.
		l, err := pc.Average(base.labeler, m.labeler)
		if err != nil {
			t.Fatal(err)
		}
		m.labeler = l
		t.Logf("averaged with the kept labeller: %s", Evaluate(m, dev))
	}
	printConfusion(t, m, dev)
	if out := os.Getenv("LABEL_OUT"); out != "" {
		writeExpModel(t, m, out)
	}
}

// TestLabelDropOne scores EWT dev with each of labelModel's labeller
// templates left out at inference, one at a time: the templates whose
// loss costs least are the candidates to give up for new ones. The
// change in labelled heads right is given for the odd and the even
// sentences apart, so that a template chosen on one half can be checked
// on the other.
func TestLabelDropOne(t *testing.T) {
	_, _, _, dev, _ := expSetup(t, expDir(t))
	m := labelModel(t)
	m.sure = nil
	full := labelledByHalf(m, dev)
	t.Logf("all %d templates: labelled heads right %d (odd) %d (even)", len(m.labelIDs), full[0], full[1])
	keep := m.labelDrop
	for i, id := range m.labelOrder() {
		if i < len(keep) && keep[i] {
			continue
		}
		drop := make([]bool, maxParseFeatures)
		copy(drop, keep)
		drop[i] = true
		m.labelDrop = drop
		if err := m.setTemplates(); err != nil {
			t.Fatal(err)
		}
		got := labelledByHalf(m, dev)
		t.Logf("without %2d (template %2d): %+4d odd %+4d even, %+4d in all", i, id, got[0]-full[0], got[1]-full[1], got[0]+got[1]-full[0]-full[1])
	}
}

// labelledByHalf counts the words of the odd and of the even sentences
// of dev whose head and universal relation m gets right.
func labelledByHalf(m *Model, dev []*tsent) (n [2]int) {
	var s Sentence
	for k, g := range dev {
		s.Words = g.words
		m.Parse(&s)
		for i := range g.words {
			if s.Head[i] == int(g.heads[i]) && universal(s.Rel[i]) == universal(m.rels[g.rels[i]]) {
				n[k%2]++
			}
		}
	}
	return n
}

func envInt(name string, def int) int {
	var v int
	if _, err := fmt.Sscan(os.Getenv(name), &v); err != nil {
		return def
	}
	return v
}

// TestLabelWrite writes labelModel, its labeller templates as LABEL_DROP
// says, to LABEL_OUT: a model whose labeller leaves out
// templates it was trained with, without retraining.
func TestLabelWrite(t *testing.T) {
	out := os.Getenv("LABEL_OUT")
	if out == "" {
		t.Skip("LABEL_OUT not set")
	}
	writeExpModel(t, labelModel(t), out)
}

// TestOtherAction: the action replacing the parser's is legal and not
// the parser's, or the parser's when no other is legal.
func TestOtherAction(t *testing.T) {
	rng := newRand(1)
	ok := [nActions]bool{shift: true, left: true}
	for range 100 {
		if a := otherAction(rng, shift, &ok); a != left {
			t.Fatalf("otherAction(shift) = %d, want left (%d)", a, left)
		}
	}
	ok = [nActions]bool{right: true}
	if a := otherAction(rng, right, &ok); a != right {
		t.Fatalf("otherAction with one legal action = %d, want it (%d)", a, right)
	}
}

// TestParserTrainingDigest trains a parser and labeller for 2 epochs on
// the first 400 sentences of EWT train (cached jackknifed tags) and logs
// the digest of the model written: the same digest before and after a
// change to the training code shows it trains the same model.
func TestParserTrainingDigest(t *testing.T) {
	o, train, dev, tags := labelSetup(t)
	o.ParseEpochs, o.ParseModels, o.Log = 2, 1, io.Discard
	m := labelModel(t)
	if err := trainParser(m, train[:400], tags[:400], dev, o, time.Now()); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if err := m.Write(h); err != nil {
		t.Fatal(err)
	}
	t.Logf("digest %x", h.Sum(nil))
}

// foldParsers returns five parsers, parser f trained (with a labeller of
// its own, LABEL_FOLD_EPOCHS epochs, default 5, one parser) on the
// training sentences i with i % 5 != f, as the jackknifed tags are: the
// labeller retrained under them learns from parses of sentences their
// parser never saw. They are kept in expDir; LABEL_FOLDS ("0,1") trains
// only those folds and returns nil, so that folds can be trained by
// processes in parallel.
func foldParsers(t *testing.T, o TrainOptions, train, dev []*tsent, tags [][]int32) []*pc.Model {
	const folds = 5
	epochs := envInt("LABEL_FOLD_EPOCHS", 5)
	only := os.Getenv("LABEL_FOLDS")
	var parsers []*pc.Model
	for f := 0; f < folds; f++ {
		path := filepath.Join(expDir(t), fmt.Sprintf("foldparser.%d.%d.model.gz", f, epochs))
		if only != "" && !slices.Contains(strings.Split(only, ","), fmt.Sprint(f)) {
			continue
		}
		if _, err := os.Stat(path); err == nil {
			parsers = append(parsers, readExpModel(t, path).parser)
			continue
		}
		var in []*tsent
		var inTags [][]int32
		for i, s := range train {
			if i%folds != f {
				in, inTags = append(in, s), append(inTags, tags[i])
			}
		}
		m := labelModel(t)
		fo := o
		fo.ParseEpochs, fo.EvalEvery = epochs, 0
		if err := trainParserOnce(m, in, inTags, dev, fo, time.Now(), o.Seed+uint64(f)*77); err != nil {
			t.Fatal(err)
		}
		writeExpModel(t, m, path)
		m.sure = nil
		t.Logf("fold %d parser: dev %s", f, Evaluate(m, dev))
		parsers = append(parsers, m.parser)
	}
	if only != "" {
		return nil
	}
	return parsers
}
