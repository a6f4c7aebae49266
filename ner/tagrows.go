package ner

import (
	"sync"

	"dateline/internal/perceptron"
)

// Most of a decision's own features are tags: the one or two before it,
// and in the second pass the first pass's tags around it and over the
// document. They take few values (a tag, or "none", at each place: about
// 400 features in all), so a model's weight sums of each are read once
// into tagRows, and a decision adds those rows instead of looking the
// features up: two lookups a token in each pass instead of four and
// about fourteen. The sums are integers, so a token scores exactly as it
// would with every feature looked up (TestTagRowsScoreExactly).
type tagRows struct {
	prevTag  [nTags + 1]row            // fx(tPrevTag, p1)
	prevTags [nTags + 1][nTags + 1]row // fx2(tPrevTags, p2, p1)
	p1       [5][nTags + 1]row         // fx2(tP1, off+2, tag)
	p1Around [nTags + 1][nTags + 1]row // fx2(tP1Around, before, after)
	agg      [nTags]row                // fx(tAgg, tag)
	aggMajor [nTags]row                // fx(tAggMajor, tag)
	aggCase  [nTags][2]row             // fx2(tAggCase, tag, first or capitals)

	// Sums of rows that are always added together, one add instead of
	// two or three: prev[p2][p1] is prevTag[p1] + prevTags[p2][p1],
	// around[a][b] is p1[1][a] + p1[3][b] + p1Around[a][b].
	prev, around [nTags + 1][nTags + 1]row
}

// sum sets r to the sum of rows rs.
func (r *row) sum(rs ...*row) {
	*r = row{}
	for _, o := range rs {
		for c := range r {
			r[c] += o[c]
		}
	}
}

// row is the integer weight sums of one feature, by class.
type row [nAll]int32

// addPass adds to r the classes of o that pass decides by (pick reads
// those alone): half the work of adding the whole row. The other half of
// r stays what it was, and so do the scores pick reads.
//
// Written out class by class: a decision adds four to seven rows, and the
// loop's counting and bounds took more instructions than its adds.
func (r *row) addPass(o *row, pass int) {
	const _ = uint(nTags-9) + uint(9-nTags) // nine adds below
	a := (*[nTags]int32)(r[pass*nTags:])
	b := (*[nTags]int32)(o[pass*nTags:])
	a[0] += b[0]
	a[1] += b[1]
	a[2] += b[2]
	a[3] += b[3]
	a[4] += b[4]
	a[5] += b[5]
	a[6] += b[6]
	a[7] += b[7]
	a[8] += b[8]
}

// rowsOf reads the rows of m.
func rowsOf(m *perceptron.Model) *tagRows {
	rs := new(tagRows)
	var sc [nAll]float32
	one := make([]uint64, 1)
	get := func(dst *row, f uint64) {
		one[0] = f
		m.ScoreSplit(one, 1, dst[:], sc[:])
	}
	for a := range uint64(nTags + 1) {
		get(&rs.prevTag[a], fx(tPrevTag, a))
		for b := range uint64(nTags + 1) {
			get(&rs.prevTags[a][b], fx2(tPrevTags, a, b))
			get(&rs.p1Around[a][b], fx2(tP1Around, a, b))
		}
		for off := range uint64(5) {
			get(&rs.p1[off][a], fx2(tP1, off, a))
		}
	}
	for a := range nTags + 1 {
		for b := range nTags + 1 {
			rs.prev[a][b].sum(&rs.prevTag[b], &rs.prevTags[a][b])
			rs.around[a][b].sum(&rs.p1[1][a], &rs.p1[3][b], &rs.p1Around[a][b])
		}
	}
	for k := range uint64(nTags) {
		get(&rs.agg[k], fx(tAgg, k))
		get(&rs.aggMajor[k], fx(tAggMajor, k))
		get(&rs.aggCase[k][0], fx2(tAggCase, k, 0))
		get(&rs.aggCase[k][1], fx2(tAggCase, k, 1))
	}
	return rs
}

// modelRows caches the rows of each model (one in a running program).
var modelRows sync.Map // *perceptron.Model → *tagRows

func rowsFor(m *perceptron.Model) *tagRows {
	if r, ok := modelRows.Load(m); ok {
		return r.(*tagRows)
	}
	r, _ := modelRows.LoadOrStore(m, rowsOf(m))
	return r.(*tagRows)
}

// prevTags returns tokens i's tags before it (nTags: none) in a sentence
// starting at first.
func prevTags(i, first int, out []int) (p1, p2 int) {
	p1, p2 = nTags, nTags
	if i-1 >= first {
		p1 = out[i-1]
	}
	if i-2 >= first {
		p2 = out[i-2]
	}
	return p1, p2
}

// dynamic is dynamic through the rows and the word parts: it adds to acc
// the rows of the tag features, and the sums of the two features that
// join the tag before with the word, from token i's word part when that
// tag is the one guessed (dc.word), else looked up in m.
func (rs *tagRows) dynamic(acc *row, pass int, m *perceptron.Model, dc *decoder, f *feats, i, first int, out []int) {
	p1, p2 := prevTags(i, first, out)
	acc.addPass(&rs.prev[p2][p1], pass)
	t := &f.info[i]
	if p1 == guessedPrev(t) {
		acc.addPass((*row)(dc.guess[i*nAll:(i+1)*nAll]), pass)
		return
	}
	dc.fs = prevFeatures(dc.fs[:0], t, p1)
	acc.addPass(dc.hc.sums(m, dc, dc.fs), pass)
}

// second is decoder.second through the rows: every feature it makes is a
// row.
func (rs *tagRows) second(acc *row, dc *decoder, f *feats, i, first, end int, p1 []int) {
	at := func(j int) int {
		if j < first || j >= end {
			return nTags
		}
		return p1[j]
	}
	acc.addPass(&rs.p1[0][at(i-2)], 1)
	acc.addPass(&rs.p1[2][at(i)], 1)
	acc.addPass(&rs.p1[4][at(i+2)], 1)
	acc.addPass(&rs.around[at(i-1)][at(i+1)], 1)
	t := &f.info[i]
	if t.lowerCase {
		return
	}
	seen, major := elsewhere(&dc.agg[t.form], p1[i])
	for k := 0; k < nTags; k++ {
		if seen&(1<<k) != 0 {
			acc.addPass(&rs.agg[k], 1)
		}
	}
	if major >= 0 {
		acc.addPass(&rs.aggMajor[major], 1)
		acc.addPass(&rs.aggCase[major][t.startCase()], 1)
	}
}

// passesRows are pass1 and pass2 for model m through its rows rs: the same
// tags, but for the decisions taken without the weak features (early.go).
// A decision precompute or prefetch2 took with the tags before it guessed
// stands when those are the tags there.
func (dc *decoder) passesRows(m *perceptron.Model, rs *tagRows, f *feats, sents []sentRange, p1, out []int) {
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			if c := dc.early1[i]; c >= 0 {
				if g1, g2 := guessedTags(f, i, s); g1 == prevOf(i, s, p1) && (i-2 < s.first || p1[i-2] == g2) {
					dc.es.decided(0, true)
					p1[i] = int(c)
					continue
				}
			}
			var acc row
			rs.dynamic(&acc, 0, m, dc, f, i, s.first, p1)
			p1[i] = dc.staged(m, &acc, f, i, 0, prevOf(i, s, p1))
		}
	}
	dc.aggregate(f, p1)
	dc.prefetch2(m, rs, f, sents, p1)
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			if c := dc.early2[i]; c >= 0 {
				if prevOf(i, s, out) == prevOf(i, s, p1) && (i-2 < s.first || out[i-2] == p1[i-2]) {
					dc.es.decided(1, true)
					out[i] = int(c)
					continue
				}
			}
			var acc row
			rs.dynamic(&acc, 1, m, dc, f, i, s.first, out)
			rs.second(&acc, dc, f, i, s.first, s.end, p1)
			out[i] = dc.staged(m, &acc, f, i, 1, prevOf(i, s, out))
		}
	}
}

// prevOf is the class before token i of sentence s (nTags at its start).
func prevOf(i int, s sentRange, out []int) int {
	if i > s.first {
		return out[i-1]
	}
	return nTags
}
