//go:build experiment

package syntax

// Staged scoring, measured before it is built: if the parser (or the
// labeller) decided on the sums of its strong templates alone whenever
// the margin between the best and the runner-up legal action (allowed
// label) is at least T, how many decisions would skip the weak
// templates' lookups, how many lookups that saves, and how many
// decisions would differ from the full model's? Counted along the full
// model's own parse of EWT train sentences (gold tokens, the pipeline's
// tags, as BenchmarkParse). The templates are ranked weakest first by
// their mean |d| on the same sentences (d: the template's weight for the
// chosen action minus that for the runner-up, as TestLookupStats). Run:
//
//	go test -tags experiment -run TestStagedGrid ./syntax -v -timeout 30m
//
// STAGED_SENTS sets how many train sentences (default 4,000, every third).

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"dateline/internal/conllu"
	pc "dateline/internal/perceptron"
)

// trainSentences reads every step-th sentence of EWT train, at most n.
func trainSentences(tb testing.TB, n, step int) [][]string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "bench", "data", "syntax", "en_ewt-ud-train.conllu")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatalf("EWT train (from ../shared): %v", err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, p)
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]string
	for i := 0; i < len(sents) && len(out) < n; i += step {
		var words []string
		for _, j := range sents[i].Words() {
			words = append(words, sents[i].Lines[j].Form)
		}
		out = append(out, words)
	}
	return out
}

// decision is one scored decision of the full model: contrib[i] holds the
// integer weights of template ts[i] for each class, looked[i] whether the
// kept-sums scheme looked that template up for this decision.
type decision struct {
	ts      []uint8
	contrib [][]int32
	looked  []bool
	allowed []bool
	lookups int // lookups the decision made (kept sums as now)
}

// stagedObserver sees every scored decision of the parser and of the
// labeller along the full model's parse.
type stagedObserver func(parser bool, d *decision)

// stagedProbe parses words as Parse does (the same scratch, kept sums
// and choices) and shows obs the contributions of every template at each
// scored decision.
func (m *Model) stagedProbe(words []string, obs stagedObserver) {
	var s Sentence
	s.Words = words
	sc := m.tagInto(&s)
	if sc == nil {
		return
	}
	defer m.pool.Put(sc)
	n := len(words)
	sc.words, sc.lemma = s.Words, s.Lemma
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, sc.words, sc.lemma)
	st := &sc.st
	st.reset(n)
	sc.heads.reset(n, m.labeler.Classes())
	sc.stack.reset(n)
	var ok [nActions]bool
	front := frontSums{at: -1, kidsAt: -1}
	pAll := append(append([]uint8(nil), m.parseBuf...), m.parseState...)
	group := map[uint8]int{}
	for g, ts := range [][]uint8{m.parseBuf, m.parseKids, m.parseStack, m.parseTop, m.parseRest} {
		for _, t := range ts {
			group[t] = g
		}
	}
	for _, t := range m.parseWeak {
		group[t] = 4 // looked up at every decision, as the rest
	}
	pd := &decision{ts: pAll, contrib: make([][]int32, len(pAll)), looked: make([]bool, len(pAll))}
	for i := range pd.contrib {
		pd.contrib[i] = make([]int32, nActions)
	}
	ld := &decision{ts: m.labelByHead, contrib: make([][]int32, len(m.labelByHead)), looked: make([]bool, len(m.labelByHead)), allowed: m.labAllowed}
	for i := range ld.contrib {
		ld.contrib[i] = make([]int32, m.labeler.Classes())
	}
	out := make([]pc.Sums, len(pAll))
	ends := make([]int, len(pAll))
	for i := range ends {
		ends[i] = i + 1
	}
	for !st.terminal() {
		st.legal(&ok)
		a := only(&ok)
		if a < 0 {
			s0 := st.stackAt(0)
			looked := [5]bool{st.b != front.at, st.b != front.kidsAt || st.nl[st.b] != front.kidsN,
				!(s0 >= 0 && sc.stack.have[s0]), !(s0 >= 0 && sc.stack.topRight[s0] == st.nr[s0]), true}
			m.scoreParse(sc, st, &front)
			pd.lookups = len(sc.feats) + len(m.parseWeak)
			bufferFeatures(&sc.pv, &sc.x, st.b)
			m.stateFeatures(&sc.pv, &sc.x, st)
			feats := gather(nil, sc.pv[:], pAll)
			m.parser.SumsOf(&sc.lookup, feats, ends, out)
			for i, t := range pAll {
				copy(pd.contrib[i], out[i][:nActions])
				pd.looked[i] = looked[group[t]]
			}
			pd.allowed = ok[:]
			a, _ = pc.ArgmaxSums(sumContrib(pd), ok[:])
			obs(true, pd)
		}
		l := int32(-1)
		if a != shift {
			d, h := st.arc(a)
			if h == st.n {
				l = m.rootRel
			} else {
				slot := 2 * int(h)
				if d < h {
					slot++
				}
				had := sc.heads.have[slot]
				m.label(sc, n, h, d)
				ld.lookups = len(sc.feats) - m.labelHead
				if !had {
					ld.lookups = len(sc.feats)
				}
				feats := gather(nil, sc.lv[:], m.labelByHead)
				for i, f := range feats {
					m.labeler.SumInto(&sc.lookup, []uint64{f}, ld.contrib[i])
					ld.looked[i] = i >= m.labelHead || !had
				}
				best, _ := pc.ArgmaxSums(sumContrib(ld), m.labAllowed)
				l = int32(best)
				obs(false, ld)
			}
		}
		st.apply(a, l)
	}
}

// sumContrib is the full model's sums of a decision.
func sumContrib(d *decision) []int32 {
	sums := make([]int32, len(d.contrib[0]))
	for _, c := range d.contrib {
		for k, v := range c {
			sums[k] += v
		}
	}
	return sums
}

// stagedStats gathers one model's figures: pass 1 ranks the templates,
// pass 2 fills the grid of (k weakest eligible templates, threshold T).
type stagedStats struct {
	classes  int
	scale    float32
	eligible func(t uint8) bool
	// pass 1
	absSum    map[uint8]float64
	decisions int
	lookups   int
	lookedT   map[uint8]int
	// pass 2
	weak                []uint8 // eligible templates, weakest first
	ks                  []int
	ts                  []float32
	skipped, changed    [][]int
	saved               [][]int
	full, sumA, sumB    []int32
	idx                 map[uint8]int
	decisions2, lookup2 int
}

func newStagedStats(classes int, scale float32, eligible func(uint8) bool) *stagedStats {
	return &stagedStats{classes: classes, scale: scale, eligible: eligible, absSum: map[uint8]float64{}, lookedT: map[uint8]int{},
		full: make([]int32, classes), sumA: make([]int32, classes), sumB: make([]int32, classes)}
}

func (s *stagedStats) total(d *decision) {
	clear(s.full)
	for _, c := range d.contrib {
		for k, v := range c {
			s.full[k] += v
		}
	}
}

func (s *stagedStats) rank(d *decision) {
	s.total(d)
	s.decisions++
	s.lookups += d.lookups
	best, _ := pc.ArgmaxSums(s.full, d.allowed)
	r := -1
	for c := range s.full {
		if c != best && (d.allowed == nil || d.allowed[c]) && (r < 0 || s.full[c] > s.full[r]) {
			r = c
		}
	}
	for i, t := range d.ts {
		if d.looked[i] {
			s.lookedT[t]++
		}
		if r >= 0 {
			s.absSum[t] += math.Abs(float64(d.contrib[i][best] - d.contrib[i][r]))
		}
	}
}

// order ranks the eligible templates weakest first and sets up the grid.
func (s *stagedStats) order(ks []int, ts []float32) {
	for t := range s.absSum {
		if s.eligible(t) {
			s.weak = append(s.weak, t)
		}
	}
	sort.Slice(s.weak, func(i, j int) bool { return s.absSum[s.weak[i]] < s.absSum[s.weak[j]] })
	for _, k := range ks {
		if k <= len(s.weak) {
			s.ks = append(s.ks, k)
		}
	}
	s.ts = ts
	s.skipped, s.changed, s.saved = make([][]int, len(s.ks)), make([][]int, len(s.ks)), make([][]int, len(s.ks))
	for i := range s.ks {
		s.skipped[i], s.changed[i], s.saved[i] = make([]int, len(ts)), make([]int, len(ts)), make([]int, len(ts))
	}
}

func (s *stagedStats) grid(d *decision) {
	s.total(d)
	s.decisions2++
	s.lookup2 += d.lookups
	if s.idx == nil {
		s.idx = map[uint8]int{}
	}
	clear(s.idx)
	for i, t := range d.ts {
		s.idx[t] = i
	}
	full, _ := pc.ArgmaxSums(s.full, d.allowed)
	clear(s.sumB)
	kb, saved := 0, 0
	for ki, k := range s.ks {
		for ; kb < k; kb++ {
			i := s.idx[s.weak[kb]]
			for c, v := range d.contrib[i] {
				s.sumB[c] += v
			}
			if d.looked[i] {
				saved++
			}
		}
		for c := range s.sumA {
			s.sumA[c] = s.full[c] - s.sumB[c]
		}
		a, margin := pc.ArgmaxSums(s.sumA, d.allowed)
		for ti, T := range s.ts {
			if float32(margin)*s.scale >= T {
				s.skipped[ki][ti]++
				s.saved[ki][ti] += saved
				if a != full {
					s.changed[ki][ti]++
				}
			}
		}
	}
}

func (s *stagedStats) print(name string, names map[uint8]string) {
	fmt.Printf("\n%s: %d decisions, %.1f lookups each (kept sums as now); scale %.4g\n", name, s.decisions2,
		float64(s.lookup2)/float64(s.decisions2), s.scale)
	fmt.Printf("eligible templates weakest first (mean|d|, lookups per decision):\n")
	for i, t := range s.weak {
		fmt.Printf("  %2d %-14s %6.3f %5.2f\n", i+1, names[t], s.absSum[t]/float64(s.decisions), float64(s.lookedT[t])/float64(s.decisions))
	}
	fmt.Printf("%4s %6s %9s %9s %11s %9s\n", "k", "T", "skipped%", "saved%", "changed", "per 2000")
	for ki, k := range s.ks {
		for ti, T := range s.ts {
			fmt.Printf("%4d %6.1f %9.2f %9.2f %11d %9.3f\n", k, T, 100*float64(s.skipped[ki][ti])/float64(s.decisions2),
				100*float64(s.saved[ki][ti])/float64(s.lookup2), s.changed[ki][ti], 2000*float64(s.changed[ki][ti])/float64(s.decisions2))
		}
	}
}

func TestStagedGrid(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	nsent := 4000
	if v, err := strconv.Atoi(os.Getenv("STAGED_SENTS")); err == nil {
		nsent = v
	}
	sents := trainSentences(t, nsent, 3)
	rest := map[uint8]bool{}
	for _, t := range append(append([]uint8(nil), m.parseRest...), m.parseWeak...) {
		rest[t] = true
	}
	allP := os.Getenv("STAGED_ALL") != ""
	ps := newStagedStats(nActions, m.parser.ScoreOf(1), func(t uint8) bool { return allP || rest[t] })
	ls := newStagedStats(m.labeler.Classes(), m.labeler.ScoreOf(1), func(t uint8) bool { return !headTemplates[t] })
	for _, w := range sents {
		m.stagedProbe(w, func(parser bool, d *decision) {
			if parser {
				ps.rank(d)
			} else {
				ls.rank(d)
			}
		})
	}
	ps.order([]int{5, 6, 8, 10, 12, 15, 20, 25, 30}, []float32{10, 20, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250})
	ls.order([]int{3, 4, 5, 6, 8, 10, 12, 15, 20}, []float32{5, 10, 15, 20, 25, 30, 40, 50, 60, 80})
	for _, w := range sents {
		m.stagedProbe(w, func(parser bool, d *decision) {
			if parser {
				ps.grid(d)
			} else {
				ls.grid(d)
			}
		})
	}
	ps.print(fmt.Sprintf("parser (%d EWT train sentences)", len(sents)), templateNames(t, "features.go", "fS0wp"))
	ls.print(fmt.Sprintf("labeller (%d EWT train sentences)", len(sents)), templateNames(t, "features_label.go", "lBias"))
}
