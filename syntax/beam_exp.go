//go:build experiment

package syntax

// Beam search over the arc-hybrid transitions (Zhang and Clark 2008;
// Zhang and Nivre 2011), measured against the greedy parser of Parse: an
// experiment for issue 3 (see README.md, "Beam search"). Every complete
// parse of n words takes 2n transitions, so the items of a beam stay in
// step; an item's score is the sum of the parser's scores of the
// transitions it took (a forced transition adds nothing). Arcs are
// labelled by the model's labeller when an item that makes one survives
// into the beam, as Parse labels them, since later features read the
// labels.

import (
	"math"
	"slices"

	pc "dateline/internal/perceptron"
)

// beamNode is one transition of an item's history: the items of a beam
// share their histories' prefixes, and a history is read back through
// the parents.
type beamNode struct {
	parent int32 // index in beamSearch.nodes, -1 for the first transition
	act    int8
	label  int32
}

// beamItem is one hypothesis of the beam.
type beamItem struct {
	st    state
	score float64
	node  int32 // last transition taken (-1 before the first)
}

type beamCand struct {
	from  int
	act   int
	score float64
}

// beamSearch is the working memory of a beam parser; reused across
// sentences so that decoding allocates nothing once warm.
type beamSearch struct {
	k int
	// norm says how a transition's score adds to its item's: 0 the raw
	// score (as trained globally), -1 its margin over the best legal
	// transition, T > 0 its log-probability under a softmax over the
	// legal transitions at temperature T (for a locally trained model,
	// whose raw scores are not comparable between configurations).
	norm       float64
	cur, next  []beamItem
	cands      []beamCand
	nodes      []beamNode
	feats      []uint64
	scores     []float32
	pv         parseVec
	lv         labelVec
	actsBuf    []int8
	labelsBuf  []int32
	stepBest   []float64 // per step, the best item's score (for training)
	stepNode   []int32   // per step, the best item's last node
	goldInBeam []bool    // per step, whether the gold item survived
}

func newBeamSearch(k int) *beamSearch {
	return &beamSearch{k: k, cur: make([]beamItem, 0, k), next: make([]beamItem, k), scores: make([]float32, 256)}
}

// copyState copies src into dst, reusing dst's memory.
func copyState(dst, src *state) {
	dst.n, dst.b = src.n, src.b
	dst.stack = append(dst.stack[:0], src.stack...)
	cp := func(d, s []int32) []int32 { return append(d[:0], s...) }
	dst.head, dst.rel = cp(dst.head, src.head), cp(dst.rel, src.rel)
	dst.lc1, dst.lc2, dst.rc1, dst.rc2 = cp(dst.lc1, src.lc1), cp(dst.lc2, src.lc2), cp(dst.rc1, src.rc1), cp(dst.rc2, src.rc2)
	dst.nl, dst.nr = cp(dst.nl, src.nl), cp(dst.nr, src.nr)
	dst.lset = append(dst.lset[:0], src.lset...)
	dst.rset = append(dst.rset[:0], src.rset...)
}

// scorer scores the parser's transitions in a configuration: the
// committed model's table at inference, a trainer's weights in training.
type scorer func(feats []uint64, scores []float32)

// label names the arc transition a makes in st (the root's is rootRel).
func (m *Model) beamLabel(bs *beamSearch, x *sent, ws []word, st *state, a int) int32 {
	if a == shift {
		return -1
	}
	d, h := st.arc(a)
	if h == st.n {
		return m.rootRel
	}
	bs.feats = m.labelFeatures(bs.feats[:0], &bs.lv, x, ws, st, h, d)
	return int32(m.labeler.Predict(bs.feats, bs.scores, m.labAllowed))
}

// decode runs the beam over the sentence set in x (n words, hashed words
// ws) and leaves the best complete item in bs.cur[0]. With gold (training:
// the static oracle's transitions, 2n of them), it also records per step
// the best item's score and node and whether the gold prefix survived,
// and stops early when early is set and the gold prefix fell out.
// It returns the number of steps taken.
func (m *Model) decode(bs *beamSearch, score scorer, x *sent, ws []word, n int, gold []int8, early bool) int {
	bs.nodes = bs.nodes[:0]
	bs.stepBest, bs.stepNode, bs.goldInBeam = bs.stepBest[:0], bs.stepNode[:0], bs.goldInBeam[:0]
	bs.cur = bs.cur[:1]
	bs.cur[0].st.reset(n)
	bs.cur[0].score, bs.cur[0].node = 0, -1
	goldNode := int32(-1) // the gold prefix's node while it is in the beam
	var ok [nActions]bool
	steps := 0
	for !bs.cur[0].st.terminal() {
		bs.cands = bs.cands[:0]
		for i := range bs.cur {
			it := &bs.cur[i]
			it.st.legal(&ok)
			if a := only(&ok); a >= 0 {
				bs.cands = append(bs.cands, beamCand{i, a, it.score})
				continue
			}
			bs.feats = m.parseFeatures(bs.feats[:0], &bs.pv, x, &it.st)
			score(bs.feats, bs.scores)
			add := bs.normalise(&ok)
			for a := 0; a < nActions; a++ {
				if ok[a] {
					bs.cands = append(bs.cands, beamCand{i, a, it.score + add[a]})
				}
			}
		}
		// Best first; ties to the earlier item and the lower action, so
		// that a beam of one is the greedy parser.
		slices.SortStableFunc(bs.cands, func(a, b beamCand) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		})
		k := min(bs.k, len(bs.cands))
		if cap(bs.next) < k {
			bs.next = make([]beamItem, k)
		}
		bs.next = bs.next[:k]
		newGold := int32(-2)
		for j := 0; j < k; j++ {
			c := bs.cands[j]
			from := &bs.cur[c.from]
			l := m.beamLabel(bs, x, ws, &from.st, c.act)
			bs.nodes = append(bs.nodes, beamNode{parent: from.node, act: int8(c.act), label: l})
			nx := &bs.next[j]
			copyState(&nx.st, &from.st)
			nx.st.apply(c.act, l)
			nx.score, nx.node = c.score, int32(len(bs.nodes)-1)
			if gold != nil && from.node == goldNode && int8(c.act) == gold[steps] {
				newGold = nx.node
			}
		}
		bs.cur, bs.next = bs.next, bs.cur
		steps++
		if gold != nil {
			goldNode = newGold
			bs.stepBest = append(bs.stepBest, bs.cur[0].score)
			bs.stepNode = append(bs.stepNode, bs.cur[0].node)
			bs.goldInBeam = append(bs.goldInBeam, newGold >= 0)
			if early && newGold < 0 {
				return steps
			}
		}
	}
	return steps
}

// normalise returns what each legal transition adds to its item's score
// (see beamSearch.norm).
func (bs *beamSearch) normalise(ok *[nActions]bool) [nActions]float64 {
	var out [nActions]float64
	best := math.Inf(-1)
	for a := 0; a < nActions; a++ {
		out[a] = float64(bs.scores[a])
		if ok[a] {
			best = max(best, out[a])
		}
	}
	switch {
	case bs.norm < 0:
		for a := range out {
			out[a] -= best
		}
	case bs.norm > 0:
		z := 0.0
		for a := 0; a < nActions; a++ {
			if ok[a] {
				z += math.Exp((out[a] - best) / bs.norm)
			}
		}
		lz := math.Log(z)
		for a := range out {
			out[a] = (out[a]-best)/bs.norm - lz
		}
	}
	return out
}

// history writes the transitions and labels leading to node into the
// search's buffers, first to last.
func (bs *beamSearch) history(node int32) ([]int8, []int32) {
	bs.actsBuf, bs.labelsBuf = bs.actsBuf[:0], bs.labelsBuf[:0]
	for ; node >= 0; node = bs.nodes[node].parent {
		bs.actsBuf = append(bs.actsBuf, bs.nodes[node].act)
		bs.labelsBuf = append(bs.labelsBuf, bs.nodes[node].label)
	}
	slices.Reverse(bs.actsBuf)
	slices.Reverse(bs.labelsBuf)
	return bs.actsBuf, bs.labelsBuf
}

// ParseBeam is Parse with a beam of k items instead of the greedy choice
// (k = 1 gives Parse's trees); bs is the caller's working memory
// (newBeamSearch(k)), not safe for concurrent use.
func (m *Model) ParseBeam(s *Sentence, bs *beamSearch) {
	sc := m.tagInto(s)
	if sc == nil {
		return
	}
	defer m.pool.Put(sc)
	m.beamTree(sc, s.Words, s.Lemma, bs)
	m.treeInto(s, sc)
}

// beamTree parses the words of sc, tagged in sc.tags, with the beam and
// leaves the tree, punctuation repaired, in sc.st.
func (m *Model) beamTree(sc *scratch, words, lemmas []string, bs *beamSearch) {
	n := len(words)
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, words, lemmas)
	m.decode(bs, m.parser.Score, &sc.x, sc.ws[2:n+2], n, nil, false)
	copyState(&sc.st, &bs.cur[0].st)
	m.fixPunct(sc, words)
}

// staticOracle returns the arc-hybrid transitions that build the
// projective tree gold (gold[d] is d's head, n for the root), reducing as
// soon as a word has all its dependents.
func staticOracle(gold []int32) []int8 {
	n := int32(len(gold))
	var st state
	st.reset(int(n))
	missing := make([]int, n+1) // dependents not yet attached
	for _, h := range gold {
		missing[h]++
	}
	var out []int8
	for !st.terminal() {
		a := shift
		if k := len(st.stack); k > 0 {
			s0 := st.stack[k-1]
			switch {
			case missing[s0] == 0 && gold[s0] == st.b && (st.b < n || k == 1):
				a = left
			case missing[s0] == 0 && k > 1 && gold[s0] == st.stack[k-2]:
				a = right
			}
		}
		if a != shift {
			_, h := st.arc(a)
			missing[h]--
		} else if st.b >= n {
			return nil // not projective: no sequence
		}
		st.apply(a, 0)
		out = append(out, int8(a))
	}
	return out
}

// trainerScorer scores with a trainer's current weights.
func trainerScorer(t *pc.Trainer) scorer { return t.Score }
