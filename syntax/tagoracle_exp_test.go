//go:build experiment

package syntax

import (
	"slices"
	"testing"
)

// TestTagOracle measures which tagging errors cost the parser: EWT dev is
// parsed by the committed model with its own tags, then again with the
// gold tag restored only where the predicted one was wrong in one way
// (gold UPOS -> predicted UPOS, or the XPOS alone: UPOS gold XPOS ->
// predicted XPOS), and the UAS and LAS
// gained are printed for the most frequent kinds of error.
func TestTagOracle(t *testing.T) {
	dir := expDir(t)
	_, _, _, dev, load := expSetup(t, dir)
	m := load("model/syntax.model.zst")
	sc := m.getScratch()
	pred := make([][]int32, len(dev))
	lems := make([][]string, len(dev))
	kinds := map[string]int{}
	kindOf := func(g, p int32) string {
		gt, pt := m.tags[g], m.tags[p]
		if gt.UPOS == pt.UPOS {
			return gt.UPOS + " " + gt.XPOS + "->" + pt.XPOS
		}
		return gt.UPOS + "->" + pt.UPOS
	}
	for k, g := range dev {
		n := len(g.words)
		m.prepare(sc, g.words)
		sc.words = g.words
		m.tag(sc, n)
		pred[k] = append([]int32(nil), sc.tags...)
		for i, p := range pred[k] {
			if p != g.tags[i] {
				kinds[kindOf(g.tags[i], p)]++
			}
		}
	}
	// parse scores dev with the tags fix(k, i) chooses.
	parse := func(fix func(k, i int) bool) tally {
		var c tally
		for k, g := range dev {
			n := len(g.words)
			tags := slices.Clone(pred[k])
			for i := range tags {
				if fix(k, i) {
					tags[i] = g.tags[i]
				}
			}
			lem := make([]string, n)
			for i, tg := range tags {
				lem[i] = m.lemmas.lemma(g.words[i], tg)
			}
			lems[k] = lem
			m.prepare(sc, g.words)
			sc.tags, sc.words, sc.lemma = tags, g.words, lem
			p := parseScored(m, sc, n, 1)
			punct := make([]bool, n)
			for i, tg := range tags {
				punct[i] = m.isPunct(tg)
			}
			if n <= maxFixPunct {
				fixPunct(g.words, punct, p.head)
			}
			c.add(g, m, p.head, p.rel)
		}
		return c
	}
	base := parse(func(k, i int) bool { return false })
	all := parse(func(k, i int) bool { return true })
	t.Logf("predicted tags %v; gold tags %v", base, all)
	type kv struct {
		k string
		n int
	}
	var top []kv
	for k, n := range kinds {
		top = append(top, kv{k, n})
	}
	slices.SortFunc(top, func(a, b kv) int { return b.n - a.n })
	for _, e := range top[:min(len(top), 24)] {
		c := parse(func(k, i int) bool {
			g := dev[k]
			return pred[k][i] != g.tags[i] && kindOf(g.tags[i], pred[k][i]) == e.k
		})
		t.Logf("%-14s %4d words: fixed, %s (UAS %+d, LAS %+d words)", e.k, e.n, c, c.uas-base.uas, c.las-base.las)
	}
	errs := 0
	for _, e := range top {
		errs += e.n
	}
	t.Logf("%d tagging errors of %d kinds", errs, len(top))
}
