//go:build experiment

package syntax

// What the parser's accuracy loses when lookups are left out at
// inference (no retraining): the templates of least contribution
// (TestZeroTemplates) and the features that read a word seen fewer than
// twice in training (TestRareWordLookups). The probe is lookups_exp_test.go's.

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"testing"
)

// devScore parses EWT dev with m and returns UAS and LAS (universal
// relations), as the bench scores them.
func devScore(t *testing.T, m *Model) (uas, las float64) {
	var s Sentence
	return devScoreWith(t, func(words []string) ([]int, []string) {
		s.Words = words
		m.Parse(&s)
		return s.Head, s.Rel
	})
}

// devScoreWith is devScore of the parses of parse.
func devScoreWith(t *testing.T, parse func(words []string) ([]int, []string)) (uas, las float64) {
	sents, err := readTreebank(devPath)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	n, u, l := 0, 0, 0
	for _, cs := range sents {
		ids := cs.Words()
		if len(ids) == 0 {
			continue
		}
		heads, err := cs.Heads()
		if err != nil {
			t.Fatal(err)
		}
		words = words[:0]
		for _, i := range ids {
			words = append(words, cs.Lines[i].Form)
		}
		ph, pr := parse(words)
		for j, i := range ids {
			n++
			if ph[j] == heads[j] {
				u++
				if universal(pr[j]) == universal(cs.Lines[i].Deprel) {
					l++
				}
			}
		}
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}

// TestZeroTemplates measures dev UAS and LAS with the parser templates of
// least mean |contribution| left out at inference (no retraining), the k
// weakest for several k, and the share of lookups each set saves.
func TestZeroTemplates(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ps := newLookupStats(nActions)
	pr := probe{parse: func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int) {
		ps.observe(base.parser, all, feats, nfresh, scores, ok, a)
	}}
	for _, words := range devSentences(t) {
		base.probeParse(words, pr)
	}
	var ts []uint8
	for tm := range ps.byT {
		ts = append(ts, tm)
	}
	mean := func(tm uint8) float64 { return ps.byT[tm].absSum / float64(ps.byT[tm].uses) }
	sort.Slice(ts, func(i, j int) bool { return mean(ts[i]) < mean(ts[j]) })
	names := templateNames(t, "features.go", "fS0wp")
	u0, l0 := devScore(t, base)
	fmt.Printf("all templates: UAS %.4f LAS %.4f\n", u0, l0)
	for _, k := range []int{1, 2, 3, 6, 10, 14, 20} {
		m := loadFresh(t)
		drop := map[uint8]bool{}
		saved := 0
		var dropped []string
		for _, tm := range ts[:k] {
			drop[tm] = true
			saved += ps.byT[tm].lookups
			dropped = append(dropped, names[tm])
		}
		keep := func(l []uint8) []uint8 {
			return slices.DeleteFunc(slices.Clone(l), func(tm uint8) bool { return drop[tm] })
		}
		m.parseBuf, m.parseState = keep(m.parseBuf), keep(m.parseState)
		u, l := devScore(t, m)
		fmt.Printf("drop %2d (%.1f%% of lookups): UAS %.4f (%+.4f) LAS %.4f (%+.4f) %v\n", k,
			100*float64(saved)/float64(ps.lookups), u, u-u0, l, l-l0, dropped)
	}
}

// wordSlots are, per parser template, the positions whose word it reads
// (S0, S1, S2, B0-B2 and the children S0l, S0l2, S0r, S1r, B0l, B0l2),
// read from its name.
func wordSlots(names map[uint8]string) map[uint8][]string {
	re := regexp.MustCompile(`(S0|S1|S2|B0|B1|B2)(l2|r2|l|r)?w`)
	out := map[uint8][]string{}
	for t, n := range names {
		for _, m := range re.FindAllStringSubmatch(n, -1) {
			out[t] = append(out[t], m[1]+m[2])
		}
	}
	return out
}

// slotPos is the word position a slot names in st (-1: none; st.n: root).
func slotPos(st *state, slot string) int32 {
	var p int32
	switch slot[:2] {
	case "S0":
		p = st.stackAt(0)
	case "S1":
		p = st.stackAt(1)
	case "S2":
		p = st.stackAt(2)
	case "B0":
		p = st.b
	case "B1":
		p = next(st.b, st.n+1)
	case "B2":
		if p = next(st.b, st.n+1); p >= 0 {
			p = next(p, st.n+1)
		}
	}
	switch slot[2:] {
	case "l":
		p = at(st.lc1, p)
	case "l2":
		p = at(st.lc2, p)
	case "r":
		p = at(st.rc1, p)
	case "r2":
		p = at(st.rc2, p)
	}
	return p
}

// TestRareWordLookups measures the parser's lookups whose template reads
// the word of a position holding a word seen fewer than twice in training
// (not in the tagger's lexicon), how many of those find a row, and dev UAS
// and LAS with those features left out at inference.
func TestRareWordLookups(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	slots := wordSlots(templateNames(t, "features.go", "fS0wp"))
	rare := func(st *state, ws []word, ts []uint8, out []bool) {
		for i, tm := range ts {
			out[i] = false
			for _, sl := range slots[tm] {
				if p := slotPos(st, sl); p >= 0 && p < st.n && !ws[p+2].known {
					out[i] = true
				}
			}
		}
	}
	var total, rareN, rareHit int
	row := make([]float32, 8)
	var cur []bool
	pr := probe{
		drop: func(st *state, ws []word, ts []uint8, out []bool) {
			rare(st, ws, ts, out)
			cur = append(cur[:0], out...)
			clear(out)
		},
		parse: func(fresh, all []uint8, feats []uint64, nfresh int, scores []float32, ok []bool, a int) {
			for i := len(feats) - nfresh; i < len(feats); i++ {
				total++
				if cur[i] {
					rareN++
					m.parser.Score(feats[i:i+1], row)
					if slices.ContainsFunc(row[:nActions], func(w float32) bool { return w != 0 }) {
						rareHit++
					}
				}
			}
		},
	}
	for _, words := range devSentences(t) {
		m.probeParse(words, pr)
	}
	fmt.Printf("EWT dev: %d lookups, %.1f%% read a rare word, %.1f%% of those find a row\n", total,
		100*float64(rareN)/float64(total), 100*float64(rareHit)/float64(rareN))
	u0, l0 := devScore(t, m)
	u, l := devScoreWith(t, func(words []string) ([]int, []string) {
		h, r := m.probeParse(words, probe{drop: rare, parse: func([]uint8, []uint8, []uint64, int, []float32, []bool, int) {}})
		heads, rels := make([]int, len(h)), make([]string, len(h))
		for i := range h {
			heads[i], rels[i] = int(h[i]), m.rels[r[i]]
			if int(h[i]) >= len(h) {
				heads[i] = -1
			}
		}
		return heads, rels
	})
	fmt.Printf("rare-word features left out: UAS %.4f (%+.4f) LAS %.4f (%+.4f)\n", u, u-u0, l, l-l0)
}
