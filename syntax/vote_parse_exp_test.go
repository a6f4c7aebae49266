//go:build experiment

package syntax

import (
	"math"
	"slices"
	"testing"

	pc "dateline/internal/perceptron"
)

// Right-to-left parsing and parser combination, measured in README.md
// ("Two directions"): a parser trained on the reversed sentences (without
// their closing punctuation), each arc's confidence from the transition
// scores, a projective maximum spanning tree over the two parsers' arcs
// (Eisner), and the labeller replayed over the final tree. Experiments,
// not part of the package: go test -tags experiment.

// reverseTS is s read from right to left (heads renumbered).
func reverseTS(s *tsent) *tsent {
	n := len(s.words)
	r := &tsent{words: make([]string, n), tags: make([]int32, n), heads: make([]int32, n), rels: make([]int32, n), lemmas: make([]string, n)}
	for i := 0; i < n; i++ {
		j := n - 1 - i
		r.words[j], r.tags[j], r.rels[j], r.lemmas[j] = s.words[i], s.tags[i], s.rels[i], s.lemmas[i]
		if h := s.heads[i]; h < 0 {
			r.heads[j] = -1
		} else {
			r.heads[j] = int32(n-1) - h
		}
	}
	return r
}

func rev32(a []int32) []int32 {
	r := make([]int32, len(a))
	for i, v := range a {
		r[len(a)-1-i] = v
	}
	return r
}

func revStr(a []string) []string {
	r := make([]string, len(a))
	for i, v := range a {
		r[len(a)-1-i] = v
	}
	return r
}

// trimRTL is the number of words the right-to-left parser sees: the
// sentence without its closing punctuation marks (leaves), which a
// right-to-left parser would hold at the bottom of its stack to the end.
func trimRTL(m *Model, tags []int32, heads []int32) int {
	k := len(tags)
	for k > 1 && m.isPunct(tags[k-1]) {
		if heads != nil {
			leaf := true
			for _, h := range heads[:k-1] {
				leaf = leaf && h != int32(k-1)
			}
			if !leaf {
				break
			}
		}
		k--
	}
	return k
}

// reverseTrim is s's first k words reversed, for training.
func reverseTrim(s *tsent, k int) *tsent {
	return reverseTS(&tsent{words: s.words[:k], tags: s.tags[:k], heads: s.heads[:k], rels: s.rels[:k], lemmas: s.lemmas[:k]})
}

// parseRTL parses words (tagged tags, lemmas lem) right to left with mr and
// returns the tree in the sentence's order; the marks left out by trimRTL
// hang from the root word with weight 0. trim false parses the whole
// sentence (a parser trained so, VOTE_NOTRIM).
func parseRTL(m, mr *Model, sr *scratch, words []string, tags []int32, lem []string, trim bool) parsed {
	n := len(words)
	k := n
	if trim {
		k = trimRTL(m, tags, nil)
	}
	rw := revStr(words[:k])
	mr.prepare(sr, rw)
	sr.tags = rev32(tags[:k])
	sr.words, sr.lemma = rw, revStr(lem[:k])
	br := parseScored(mr, sr, k, 1)
	b := parsed{head: make([]int32, n), rel: make([]int32, n), conf: make([]float64, n), margin: make([]float64, n), raw: make([][nActions]float64, n), act: make([]int, n)}
	root := int32(-1)
	for i := 0; i < k; i++ {
		j := k - 1 - i
		h := br.head[j]
		if h == int32(k) {
			h = int32(n)
			root = int32(i)
		} else {
			h = int32(k-1) - h
		}
		b.head[i], b.rel[i], b.conf[i], b.margin[i], b.raw[i], b.act[i] = h, br.rel[j], br.conf[j], br.margin[j], br.raw[j], br.act[j]
	}
	for i := k; i < n; i++ {
		b.head[i], b.rel[i], b.conf[i], b.margin[i] = root, int32(slices.Index(m.rels, "punct")), 0, 0
		for t := range b.raw[i] {
			b.raw[i][t] = math.Inf(-1)
		}
	}
	return b
}

// parsed is one parser's tree: heads (n for the root), relations and, for
// each word, the scores of the transition that attached it.
type parsed struct {
	head, rel []int32
	conf      []float64           // probability (softmax over legal actions, T=1) of the attaching action
	margin    []float64           // its score less the best other legal action's
	raw       [][nActions]float64 // scores of the attaching step, -inf for illegal actions
	act       []int
}

// prob is the softmax probability at temperature T of the action that attached d.
func (p parsed) prob(d int, T float64) float64 {
	if math.IsInf(p.raw[d][p.act[d]], -1) {
		return 0 // left out of the parse
	}
	var z float64
	for _, s := range p.raw[d] {
		if !math.IsInf(s, -1) {
			z += math.Exp((s - p.raw[d][p.act[d]]) / T)
		}
	}
	return 1 / z
}

// parseScored is m.parse, recording the attaching transition's scores.
func parseScored(m *Model, sc *scratch, n int, T float64) parsed {
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, sc.words, sc.lemma)
	st := &sc.st
	st.reset(n)
	p := parsed{conf: make([]float64, n), margin: make([]float64, n), raw: make([][nActions]float64, n), act: make([]int, n)}
	var ok [nActions]bool
	for !st.terminal() {
		st.legal(&ok)
		a := only(&ok)
		cf, mg := 1.0, 1e3
		var raw [nActions]float64
		for t := range raw {
			raw[t] = math.Inf(-1)
		}
		if a < 0 {
			sc.feats = m.parseFeatures(sc.feats[:0], &sc.pv, &sc.x, st)
			m.parser.Score(sc.feats, sc.scores)
			a = pc.Argmax(sc.scores[:nActions], ok[:])
			var z float64
			mg = math.Inf(1)
			for t := 0; t < nActions; t++ {
				if ok[t] {
					raw[t] = float64(sc.scores[t])
					z += math.Exp((float64(sc.scores[t]) - float64(sc.scores[a])) / T)
					if t != a {
						mg = min(mg, float64(sc.scores[a]-sc.scores[t]))
					}
				}
			}
			cf = 1 / z
		}
		l := int32(-1)
		if a != shift {
			d, h := st.arc(a)
			p.conf[d], p.margin[d] = cf, mg
			if math.IsInf(raw[a], -1) {
				raw[a] = 0 // forced
			}
			p.raw[d], p.act[d] = raw, a
			if h == st.n {
				l = m.rootRel
			} else {
				sc.feats = m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d)
				l = int32(m.labeler.Predict(sc.feats, sc.scores, m.labAllowed))
			}
		}
		st.apply(a, l)
	}
	p.head = append([]int32(nil), st.head[:n]...)
	p.rel = append([]int32(nil), st.rel[:n]...)
	return p
}

// relabel replays the static oracle for the projective tree heads (n for
// the root) and names each arc with m's labeller as it is made.
func relabel(m *Model, sc *scratch, n int, heads []int32) []int32 {
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, sc.words, sc.lemma)
	st := &sc.st
	st.reset(n)
	g := make([]int32, n+1)
	copy(g, heads)
	var ok [nActions]bool
	var cost [nActions]int
	for !st.terminal() {
		st.legal(&ok)
		costs(st, g, &ok, &cost)
		a := -1
		for _, t := range []int{left, right, shift} { // reduce first when free
			if ok[t] && cost[t] == 0 {
				a = t
				break
			}
		}
		if a < 0 {
			panic("not projective")
		}
		l := int32(-1)
		if a != shift {
			d, h := st.arc(a)
			if h == st.n {
				l = m.rootRel
			} else {
				sc.feats = m.labelFeatures(sc.feats[:0], &sc.lv, &sc.x, sc.ws[2:n+2], st, h, d)
				l = int32(m.labeler.Predict(sc.feats, sc.scores, m.labAllowed))
			}
		}
		st.apply(a, l)
	}
	return append([]int32(nil), st.rel[:n]...)
}

// eisner returns the projective tree with one root dependent maximising
// the sum of w[d][h] (h = n for the root).
func eisner(w [][]float64, n int) []int32 {
	const neg = -1e18
	// complete[s][t][dir], incomplete[s][t][dir]; dir 0: head at t (left arcs), 1: head at s.
	C := make([][][2]float64, n)
	I := make([][][2]float64, n)
	Cb := make([][][2]int32, n)
	Ib := make([][][2]int32, n)
	for s := 0; s < n; s++ {
		C[s], I[s] = make([][2]float64, n), make([][2]float64, n)
		Cb[s], Ib[s] = make([][2]int32, n), make([][2]int32, n)
	}
	for k := 1; k < n; k++ {
		for s := 0; s+k < n; s++ {
			t := s + k
			best, bq := neg, int32(-1)
			for q := s; q < t; q++ {
				if v := C[s][q][1] + C[q+1][t][0]; v > best {
					best, bq = v, int32(q)
				}
			}
			I[s][t][0], Ib[s][t][0] = best+w[s][t], bq // t -> s
			I[s][t][1], Ib[s][t][1] = best+w[t][s], bq // s -> t
			best, bq = neg, -1
			for q := s; q < t; q++ {
				if v := C[s][q][0] + I[q][t][0]; v > best {
					best, bq = v, int32(q)
				}
			}
			C[s][t][0], Cb[s][t][0] = best, bq
			best, bq = neg, -1
			for q := s + 1; q <= t; q++ {
				if v := I[s][q][1] + C[q][t][1]; v > best {
					best, bq = v, int32(q)
				}
			}
			C[s][t][1], Cb[s][t][1] = best, bq
		}
	}
	heads := make([]int32, n)
	root, best := 0, neg
	for r := 0; r < n; r++ {
		if v := C[0][r][0] + C[r][n-1][1] + w[r][n]; v > best {
			root, best = r, v
		}
	}
	heads[root] = int32(n)
	var comp, inc func(s, t, dir int)
	comp = func(s, t, dir int) {
		if s == t {
			return
		}
		q := int(Cb[s][t][dir])
		if dir == 0 {
			comp(s, q, 0)
			inc(q, t, 0)
		} else {
			inc(s, q, 1)
			comp(q, t, 1)
		}
	}
	inc = func(s, t, dir int) {
		if dir == 0 {
			heads[s] = int32(t)
		} else {
			heads[t] = int32(s)
		}
		q := int(Ib[s][t][dir])
		comp(s, q, 1)
		comp(q+1, t, 0)
	}
	comp(0, root, 0)
	comp(root, n-1, 1)
	return heads
}

func TestEisnerRecoversTree(t *testing.T) {
	// A projective tree with every arc weighted 1 and no other arc.
	heads := []int32{1, 3, 1, 7, 5, 3, 3} // word 3 is the root's (n=7)
	n := len(heads)
	w := make([][]float64, n)
	for d := range w {
		w[d] = make([]float64, n+1)
		for h := range w[d] {
			w[d][h] = -1
		}
		w[d][heads[d]] = 1
	}
	got := eisner(w, n)
	for d := range heads {
		if got[d] != heads[d] {
			t.Fatalf("eisner = %v, want %v", got, heads)
		}
	}
}
