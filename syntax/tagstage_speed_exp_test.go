//go:build experiment

package syntax

// The tagger as it was before the staged first pass, to time both in one
// process (see tagstage_exp_test.go).

import (
	"os"
	"strconv"
	"testing"

	pc "dateline/internal/perceptron"
)

// fullTagPass is tagPass as it was before the staged first pass (every
// scored word looks up all its context features at once): the baseline
// of TestStageSpeed, which runs both in one process.
func (m *Model) fullTagPass(sc *scratch, pm *pc.Model, first, out []int32) {
	if cap(sc.sums) < pm.Classes() {
		sc.sums = make([]int32, pm.Classes())
	}
	sc.sums = sc.sums[:pm.Classes()]
	tm1, tm2 := int32(-1), int32(-1)
	for i := range out {
		t := sc.ws[i+2].lexTag
		if t < 0 && (first == nil || sc.margin[i] < m.sureMargin) {
			if first == nil && len(sc.words) == len(out) {
				m.fullSumCached(sc, pm, sc.words, i, tm1, tm2)
			} else {
				sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, first, m.tagClusters)
				pm.SumInto(&sc.lookup, sc.feats, sc.sums)
			}
			var second int32
			t, second = best2Sums(sc.sums)
			sc.margin[i] = inf
			if second >= 0 {
				sc.margin[i] = pm.ScoreOf(sc.sums[t]) - pm.ScoreOf(sc.sums[second])
			}
		} else if t < 0 {
			t = out[i]
		} else {
			sc.margin[i] = inf
		}
		out[i] = t
		tm2, tm1 = tm1, t
	}
}

func (m *Model) fullSumCached(sc *scratch, pm *pc.Model, words []string, i int, tm1, tm2 int32) {
	s := words[i]
	w := &sc.ws[i+2]
	if len(s) == 0 || len(s) > maxCachedWord {
		sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, nil, m.tagClusters)
		pm.SumInto(&sc.lookup, sc.feats, sc.sums)
		return
	}
	if sc.cache == nil || sc.cache.pm != pm || sc.cache.bits != wordCacheBits {
		sc.cache = newWordCache(pm, wordCacheBits)
	}
	slot, ok := sc.cache.slot(w, s, i == 0)
	if ok {
		sc.feats = tagContext(sc.feats[:0], sc.ws, i, tm1, tm2, nil, m.tagClusters)
		pm.SumFrom(&sc.lookup, sc.cache.part(slot), sc.feats, sc.sums)
		return
	}
	sc.feats = tagStatic(sc.feats[:0], w, m.tagClusters)
	k := len(sc.feats)
	sc.feats = tagContext(sc.feats, sc.ws, i, tm1, tm2, nil, m.tagClusters)
	pm.SumSplit(&sc.lookup, sc.feats, k, sc.cache.part(slot), sc.sums)
	sc.cache.set(slot, s, i == 0)
}

// fullTag is Model.tag with fullTagPass.
func (m *Model) fullTag(sc *scratch, words []string) {
	n := len(words)
	m.prepare(sc, words)
	sc.words = words
	if cap(sc.tags) < n {
		sc.tags, sc.first = make([]int32, n), make([]int32, n)
	}
	sc.tags, sc.first = sc.tags[:n], sc.first[:n]
	if cap(sc.margin) < n {
		sc.margin = make([]float32, n)
	}
	sc.margin = sc.margin[:n]
	m.fullTagPass(sc, m.tagger, nil, sc.tags)
	copy(sc.first, sc.tags)
	m.fullTagPass(sc, m.tagger2, sc.first, sc.tags)
	sc.words = nil
}

// TestStageSpeed tags EWT dev (or the BBC and Wikinews sentences with
// STAGE_NEWS) with the full first pass and the staged one, rounds
// alternating in one process (STAGE_ROUNDS, default 8), and reports the
// tokens per CPU-second of each (tagging only: no lemmas).
func TestStageSpeed(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := devSentences(t)
	if os.Getenv("STAGE_NEWS") != "" {
		sents = newsSentences(t)
	}
	rounds := 8
	if v, err := strconv.Atoi(os.Getenv("STAGE_ROUNDS")); err == nil {
		rounds = v
	}
	tokens := 0
	for _, ws := range sents {
		tokens += len(ws)
	}
	sc := m.getScratch()
	var cpu [2]float64
	for r := range rounds {
		for k := range 2 {
			j := (k + r) % 2
			c0 := cpuSeconds()
			for _, ws := range sents {
				if j == 0 {
					m.fullTag(sc, ws)
				} else {
					m.prepare(sc, ws)
					sc.words = ws
					m.tag(sc, len(ws))
					sc.words = nil
				}
			}
			d := cpuSeconds() - c0
			cpu[j] += d
			t.Logf("round %d %s: %.0f tokens/cpu-s", r, []string{"full", "staged"}[j], float64(tokens)/d)
		}
	}
	t.Logf("full %.0f, staged %.0f tokens/cpu-s: ratio %.3f", float64(rounds*tokens)/cpu[0], float64(rounds*tokens)/cpu[1], cpu[0]/cpu[1])
}
