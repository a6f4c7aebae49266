//go:build experiment

package syntax

// Staged scoring in the tagger's first pass (README.md, "The tagger
// decides on its strong features first"): a word's own sums (the word
// cache's) plus a few strong context templates (set A) decide it when
// their margin is at least T; else the other context templates (B) are
// looked up and the full sums decide. These tests rank the context
// templates and build A under the full tagger's history;
// tagstage_run_exp_test.go runs the staged tagger for any A and T (the
// words decided early, the lookups saved, the tags changed) and
// tagstage_speed_exp_test.go times it against the tagger before it.

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	pc "dateline/internal/perceptron"
)

// tplFeat is a context feature and its template.
type tplFeat struct {
	id int
	h  uint64
}

// contextTemplates is tagContext of the first pass (first nil) with each
// feature's template (the same features: checked by collectStage).
func contextTemplates(out []tplFeat, ws []word, i int, tm1, tm2 int32, clus bool) []tplFeat {
	w := &ws[i+2]
	m1, m2, p1, p2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	add := func(id int, h uint64) { out = append(out, tplFeat{id, h}) }
	add(tWm1, pc.Hash1(tWm1, m1.lower))
	add(tWm2, pc.Hash1(tWm2, m2.lower))
	add(tWp1, pc.Hash1(tWp1, p1.lower))
	add(tWp2, pc.Hash1(tWp2, p2.lower))
	add(tSuf3m1, pc.Hash1(tSuf3m1, m1.suf[2]))
	add(tSuf3p1, pc.Hash1(tSuf3p1, p1.suf[2]))
	add(tShapem1, pc.Hash1(tShapem1, m1.shape))
	add(tShapep1, pc.Hash1(tShapep1, p1.shape))
	add(tAmbp1, pc.Hash1(tAmbp1, p1.amb))
	add(tAmbm1, pc.Hash1(tAmbm1, m1.amb))
	add(tAmbp2, pc.Hash1(tAmbp2, p2.amb))
	add(tWnp1, pc.Hash1(tWnp1, p1.wn))
	if w.known {
		add(tWm1W0, pc.Hash2(tWm1W0, m1.lower, w.lower))
		add(tW0Wp1, pc.Hash2(tW0Wp1, w.lower, p1.lower))
	} else {
		add(tUnkAmbp1Suf3, pc.Hash2(tUnkAmbp1Suf3, p1.amb, w.suf[2]))
	}
	if clus || w.tl != 0 {
		panic("contextTemplates: clusters and tag lexicon not covered")
	}
	t1, t2 := uint64(tm1+1), uint64(tm2+1)
	add(tTm1, pc.Hash1(tTm1, t1))
	add(tTm2, pc.Hash1(tTm2, t2))
	add(tTm1Tm2, pc.Hash2(tTm1Tm2, t1, t2))
	add(tTm1Ambp1, pc.Hash2(tTm1Ambp1, t1, p1.amb))
	add(tTm1Wn0, pc.Hash2(tTm1Wn0, t1, w.wn))
	if w.known {
		add(tTm1W0, pc.Hash2(tTm1W0, t1, w.lower))
		add(tTm1W0Wp1, hash3(tTm1W0Wp1, t1, w.lower, p1.lower))
	} else {
		add(tUnkTm1Suf3, pc.Hash2(tUnkTm1Suf3, t1, w.suf[2]))
		add(tUnkTm1Shape, pc.Hash2(tUnkTm1Shape, t1, w.shape))
		add(tUnkTm1Wn, hash3(tUnkTm1Wn, t1, w.wn, w.morph))
	}
	return out
}

var tplNames = map[int]string{
	tWm1: "Wm1", tWm2: "Wm2", tWp1: "Wp1", tWp2: "Wp2", tSuf3m1: "Suf3m1", tSuf3p1: "Suf3p1",
	tShapem1: "Shapem1", tShapep1: "Shapep1", tAmbp1: "Ambp1", tAmbm1: "Ambm1", tAmbp2: "Ambp2",
	tWnp1: "Wnp1", tWm1W0: "Wm1W0", tW0Wp1: "W0Wp1", tUnkAmbp1Suf3: "UnkAmbp1Suf3", tTm1: "Tm1",
	tTm2: "Tm2", tTm1Tm2: "Tm1Tm2", tTm1Ambp1: "Tm1Ambp1", tTm1Wn0: "Tm1Wn0", tTm1W0: "Tm1W0",
	tTm1W0Wp1: "Tm1W0Wp1", tUnkTm1Suf3: "UnkTm1Suf3", tUnkTm1Shape: "UnkTm1Shape", tUnkTm1Wn: "UnkTm1Wn",
}

// stageWord is a first-pass word the classifier scored: its own sums,
// and each context feature's template and sums, under the full tagger's
// tags before it.
type stageWord struct {
	own  []int32
	tpl  []int
	sums [][]int32
}

func trainSample(t *testing.T, n int) (*Model, [][]string) {
	_, _, train, _, _ := expSetup(t, expDir(t))
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.tagClusters || m.tagLex {
		t.Fatal("model with clusters or tag lexicon: contextTemplates does not cover it")
	}
	var sents [][]string
	for _, s := range train[:min(n, len(train))] {
		sents = append(sents, s.words)
	}
	return m, sents
}

// collectStage tags sents with the full first pass and returns its
// scored words.
func collectStage(t *testing.T, m *Model, sents [][]string) []stageWord {
	ws, _ := collectStageCold(t, m, sents)
	return ws
}

// collectStageCold is collectStage that also returns each context
// template's share of cold lookups (stageCount.cold's proxy).
func collectStageCold(t *testing.T, m *Model, sents [][]string) ([]stageWord, map[int]float64) {
	cnt := &stageCount{tplLook: map[int]int{}, tplCold: map[int]int{}}
	pm := m.tagger
	sc := m.getScratch()
	sums := make([]int32, pm.Classes())
	var out []stageWord
	var tf []tplFeat
	for _, words := range sents {
		m.prepare(sc, words)
		tm1, tm2 := int32(-1), int32(-1)
		for i := range words {
			t0 := sc.ws[i+2].lexTag
			if t0 < 0 {
				var sw stageWord
				sc.feats = tagStatic(sc.feats[:0], &sc.ws[i+2], false)
				sw.own = make([]int32, pm.Classes())
				pm.SumInto(&sc.lookup, sc.feats, sw.own)
				tf = contextTemplates(tf[:0], sc.ws, i, tm1, tm2, false)
				ctx := tagContext(sc.feats[:0], sc.ws, i, tm1, tm2, nil, false)
				if len(ctx) != len(tf) {
					t.Fatalf("contextTemplates: %d features, tagContext %d", len(tf), len(ctx))
				}
				hs := make([]uint64, 0, len(tf))
				for _, f := range tf {
					hs = append(hs, f.h)
				}
				slices.Sort(hs)
				slices.Sort(ctx)
				if !slices.Equal(hs, ctx) {
					t.Fatal("contextTemplates: its features differ from tagContext's")
				}
				for _, f := range tf {
					cnt.tplLook[f.id]++
					if cnt.seen[f.h>>51] != f.h {
						cnt.tplCold[f.id]++
						cnt.seen[f.h>>51] = f.h
					}
				}
				copy(sums, sw.own)
				for _, f := range tf {
					v := make([]int32, pm.Classes())
					pm.SumInto(&sc.lookup, []uint64{f.h}, v)
					sw.tpl = append(sw.tpl, f.id)
					sw.sums = append(sw.sums, v)
					for c := range sums {
						sums[c] += v[c]
					}
				}
				t0, _ = best2Sums(sums)
				out = append(out, sw)
			}
			tm2, tm1 = tm1, t0
		}
	}
	cold := map[int]float64{}
	for id, n := range cnt.tplLook {
		cold[id] = float64(cnt.tplCold[id]) / float64(n)
	}
	return out, cold
}

// TestStageRank ranks the first pass's context templates on EWT train
// (STAGE_SENTS sentences, default 4,000) as the parser's table in
// README.md "Weight lookups" does: hit%, mean |d| (d: the template's
// weight for the best tag minus the runner-up's) and decisive% (d above
// the margin). Then for the top-k of that ranking as A and thresholds T:
// the share of the words decided early and how many of them differ from
// the full decision, under the full tagger's history (with STAGE_NESTED).
func TestStageRank(t *testing.T) {
	n := 4000
	if v, err := strconv.Atoi(os.Getenv("STAGE_SENTS")); err == nil {
		n = v
	}
	m, sents := trainSample(t, n)
	ws, cold := collectStageCold(t, m, sents)
	scale := m.tagger.ScoreOf(1)
	inStrong := map[int]bool{}
	for _, id := range strongSet {
		inStrong[id] = true
	}
	type stat struct {
		n, hit, decisive int
		absd             float64
	}
	st := map[int]*stat{}
	full := make([]int32, m.tagger.Classes())
	for _, w := range ws {
		copy(full, w.own)
		for _, v := range w.sums {
			for c := range full {
				full[c] += v[c]
			}
		}
		b, r := best2Sums(full)
		margin := full[b] - full[r]
		for j, id := range w.tpl {
			s := st[id]
			if s == nil {
				s = &stat{}
				st[id] = s
			}
			s.n++
			v := w.sums[j]
			nz := false
			for _, x := range v {
				nz = nz || x != 0
			}
			if nz {
				s.hit++
			}
			d := v[b] - v[r]
			s.absd += math.Abs(float64(d)) * float64(scale)
			if d > margin {
				s.decisive++
			}
		}
	}
	ids := make([]int, 0, len(st))
	for id := range st {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		sa, sb := st[ids[a]], st[ids[b]]
		return float64(sa.decisive)/float64(len(ws)) > float64(sb.decisive)/float64(len(ws))
	})
	t.Logf("%d sentences, %d scored first-pass words; scale %g", len(sents), len(ws), scale)
	t.Logf("%-14s %8s %6s %8s %9s %6s %s", "template", "words%", "hit%", "mean|d|", "decisive%", "cold%", "set")
	for _, id := range ids {
		s := st[id]
		set := "weak"
		if inStrong[id] {
			set = "strong"
		}
		t.Logf("%-14s %8.1f %6.1f %8.3f %9.3f %6.1f %s", tplNames[id], 100*float64(s.n)/float64(len(ws)), 100*float64(s.hit)/float64(s.n), s.absd/float64(s.n), 100*float64(s.decisive)/float64(len(ws)), 100*cold[id], set)
	}
	if os.Getenv("STAGE_NESTED") == "" {
		return
	}
	// Nested sets: the top k of the ranking.
	ts := floats("STAGE_T", "20,30,40,60,80,100")
	for k := 0; k <= len(ids); k++ {
		inA := map[int]bool{}
		for _, id := range ids[:k] {
			inA[id] = true
		}
		var line strings.Builder
		fmt.Fprintf(&line, "k=%2d", k)
		for _, T := range ts {
			early, wrong, saved, total := stageEval(ws, inA, float32(T), scale, full)
			fmt.Fprintf(&line, "  T=%g early %.3f wrong %d saved %.3f", T, float64(early)/float64(len(ws)), wrong, float64(saved)/float64(total))
		}
		t.Log(line.String())
	}
}

// stageEval counts the words decided early by A's sums with margin ≥ T,
// those whose early tag differs from the full one, and the context
// lookups saved of all context lookups.
func stageEval(ws []stageWord, inA map[int]bool, T, scale float32, acc []int32) (early, wrong, saved, total int) {
	full := make([]int32, len(acc))
	for _, w := range ws {
		copy(acc, w.own)
		copy(full, w.own)
		nb := 0
		for j, id := range w.tpl {
			v := w.sums[j]
			for c := range full {
				full[c] += v[c]
			}
			if inA[id] {
				for c := range acc {
					acc[c] += v[c]
				}
			} else {
				nb++
			}
		}
		total += len(w.tpl)
		b, r := best2Sums(acc)
		if float32(acc[b]-acc[r])*scale >= T {
			early++
			saved += nb
			if fb, _ := best2Sums(full); fb != b {
				wrong++
			}
		}
	}
	return
}

// stageBest is, for set A and a budget of early tags that may differ
// from the full ones, the least threshold T (≥ 20, in score units) within
// the budget and the early words and saved lookups at it.
func stageBest(ws []stageWord, full []int32, inA map[int]bool, weight map[int]float64, scale float32, budget int) (T float32, early, wrong int, saved, total float64) {
	type wm struct {
		margin float32
		wrong  bool
		nb     float64
	}
	ms := make([]wm, len(ws))
	acc := make([]int32, len(full)/len(ws))
	nc := len(acc)
	for k, w := range ws {
		copy(acc, w.own)
		nb := 0.0
		for j, id := range w.tpl {
			wt := 1.0
			if weight != nil {
				wt = weight[id]
			}
			total += wt
			if inA[id] {
				for c, x := range w.sums[j] {
					acc[c] += x
				}
			} else {
				nb += wt
			}
		}
		b, r := best2Sums(acc)
		fb, _ := best2Sums(full[k*nc : (k+1)*nc])
		ms[k] = wm{float32(acc[b]-acc[r]) * scale, fb != b, nb}
	}
	var wm2 []float32
	for _, m := range ms {
		if m.wrong {
			wm2 = append(wm2, m.margin)
		}
	}
	sort.Slice(wm2, func(a, b int) bool { return wm2[a] > wm2[b] })
	T = 20
	if len(wm2) > budget {
		T = max(T, wm2[budget]+0.01)
	}
	for _, m := range ms {
		if m.margin >= T {
			early++
			saved += m.nb
			if m.wrong {
				wrong++
			}
		}
	}
	return
}

// TestStageGreedy builds A one template at a time, adding the one that
// saves the most cold lookups (stageCount.cold: each template's lookups
// weighted by its share of cold ones on the same sentences; with
// STAGE_BYLOOKUPS, all lookups) at its best T within the budget
// (STAGE_BUDGET early tags differing from the full ones per 3,000 words,
// default 1).
func TestStageGreedy(t *testing.T) {
	n := 4000
	if v, err := strconv.Atoi(os.Getenv("STAGE_SENTS")); err == nil {
		n = v
	}
	m, sents := trainSample(t, n)
	ws, cold := collectStageCold(t, m, sents)
	if os.Getenv("STAGE_BYLOOKUPS") != "" {
		cold = nil
	}
	scale := m.tagger.ScoreOf(1)
	nc := m.tagger.Classes()
	full := make([]int32, len(ws)*nc)
	for k, w := range ws {
		f := full[k*nc : (k+1)*nc]
		copy(f, w.own)
		for _, v := range w.sums {
			for c := range f {
				f[c] += v[c]
			}
		}
	}
	per := floats("STAGE_BUDGET", "1")[0]
	budget := int(per * float64(len(ws)) / 3000)
	all := map[int]bool{}
	for _, w := range ws {
		for _, id := range w.tpl {
			all[id] = true
		}
	}
	inA := map[int]bool{}
	T, early, wrong, saved, total := stageBest(ws, full, inA, cold, scale, budget)
	t.Logf("%d words, budget %d: A={} T=%.1f early %.3f wrong %d saved %.3f", len(ws), budget, T, float64(early)/float64(len(ws)), wrong, saved/total)
	var order []string
	for len(inA) < len(all) {
		bestID, bestSaved := -1, -1.0
		var bT float32
		var bE, bW int
		for id := range all {
			if inA[id] {
				continue
			}
			inA[id] = true
			T, e, w, s, _ := stageBest(ws, full, inA, cold, scale, budget)
			delete(inA, id)
			if s > bestSaved || s == bestSaved && id < bestID {
				bestID, bestSaved, bT, bE, bW = id, s, T, e, w
			}
		}
		inA[bestID] = true
		order = append(order, tplNames[bestID])
		t.Logf("+%-13s cold %4.1f%% T=%6.1f early %.3f wrong %3d saved %.3f", tplNames[bestID], 100*cold[bestID], bT, float64(bE)/float64(len(ws)), bW, bestSaved/total)
	}
	t.Logf("order: %s", strings.Join(order, " "))
}
