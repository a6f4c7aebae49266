package ner

import (
	"math"

	"dateline/internal/perceptron"
)

// Most tokens of news are no name, and their word, with the shapes and
// gazetteer phrases around it, tells so with a wide margin: the words
// around it (alone and in pairs, one and two away), whose rows are mostly
// out of the processor's cache, change nothing there. A Tagger sums a token's
// word part and its strong context features first (precompute): a
// decision after O or the sentence start whose best tag leads the
// runner-up by earlyMargin or more is taken on those; any other looks the
// weak features up and decides on the full sums, as the tagger did
// before. The weak features of the tokens likely to need them are looked
// up together, a batch at a time (prefetch1, prefetch2), so that their
// cache misses overlap; a decision the guess missed looks its own up
// (fetchWeak), and made then (weakContext). No retraining: the features
// are the same, only grouped.
//
// The weak templates: tPrevLower, tNextLower, tPrev2Lower, tNext2Lower,
// tBigramL, tBigramR, tShape3, tPrevPrevLower, tNextNextShape. Chosen on
// CoNLL-2003 train (early_exp_test.go, ner/README.md): the word pairs
// alone saved a third fewer lookups at the same agreement, and the
// neighbours' shapes too changed far more tags.

// earlyMargin is the score margin between a pass's best two tags at which
// it takes the best without the weak features. Chosen on CoNLL-2003 train
// (early_exp_test.go): 40 is the least of 32, 40, 48 and 56 at which fewer
// than 1 first-pass tag in 3,000 differs from the full tagger's (26 of
// 206,465); 48 changes 8, for about 2 points fewer lookups saved.
const earlyMargin = 48

// earlyStats counts what the staged decisions did (experiments; nil in
// a running program).
type earlyStats struct {
	decisions, early [2]int // by pass
	prefetched       [2]int // tokens whose weak features a pass's batch looked up
	ondemand         [2]int // tokens whose weak features a decision looked up alone
	lookups          [4]int // own and guessed history (cache misses), strong, weak, tag history
	cold             [4]int // lookups of features not among the last coldSlots looked up
	recent           [coldSlots]uint64
}

const coldSlots = 8192

const (
	lkOwn = iota
	lkStrong
	lkWeak
	lkHistory
)

// look counts the lookups of feats of kind k.
func (es *earlyStats) look(feats []uint64, k int) {
	if es == nil {
		return
	}
	es.lookups[k] += len(feats)
	for _, h := range feats {
		slot := (h * 0x9e3779b97f4a7c15) >> (64 - 13)
		if es.recent[slot] != h {
			es.cold[k]++
			es.recent[slot] = h
		}
	}
}

// leadSums is the score margin in m's integer sums: the least difference
// of sums whose scores differ by margin or more (none for a margin beyond
// any sums: every decision then takes the weak features).
func leadSums(m *perceptron.Model, margin float32) int32 {
	v := math.Ceil(float64(margin) / float64(m.ScoreOf(1)))
	if v >= math.MaxInt32 {
		return math.MaxInt32
	}
	return int32(v)
}

// leads returns pass's best tag for token i after prev by the integer sums
// acc of the decision's own features and its static sums, when it leads
// the runner-up by lead or more and prev is O or the sentence start; else
// -1. After a name's tag the token may go on with the name ("of", "and"
// inside one), and the words around it are what tell: with the word pairs
// alone as the weak features and a margin of 48, 97 first-pass tags of
// every other BBC article changed without this rule and none with it
// (early_exp_test.go).
func (dc *decoder) leads(acc *row, i, pass, prev int, lead int32) int {
	if prev != 0 && prev != nTags {
		return -1
	}
	off := pass * nTags
	st := (*[nTags]int32)(dc.ist[i*nAll+off:])
	a := (*[nTags]int32)(acc[off:])
	// After O or the start a token is O or opens a name: the classes
	// allowed[prev] allows, O and the four B- classes, compared written
	// out (a loop's counting cost about what its comparisons did).
	const _ = uint(nTags-9) + uint(9-nTags) // O and four B-/I- pairs
	best, first, second := 0, a[0]+st[0], int32(math.MinInt32)
	best, first, second = lead2(best, first, second, 1, a[1]+st[1])
	best, first, second = lead2(best, first, second, 3, a[3]+st[3])
	best, first, second = lead2(best, first, second, 5, a[5]+st[5])
	best, first, second = lead2(best, first, second, 7, a[7]+st[7])
	if first-second < lead {
		return -1
	}
	return best
}

// lead2 takes class c, of sum v, into the best class so far and the best
// two sums.
func lead2(best int, first, second int32, c int, v int32) (int, int32, int32) {
	switch {
	case v > first:
		return c, v, first
	case v > second:
		return best, first, v
	}
	return best, first, second
}

// setStatic sets token i's static scores from its integer sums.
func (dc *decoder) setStatic(m *perceptron.Model, i int) {
	m.ScaleSums(dc.ist[i*nAll:(i+1)*nAll], dc.st[i*nAll:(i+1)*nAll])
}

// fetchWeak adds the weak features' sums of tokens toks to their static
// sums, in one lookup call.
func (dc *decoder) fetchWeak(m *perceptron.Model, f *feats, toks []int32) {
	dc.wf, dc.wends = dc.wf[:0], dc.wends[:0]
	for _, i := range toks {
		dc.wf = weakContext(dc.wf, f.info, int(i))
		dc.wends = append(dc.wends, len(dc.wf))
	}
	dc.es.look(dc.wf, lkWeak)
	dc.wsums = grow(dc.wsums, len(toks)*nAll)
	clear(dc.wsums)
	m.AddSegments(dc.wf, dc.wends, dc.wsums)
	for k, i := range toks {
		ist := dc.ist[int(i)*nAll : (int(i)+1)*nAll]
		for c, v := range dc.wsums[k*nAll : (k+1)*nAll] {
			ist[c] += v
		}
		dc.setStatic(m, int(i))
		dc.full[i] = true
	}
}

// staged returns pass's best tag for token i allowed after prev, the
// decision's own features summed in acc: on the sums without the weak
// features when the best leads by earlyMargin, else on the full sums
// (pick), looking the weak features up if need be.
func (dc *decoder) staged(m *perceptron.Model, acc *row, f *feats, i, pass, prev int) int {
	if !dc.full[i] {
		if c := dc.leads(acc, i, pass, prev, dc.lead); c >= 0 {
			dc.es.decided(pass, true)
			return c
		}
		one := [1]int32{int32(i)}
		dc.fetchWeak(m, f, one[:])
		if dc.es != nil {
			dc.es.ondemand[pass]++
		}
	}
	dc.es.decided(pass, false)
	off := pass * nTags
	m.ScaleSums(acc[off:off+nTags], dc.sc[off:off+nTags])
	return dc.pick(i, pass, prev)
}

// guessedTags are the tags before token i of sentence s that precompute
// guesses (its word part's, then O, or the start).
func guessedTags(f *feats, i int, s sentRange) (p1, p2 int) {
	p1, p2 = guessedPrev(&f.info[i]), 0
	if i-2 < s.first {
		p2 = nTags
	}
	return p1, p2
}

// prefetch1 decides in the first pass, with the tags before them
// guessed (guessedTags), the tokens of sentences sents that their sums
// without the weak features decide (dc.early1: the tag, or -1), and
// looks up together the weak features of the others.
func (dc *decoder) prefetch1(m *perceptron.Model, rs *tagRows, f *feats, sents []sentRange) {
	dc.need = dc.need[:0]
	lead := dc.lead
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			dc.early1[i] = -1
			if dc.full[i] {
				continue
			}
			c := -1
			// A token before a capitalised word may open a name, which
			// the word after tells: it is decided on all its features.
			if i+1 >= s.end || f.info[i+1].lowerCase {
				p1, p2 := guessedTags(f, i, s)
				var acc row
				acc.addPass(&rs.prev[p2][p1], 0)
				acc.addPass((*row)(dc.guess[i*nAll:(i+1)*nAll]), 0)
				c = dc.leads(&acc, i, 0, p1, lead)
			}
			dc.early1[i] = int8(c)
			// So is a token after one likely a name's (in doubt, or
			// decided a name's: leads).
			if c < 0 || i > s.first && dc.early1[i-1] != 0 {
				dc.need = append(dc.need, int32(i))
			}
		}
	}
	if len(dc.need) > 0 {
		dc.fetchWeak(m, f, dc.need)
		if dc.es != nil {
			dc.es.prefetched[0] += len(dc.need)
		}
	}
}

// prefetch2 is prefetch1 for the second pass (dc.early2), with the first
// pass's tags before each token as the guess of its own (the second pass
// mostly keeps them). The weak features of a token after a name's tag, or
// left in doubt, are looked up here; a token after a tag other than its
// word part's guess (the sentence start for a first word, else O) is
// decided in the pass, whose tag-history sums it needs.
func (dc *decoder) prefetch2(m *perceptron.Model, rs *tagRows, f *feats, sents []sentRange, p1 []int) {
	dc.need = dc.need[:0]
	lead := dc.lead
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			dc.early2[i] = -1
			if dc.full[i] {
				continue
			}
			b1, b2 := prevTags(i, s.first, p1)
			if b1 != 0 && b1 != nTags { // after a name's tag (leads)
				dc.need = append(dc.need, int32(i))
				continue
			}
			var acc row
			acc.addPass(&rs.prev[b2][b1], 1)
			acc.addPass((*row)(dc.guess[i*nAll:(i+1)*nAll]), 1)
			rs.second(&acc, dc, f, i, s.first, s.end, p1)
			c := dc.leads(&acc, i, 1, b1, lead)
			switch {
			case c < 0:
				dc.need = append(dc.need, int32(i))
			case b1 == guessedPrev(&f.info[i]):
				dc.early2[i] = int8(c)
			}
		}
	}
	if len(dc.need) > 0 {
		dc.fetchWeak(m, f, dc.need)
		if dc.es != nil {
			dc.es.prefetched[1] += len(dc.need)
		}
	}
}

// decided counts a decision of pass, early or not.
func (es *earlyStats) decided(pass int, early bool) {
	if es == nil {
		return
	}
	es.decisions[pass]++
	if early {
		es.early[pass]++
	}
}
