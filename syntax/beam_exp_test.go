//go:build experiment

package syntax

// Measurements of beam search for issue 3 (README.md, "Beam search"):
//
//	go test -tags experiment ./syntax -run 'TestBeamInference$' -v       (committed model; BEAM_WIDTHS)
//	SYNTAX_VOTE=DIR BEAM=4 BEAM_EPOCHS=10 go test -tags experiment ./syntax -run 'TestBeamTrain$' -v -timeout 0
//	SYNTAX_MODEL=FILE go test -tags experiment ./syntax -run XXX -bench 'ParseBeam' -benchmem

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline/internal/cputime"
	pc "dateline/internal/perceptron"
)

func beamWidths(def string) []int {
	v := os.Getenv("BEAM_WIDTHS")
	if v == "" {
		v = def
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		if k, err := strconv.Atoi(f); err == nil && k > 0 {
			out = append(out, k)
		}
	}
	return out
}

// beamScore parses dev with a beam of k and scores it as Evaluate does;
// it returns the scores and the CPU seconds of tagging and parsing.
func beamScore(m *Model, dev []*tsent, k int, norm float64) (Scores, float64) {
	bs := newBeamSearch(k)
	bs.norm = norm
	var s Sentence
	var uas, las, n int
	cpu := cpuSeconds()
	for _, t := range dev {
		s.Words = t.words
		m.ParseBeam(&s, bs)
		for i := range t.words {
			n++
			if s.Head[i] == int(t.heads[i]) {
				uas++
				if universal(s.Rel[i]) == universal(m.rels[t.rels[i]]) {
					las++
				}
			}
		}
	}
	cpu = cpuSeconds() - cpu
	return Scores{Words: n, UAS: float64(uas) / float64(n), LAS: float64(las) / float64(n)}, cpu
}

// TestBeamOneIsGreedy: a beam of one item makes Parse's trees, on text
// written for the test and on EWT dev (read from ../shared at run time).
func TestBeamOneIsGreedy(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("The mayor told reporters on Monday that the bridge would reopen next spring ."),
		strings.Fields("Rain kept the ferries in port , and the island ran short of bread ."),
	}
	if _, err := os.Stat(devPath); err == nil {
		sents = append(sents, devSentences(t)...)
	}
	bs := newBeamSearch(1)
	var a, b Sentence
	for _, words := range sents {
		a.Words, b.Words = words, words
		m.Parse(&a)
		m.ParseBeam(&b, bs)
		for i := range words {
			if a.Head[i] != b.Head[i] || a.Rel[i] != b.Rel[i] {
				t.Fatalf("%q word %d: beam of one gave head %d %s, Parse %d %s", strings.Join(words, " "), i, b.Head[i], b.Rel[i], a.Head[i], a.Rel[i])
			}
		}
	}
}

// TestStaticOracle: the oracle's transitions rebuild each projective
// tree, for hand-made trees (nil for a crossing one) and EWT dev's
// projectivised trees.
func TestStaticOracle(t *testing.T) {
	trees := [][]int32{
		{1, 4, 1, 1},       // a verb with a subject and two objects; the root is 4
		{2, 2, 5, 4, 2},    // two words before the root verb
		{2, 3, 5, 0, 3},    // crossing: 3 -> 0 spans 2, whose head is the root
		{6, 0, 0, 2, 2, 0}, // the first word heads the sentence
	}
	data := filepath.Join("..", "..", "shared", "bench", "data", "syntax", "en_ewt-ud-dev.conllu")
	if raw, err := readTreebank(data); err == nil {
		v := newVocab(raw)
		dev, err := v.convert(raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range dev {
			h, _ := projectivize(s.heads)
			for d := range h {
				if h[d] < 0 {
					h[d] = int32(len(h))
				}
			}
			trees = append(trees, h)
		}
	}
	for i, gold := range trees {
		seq := staticOracle(gold)
		if seq == nil {
			if i != 2 {
				t.Fatalf("tree %d %v: no sequence, want one", i, gold)
			}
			continue
		}
		var st state
		st.reset(len(gold))
		for _, a := range seq {
			st.apply(int(a), 0)
		}
		for d, h := range gold {
			if st.head[d] != h {
				t.Fatalf("tree %d %v: word %d got head %d, want %d", i, gold, d, st.head[d], h)
			}
		}
	}
	if staticOracle([]int32{2, 3, 5, 0, 3}) != nil {
		t.Errorf("crossing tree: got a sequence, want none")
	}
}

// TestBeamInference decodes EWT dev with the committed model's scores
// and beams of BEAM_WIDTHS items (default 1,2,4,8,16): no training.
// BEAM_NORM lists how the transition scores are summed (beamSearch.norm;
// default 0, the raw scores).
func TestBeamInference(t *testing.T) {
	_, _, _, dev, _ := expSetup(t, expDir(t))
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, norm := range floats("BEAM_NORM", "0") {
		for _, k := range beamWidths("1,2,4,8,16") {
			sc, cpu := beamScore(m, dev, k, norm)
			t.Logf("RESULT committed model, beam %d, norm %g: uas=%.4f las=%.4f, %.0f tokens/cpu-s (tag+parse)", k, norm, sc.UAS, sc.LAS, float64(sc.Words)/cpu)
		}
	}
}

// TestBeamTrain trains the transition model globally with a beam of BEAM
// items (default 4) for BEAM_EPOCHS (default 6) on EWT train's jackknifed
// tags (those of dateline train syntax, seed 1; cached in SYNTAX_VOTE),
// the committed model's tagger, labeller and templates kept, and scores
// EWT dev at that width after each epoch (and at BEAM_WIDTHS at the end).
// BEAM_EARLY=1: early update instead of max-violation; BEAM_PARSERS=3:
// three parsers on different orders of the sentences, averaged as Train
// averages the greedy ones; BEAM_EVAL=0: no scoring after each epoch;
// BEAM_ALL=1: all 121 parser templates, none left out. The model is
// written to SYNTAX_VOTE/beamK[xP][-all].model.gz.
func TestBeamTrain(t *testing.T) {
	dir := expDir(t)
	o, v, train, dev, load := expSetup(t, dir)
	o.Seed = 1
	k, _ := strconv.Atoi(os.Getenv("BEAM"))
	k = max(k, 1)
	if os.Getenv("BEAM") == "" {
		k = 4
	}
	epochs, err := strconv.Atoi(os.Getenv("BEAM_EPOCHS"))
	if err != nil {
		epochs = 6
	}
	early := os.Getenv("BEAM_EARLY") != ""
	tags, err := jackknife(train, v, &Model{}, o, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m := load("model/syntax.model.zst")
	if os.Getenv("BEAM_ALL") != "" {
		// The 23 templates the committed parser was trained without too.
		m.parseDrop = nil
		if err := m.setTemplates(); err != nil {
			t.Fatal(err)
		}
	}
	committed := m.parser
	parsers, _ := strconv.Atoi(os.Getenv("BEAM_PARSERS"))
	parsers = max(parsers, 1)
	cpu0 := cputime.Now()
	var ps []*pc.Model
	for j := 0; j < parsers; j++ {
		bo := BeamTrainOptions{Beam: k, Epochs: epochs, Early: early, Seed: 1 + uint64(j)*1000, Log: os.Stderr}
		if os.Getenv("BEAM_EVAL") != "0" {
			bo.AfterEpoch = func(epoch int, p *pc.Model) {
				m.parser = p
				sc, _ := beamScore(m, dev, k, 0)
				t.Logf("beam %d after epoch %d: dev uas=%.4f las=%.4f (training %.1f cpu-min)", k, epoch, sc.UAS, sc.LAS, (cputime.Now() - cpu0).Minutes())
				m.parser = committed
			}
		}
		p, err := m.trainBeamParser(train, tags, bo, o.ParseMinWeight)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	p := ps[0]
	if len(ps) > 1 {
		for j, q := range ps {
			m.parser = q
			sc, _ := beamScore(m, dev, k, 0)
			t.Logf("beam %d, parser %d of %d alone: dev uas=%.4f las=%.4f", k, j+1, len(ps), sc.UAS, sc.LAS)
		}
		if p, err = pc.Average(ps...); err != nil {
			t.Fatal(err)
		}
	}
	trainCPU := (cputime.Now() - cpu0).Minutes()
	m.parser = p
	name := fmt.Sprintf("beam%d", k)
	if parsers > 1 {
		name += fmt.Sprintf("x%d", parsers)
	}
	if os.Getenv("BEAM_ALL") != "" {
		name += "-all"
	}
	if early {
		name += "-early"
	}
	for _, w := range beamWidths(fmt.Sprint(k)) {
		sc, cpu := beamScore(m, dev, w, 0)
		t.Logf("RESULT %s (%d epochs, %.1f cpu-min of training, %d features), decoded with beam %d: uas=%.4f las=%.4f, %.0f tokens/cpu-s",
			name, epochs, trainCPU, p.Features(), w, sc.UAS, sc.LAS, float64(sc.Words)/cpu)
	}
	path := filepath.Join(dir, name+".model.gz")
	writeExpModel(t, m, path)
	t.Logf("model written to %s", path)
}

// TestBeamGoldTags parses EWT dev given its gold tags (lemmas from them)
// with the models of BEAM_MODELS (comma-separated paths; default the
// committed model) at BEAM_WIDTHS: what the parser could do with a
// perfect tagger.
func TestBeamGoldTags(t *testing.T) {
	_, _, _, dev, load := expSetup(t, expDir(t))
	paths := os.Getenv("BEAM_MODELS")
	if paths == "" {
		paths = "model/syntax.model.zst"
	}
	for _, path := range strings.Split(paths, ",") {
		m := load(path)
		for _, k := range beamWidths("1,4,8") {
			bs := newBeamSearch(k)
			sc := m.getScratch()
			var uas, las, n int
			for _, g := range dev {
				m.prepare(sc, g.words)
				sc.tags = append(sc.tags[:0], g.tags...)
				lemmas := make([]string, len(g.words))
				for i, w := range g.words {
					lemmas[i] = m.lemmas.lemma(w, g.tags[i])
				}
				m.beamTree(sc, g.words, lemmas, bs)
				for i := range g.words {
					n++
					h := sc.st.head[i]
					if h >= int32(len(g.words)) {
						h = -1
					}
					if h == g.heads[i] {
						uas++
						if universal(m.rels[sc.st.rel[i]]) == universal(m.rels[g.rels[i]]) {
							las++
						}
					}
				}
			}
			t.Logf("RESULT gold tags, %s, beam %d: uas=%.4f las=%.4f", path, k, float64(uas)/float64(n), float64(las)/float64(n))
		}
	}
}

// TestBeamTags fills the jackknifed-tag cache of SYNTAX_VOTE (once).
func TestBeamTags(t *testing.T) {
	dir := expDir(t)
	o, v, train, _, _ := expSetup(t, dir)
	o.Seed = 1
	if _, err := jackknife(train, v, &Model{}, o, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkParseBeam is BenchmarkParse with beams of BEAM_WIDTHS items
// (default 1,2,4,8,16) over EWT dev; SYNTAX_MODEL names the model.
func BenchmarkParseBeam(b *testing.B) {
	m := benchModel(b)
	sents := devSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for _, k := range beamWidths("1,2,4,8,16") {
		b.Run(fmt.Sprintf("beam%d", k), func(b *testing.B) {
			bs := newBeamSearch(k)
			var s Sentence
			b.ReportAllocs()
			cpu0 := cputime.Now()
			b.ResetTimer()
			for b.Loop() {
				for _, words := range sents {
					s.Words = words
					m.ParseBeam(&s, bs)
				}
			}
			b.StopTimer()
			reportSpeed(b, tokens, cputime.Now()-cpu0)
		})
	}
}
