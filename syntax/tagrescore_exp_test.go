//go:build experiment

package syntax

import (
	"slices"
	"testing"

	pc "dateline/internal/perceptron"
)

// Can the committed parser's own scores choose between the tagger's two
// best tags (README.md, "Runner-up tags")? Each dev sentence with unsure
// words is rescored with the tagger's tags and again with a runner-up tag
// swapped in; the parse whose transitions score higher is kept. No
// training: go test -tags experiment -run TestTagRescore.

// parseScore is how well the parser liked its own parse: over the
// transitions it chose (forced ones left out), the sum of the chosen
// action's score, the sum of its margin over the best other legal action,
// and the number of such transitions.
type parseScore struct {
	sum, margin float64
	steps       int
}

// scorings are the ways a parse is judged; higher is better.
var scorings = []struct {
	name string
	of   func(parseScore) float64
}{
	{"sum of scores", func(p parseScore) float64 { return p.sum }},
	{"sum of margins", func(p parseScore) float64 { return p.margin }},
	{"mean score", func(p parseScore) float64 { return p.sum / float64(max(p.steps, 1)) }},
	{"mean margin", func(p parseScore) float64 { return p.margin / float64(max(p.steps, 1)) }},
}

// parseTotal is parseAlt without runner-up features, also returning the
// parser's score of its transitions.
func parseTotal(m *Model, sc *scratch, g *tsent, tags []int32) (heads, rels []int32, ps parseScore) {
	n := len(g.words)
	lem := make([]string, n)
	for i, tg := range tags {
		lem[i] = m.lemmas.lemma(g.words[i], tg)
	}
	m.prepare(sc, g.words)
	m.setSent(&sc.x, sc.ws, tags)
	m.setClasses(&sc.x, sc.ws, tags, g.words, lem)
	st := &sc.st
	st.reset(n)
	var ok [nActions]bool
	for !st.terminal() {
		st.legal(&ok)
		act := only(&ok)
		if act < 0 {
			sc.feats = m.parseFeatures(sc.feats[:0], &sc.pv, &sc.x, st)
			m.parser.Score(sc.feats, sc.scores)
			act = pc.Argmax(sc.scores[:nActions], ok[:])
			second := -inf
			for c := 0; c < nActions; c++ {
				if ok[c] && c != act && sc.scores[c] > second {
					second = sc.scores[c]
				}
			}
			ps.sum += float64(sc.scores[act])
			ps.margin += float64(sc.scores[act] - second)
			ps.steps++
		}
		l := int32(-1)
		if act != shift {
			d, h := st.arc(act)
			if h == st.n {
				l = m.rootRel
			} else {
				sc.feats = m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d)
				l = int32(m.labeler.Predict(sc.feats, sc.scores, m.labAllowed))
			}
		}
		st.apply(act, l)
	}
	heads = append([]int32(nil), st.head[:n]...)
	punct := make([]bool, n)
	for i, tg := range tags {
		punct[i] = m.isPunct(tg)
	}
	if n <= maxFixPunct {
		fixPunct(g.words, punct, heads)
	}
	return heads, append([]int32(nil), st.rel[:n]...), ps
}

// unsureWords are a's words with a runner-up below margin thr, the most
// unsure first.
func unsureWords(a *altTags, thr float32) []int {
	var u []int
	for i := range a.Tags {
		if a.Alt[i] >= 0 && a.Margin[i] < thr {
			u = append(u, i)
		}
	}
	slices.SortStableFunc(u, func(x, y int) int {
		switch {
		case a.Margin[x] < a.Margin[y]:
			return -1
		case a.Margin[x] > a.Margin[y]:
			return 1
		}
		return 0
	})
	return u
}

// TestTagRescore parses EWT dev with the committed model and, per
// scoring, keeps the runner-up tag of an unsure word (margin below 40)
// where the parse with it scores higher: (a) only the most unsure word of
// each sentence; (b) every unsure word in turn, most unsure first, each
// swap kept if it raises the score of the parse so far.
func TestTagRescore(t *testing.T) {
	const thr = 40
	dir := expDir(t)
	_, _, _, dev, load := expSetup(t, dir)
	m := load("model/syntax.model.zst")
	da := devAlt(m, dev)
	sc := m.getScratch()

	// The baseline and the single-word swap parses are shared by all
	// scorings.
	type rescored struct {
		h, r []int32
		ps   parseScore
	}
	base := make([]rescored, len(dev))
	swap := make([]*rescored, len(dev))
	first := make([]int, len(dev))
	var c tally
	withUnsure, unsureTotal, oracleRight := 0, 0, 0
	for k, g := range dev {
		h, r, ps := parseTotal(m, sc, g, da[k].Tags)
		base[k] = rescored{h, r, ps}
		c.add(g, m, h, r)
		u := unsureWords(&da[k], thr)
		unsureTotal += len(u)
		first[k] = -1
		if len(u) == 0 {
			continue
		}
		withUnsure++
		i := u[0]
		first[k] = i
		oracleRight += b2i(da[k].Alt[i] == g.tags[i])
		tags := slices.Clone(da[k].Tags)
		tags[i] = da[k].Alt[i]
		h, r, ps = parseTotal(m, sc, g, tags)
		swap[k] = &rescored{h, r, ps}
	}
	t.Logf("dev: %d sentences, %d with a word below margin %d (%d such words; the most unsure one's runner-up is gold in %d sentences)",
		len(dev), withUnsure, thr, unsureTotal, oracleRight)
	t.Logf("RESULT committed model, tagger's tags: dev %s", c)

	for _, s := range scorings {
		var c tally
		taken, right := 0, 0
		for k, g := range dev {
			p := base[k]
			if sw := swap[k]; sw != nil && s.of(sw.ps) > s.of(p.ps) {
				p = *sw
				taken++
				right += b2i(da[k].Alt[first[k]] == g.tags[first[k]])
			}
			c.add(g, m, p.h, p.r)
		}
		t.Logf("RESULT most unsure word, %s: dev %s; swaps %d, right %d; extra parses %.3f per sentence",
			s.name, c, taken, right, float64(withUnsure)/float64(len(dev)))
	}

	// The ceiling of (a): the swap taken exactly where it is right.
	var oc tally
	for k, g := range dev {
		p := base[k]
		if sw := swap[k]; sw != nil && da[k].Alt[first[k]] == g.tags[first[k]] {
			p = *sw
		}
		oc.add(g, m, p.h, p.r)
	}
	t.Logf("RESULT most unsure word, swapped where gold (ceiling): dev %s; swaps %d", oc, oracleRight)

	// The tagger's margin weighed against the parser's: swap only where
	// the parse gains more than lambda times the tagger's margin.
	for _, s := range scorings[:2] {
		for _, lambda := range []float64{0.5, 1, 2, 4, 8} {
			var c tally
			taken, right := 0, 0
			for k, g := range dev {
				p := base[k]
				if sw := swap[k]; sw != nil && s.of(sw.ps)-s.of(p.ps) > lambda*float64(da[k].Margin[first[k]]) {
					p = *sw
					taken++
					right += b2i(da[k].Alt[first[k]] == g.tags[first[k]])
				}
				c.add(g, m, p.h, p.r)
			}
			t.Logf("RESULT most unsure word, %s gain > %g x tagger margin: dev %s; swaps %d, right %d", s.name, lambda, c, taken, right)
		}
	}

	for _, s := range scorings {
		var c tally
		taken, right, extra := 0, 0, 0
		for k, g := range dev {
			p := base[k]
			tags := slices.Clone(da[k].Tags)
			for _, i := range unsureWords(&da[k], thr) {
				tags[i] = da[k].Alt[i]
				h, r, ps := parseTotal(m, sc, g, tags)
				extra++
				if s.of(ps) > s.of(p.ps) {
					p = rescored{h, r, ps}
					taken++
					right += b2i(tags[i] == g.tags[i])
					continue
				}
				tags[i] = da[k].Tags[i]
			}
			c.add(g, m, p.h, p.r)
		}
		t.Logf("RESULT all unsure words greedily, %s: dev %s; swaps %d, right %d; extra parses %.3f per sentence",
			s.name, c, taken, right, float64(extra)/float64(len(dev)))
	}
}
