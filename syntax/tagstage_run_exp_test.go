//go:build experiment

package syntax

// The staged first pass run as the tagger runs it (its history, the word
// cache and both passes), for any set A and threshold: the lookups it
// makes and the tags it changes (see tagstage_exp_test.go).

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// stageCount counts a staged tagging's work: the first pass's scored
// words, those decided early, its lookups (own features on a word-cache
// miss, A, B), and the second pass's words and lookups.
type stageCount struct {
	scored, early, own, a, b, second, secondLookups int
	// cold counts the lookups of features not among the last looked up
	// (a direct-mapped table of 8,192 features): a proxy of the cache
	// misses, which cost more than the lookups of hot rows.
	cold int
	seen [1 << 13]uint64
	// early2: second-pass words decided early (stage2Sums); middle:
	// first-pass words decided at the third stage's middle (stageMiddle).
	early2, middle int
	// cache2, when set, counts the second-pass words a word cache of
	// their own would find (hit2) and the own lookups it would save.
	cache2        *wordCache
	hit2, hit2Own int
	// tplLook and tplCold count each context template's lookups and its
	// cold ones.
	tplLook, tplCold map[int]int
}

func (c *stageCount) look(feats []uint64) {
	for _, h := range feats {
		k := h >> 51
		if c.seen[k] != h {
			c.cold++
			c.seen[k] = h
		}
	}
}

func (c *stageCount) lookups() int { return c.own + c.a + c.b + c.secondLookups }

// stageTag tags words as Model.tag does, the first pass staged: A's
// templates inA, threshold tsum in integer sums (math.MaxInt32: never
// early, the full tagger). It returns the first pass's and the final
// tags.
func stageTag(m *Model, sc *scratch, cache *wordCache, words []string, inA map[int]bool, tsum int32, cnt *stageCount) (first, final []int32) {
	pm := m.tagger
	n := len(words)
	m.prepare(sc, words)
	out := make([]int32, n)
	margin := make([]float32, n)
	sums := make([]int32, pm.Classes())
	var tf []tplFeat
	var fa, fb []uint64
	tm1, tm2 := int32(-1), int32(-1)
	for i := range words {
		t := sc.ws[i+2].lexTag
		margin[i] = inf
		if t < 0 {
			cnt.scored++
			w := &sc.ws[i+2]
			s := words[i]
			own := make([]int32, pm.Classes())
			cacheable := len(s) > 0 && len(s) <= maxCachedWord
			sc.feats = tagStatic(sc.feats[:0], w, false)
			hit := false
			if cacheable {
				var slot int
				slot, hit = cache.slot(w, s, i == 0)
				if !hit {
					pm.SumInto(&sc.lookup, sc.feats, cache.part(slot))
					cache.set(slot, s, i == 0)
				}
				copy(own, cache.part(slot))
			} else {
				pm.SumInto(&sc.lookup, sc.feats, own)
			}
			if !hit {
				cnt.own += len(sc.feats)
				cnt.look(sc.feats)
			}
			tf = contextTemplates(tf[:0], sc.ws, i, tm1, tm2, false)
			fa, fb = fa[:0], fb[:0]
			if cnt.tplLook != nil && tsum == math.MaxInt32 {
				for _, f := range tf {
					cnt.tplLook[f.id]++
					if cnt.seen[f.h>>51] != f.h {
						cnt.tplCold[f.id]++
					}
				}
			}
			for _, f := range tf {
				if inA[f.id] {
					fa = append(fa, f.h)
				} else {
					fb = append(fb, f.h)
				}
			}
			pm.SumFrom(&sc.lookup, own, fa, sums)
			cnt.a += len(fa)
			cnt.look(fa)
			b, r := best2Sums(sums)
			if sums[b]-sums[r] >= tsum {
				cnt.early++
			} else if stageMiddle != nil {
				// A third stage: the middle templates, then the others.
				var f1, f2 []uint64
				for _, f := range tf {
					switch {
					case inA[f.id]:
					case stageMiddle[f.id]:
						f1 = append(f1, f.h)
					default:
						f2 = append(f2, f.h)
					}
				}
				pm.SumFrom(&sc.lookup, sums, f1, sums)
				cnt.b += len(f1)
				cnt.look(f1)
				b, r = best2Sums(sums)
				if sums[b]-sums[r] >= tsum {
					cnt.middle++
				} else {
					pm.SumFrom(&sc.lookup, sums, f2, sums)
					cnt.b += len(f2)
					cnt.look(f2)
					b, r = best2Sums(sums)
				}
			} else {
				pm.SumFrom(&sc.lookup, sums, fb, sums)
				cnt.b += len(fb)
				cnt.look(fb)
				b, r = best2Sums(sums)
			}
			t = b
			margin[i] = pm.ScoreOf(sums[b]) - pm.ScoreOf(sums[r])
		}
		out[i] = t
		tm2, tm1 = tm1, t
	}
	first = append([]int32(nil), out...)
	tm1, tm2 = -1, -1
	for i := range words {
		t := sc.ws[i+2].lexTag
		if t < 0 && margin[i] < m.sureMargin {
			cnt.second++
			hit := false
			if cnt.cache2 != nil && len(words[i]) > 0 && len(words[i]) <= maxCachedWord {
				w := &sc.ws[i+2]
				var slot int
				slot, hit = cnt.cache2.slot(w, words[i], i == 0)
				if hit {
					cnt.hit2++
					cnt.hit2Own += len(tagStatic(nil, w, false))
				} else {
					cnt.cache2.set(slot, words[i], i == 0)
				}
			}
			if hit { // its own sums kept: only its context looked up
				sc.feats = tagContext(sc.feats[:0], sc.ws, i, tm1, tm2, first, false)
				cnt.secondLookups += len(sc.feats)
				cnt.look(sc.feats)
				sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, first, false)
				m.tagger2.SumInto(&sc.lookup, sc.feats, sums)
				t, _ = best2Sums(sums)
			} else if stage2Sums == math.MaxInt32 {
				sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, first, false)
				cnt.secondLookups += len(sc.feats)
				cnt.look(sc.feats)
				m.tagger2.SumInto(&sc.lookup, sc.feats, sums)
				t, _ = best2Sums(sums)
			} else {
				// The second pass staged too: the word's own, strong and
				// first-pass-tag features, then the weak ones.
				sc.feats = tagStatic(sc.feats[:0], &sc.ws[i+2], false)
				sc.feats = tagStrong(sc.feats, sc.ws, i, tm1, tm2)
				sc.feats = secondPassHistory(secondPassFixed(sc.feats, &sc.ws[i+2], i, first), i, tm1, first)
				cnt.secondLookups += len(sc.feats)
				cnt.look(sc.feats)
				m.tagger2.SumInto(&sc.lookup, sc.feats, sums)
				b, r := best2Sums(sums)
				if sums[b]-sums[r] >= stage2Sums {
					cnt.early2++
				} else {
					sc.feats = tagWeak(sc.feats[:0], sc.ws, i, tm1, tm2, false)
					cnt.secondLookups += len(sc.feats)
					cnt.look(sc.feats)
					m.tagger2.SumFrom(&sc.lookup, sums, sc.feats, sums)
					b, _ = best2Sums(sums)
				}
				t = b
			}
		} else if t < 0 {
			t = out[i]
		}
		out[i] = t
		tm2, tm1 = tm1, t
	}
	return first, out
}

// stageMiddle, when set (STAGE_MIDDLE, template names), splits B in
// two: its templates are looked up, and the word decided when the margin
// is then at least T, before the others.
var stageMiddle map[int]bool

// stage2Sums is the second pass's threshold in its integer sums when it
// is staged as the first (STAGE_T2 in score units; MaxInt32: not staged).
var stage2Sums int32 = math.MaxInt32

// stageOrder is the greedy order of TestStageGreedy on EWT train;
// TestStageExact compares its first k as A. strongSet is tagStrong's.
var (
	stageOrder = []int{tTm1, tAmbp1, tWm1, tSuf3p1, tAmbp2, tTm1Ambp1, tWm1W0, tWm2, tW0Wp1, tUnkTm1Wn, tShapep1, tUnkTm1Suf3}
	strongSet  = []int{tTm1, tAmbp1, tWm1, tSuf3p1, tTm2, tAmbp2, tAmbm1, tWnp1, tShapep1, tTm1Wn0}
)

// TestStageExact tags EWT train's first STAGE_SENTS sentences (or dev
// with STAGE_DEV set, or the BBC and Wikinews sentences with STAGE_NEWS) with the
// staged first pass for A = the greedy order's first k (STAGE_K,
// default 6,9) and thresholds STAGE_T, and counts the lookups saved and
// the tags that differ from the full tagger's (first pass and final).
func TestStageExact(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	switch {
	case os.Getenv("STAGE_NEWS") != "":
		sents = newsSentences(t)
	case os.Getenv("STAGE_DEV") != "":
		sents = devSentences(t)
	default:
		n := 4000
		if v, err := strconv.Atoi(os.Getenv("STAGE_SENTS")); err == nil {
			n = v
		}
		_, sents = trainSample(t, n)
	}
	sc := m.getScratch()
	run := func(inA map[int]bool, tsum int32) (*stageCount, [][]int32, [][]int32) {
		c := &stageCount{}
		cache := newWordCache(m.tagger, cacheBits)
		var f1, f2 [][]int32
		for _, ws := range sents {
			a, b := stageTag(m, sc, cache, ws, inA, tsum, c)
			f1, f2 = append(f1, a), append(f2, b)
		}
		return c, f1, f2
	}
	base, bf, bt := run(nil, math.MaxInt32)
	if bits, err := strconv.Atoi(os.Getenv("STAGE_CACHE2")); err == nil {
		stageCache2Bits := bits
		c := &stageCount{cache2: newWordCache(m.tagger2, stageCache2Bits)}
		cache := newWordCache(m.tagger, cacheBits)
		for _, ws := range sents {
			stageTag(m, sc, cache, ws, nil, math.MaxInt32, c)
		}
		t.Logf("second-pass word cache: %d of %d words found, %d own lookups saved (%.3f of the tagger's lookups, %.3f of its cold ones)",
			c.hit2, c.second, c.hit2Own, 1-float64(c.lookups())/float64(base.lookups()), 1-float64(c.cold)/float64(base.cold))
	}
	if os.Getenv("STAGE_COLD") != "" {
		c := &stageCount{tplLook: map[int]int{}, tplCold: map[int]int{}}
		cache := newWordCache(m.tagger, cacheBits)
		for _, ws := range sents {
			stageTag(m, sc, cache, ws, nil, math.MaxInt32, c)
		}
		for id, n := range c.tplLook {
			t.Logf("cold %-13s %5.1f%% of %d lookups", tplNames[id], 100*float64(c.tplCold[id])/float64(n), n)
		}
	}
	tokens := 0
	for _, ws := range sents {
		tokens += len(ws)
	}
	t.Logf("%d sentences, %d tokens; full tagger: %d scored, lookups %d (own %d, context %d, second pass %d on %d words), cold %d",
		len(sents), tokens, base.scored, base.lookups(), base.own, base.b, base.secondLookups, base.second, base.cold)
	// The tagger as built (tagStrong: the greedy order's first 9,
	// earlyMargin) tags as the simulation does.
	inA := map[int]bool{}
	for _, id := range strongSet {
		inA[id] = true
	}
	_, _, prod := run(inA, earlySums(m.tagger))
	if os.Getenv("STAGE_SHOW") != "" { // the final tags that change, by pair
		pairs := map[string]int{}
		for j := range prod {
			for i := range prod[j] {
				if a, b := bt[j][i], prod[j][i]; a != b {
					pairs[m.tags[a].UPOS+"/"+m.tags[a].XPOS+" -> "+m.tags[b].UPOS+"/"+m.tags[b].XPOS]++
				}
			}
		}
		for p, n := range pairs {
			t.Logf("changed %-14s %d", p, n)
		}
	}
	for j, ws := range sents {
		if got := m.tagWords(ws); !slices.Equal(got, prod[j]) {
			t.Fatalf("sentence %d: the tagger's tags differ from the staged simulation's", j)
		}
	}
	scale := m.tagger.ScoreOf(1)
	sets := map[string][]int{}
	var names []string
	for _, k := range floats("STAGE_K", "6,9") {
		name := fmt.Sprintf("k=%d", int(k))
		sets[name] = stageOrder[:int(k)]
		names = append(names, name)
	}
	if v := os.Getenv("STAGE_SET"); v != "" {
		sets["set"] = templateIDs(t, v)
		names = append(names, "set")
	}
	if v := os.Getenv("STAGE_MIDDLE"); v != "" {
		stageMiddle = map[int]bool{}
		for _, id := range templateIDs(t, v) {
			stageMiddle[id] = true
		}
		defer func() { stageMiddle = nil }()
	}
	if v := floats("STAGE_T2", "0")[0]; v > 0 {
		stage2Sums = int32(math.Ceil(v / float64(m.tagger2.ScoreOf(1))))
		defer func() { stage2Sums = math.MaxInt32 }()
		t.Logf("second pass staged at T2=%g", v)
	}
	for _, name := range names {
		inA := map[int]bool{}
		for _, id := range sets[name] {
			inA[id] = true
		}
		for _, T := range floats("STAGE_T", "30,35,40,45,50") {
			tsum := int32(math.Ceil(T / float64(scale)))
			c, f, ft := run(inA, tsum)
			var d1, d2 int
			for j := range f {
				for i := range f[j] {
					d1 += b2i(f[j][i] != bf[j][i])
					d2 += b2i(ft[j][i] != bt[j][i])
				}
			}
			t.Logf("%s T=%g: early %.3f of scored; lookups %d (%.3f saved; cold %.3f saved); %d decided at the middle stage; second pass %d words (%d early); tags differ: first pass %d, final %d (1 in %.0f tokens)",
				name, T, float64(c.early)/float64(c.scored), c.lookups(), 1-float64(c.lookups())/float64(base.lookups()), 1-float64(c.cold)/float64(base.cold), c.middle, c.second, c.early2, d1, d2, float64(tokens)/float64(max(d2, 1)))
		}
	}
}

// templateIDs are the templates named in list (comma-separated, as in
// tplNames).
func templateIDs(t *testing.T, list string) []int {
	byName := map[string]int{}
	for id, n := range tplNames {
		byName[n] = id
	}
	var ids []int
	for _, n := range strings.Split(list, ",") {
		id, ok := byName[n]
		if !ok {
			t.Fatalf("no template %q", n)
		}
		ids = append(ids, id)
	}
	return ids
}
