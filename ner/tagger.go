package ner

import (
	"strings"

	"dateline/internal/perceptron"
)

// The tag set: O and B-/I- for CoNLL's four types. Class numbers are part
// of the model format.
var (
	types = [...]string{"PER", "ORG", "LOC", "MISC"}
	tags  = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}
)

const nTags = len(tags)

// tagIndex maps a tag name to its class, -1 when unknown.
func tagIndex(t string) int {
	for i, x := range tags {
		if x == t {
			return i
		}
	}
	return -1
}

// typeOf is a class's entity type index (0 for O, 1..4 for PER..MISC).
func typeOf(c int) int { return (c + 1) / 2 }

// isInside reports whether class c is an I- tag.
func isInside(c int) bool { return c > 0 && c%2 == 0 }

// allowed[p] lists the classes that may follow class p (p = nTags for the
// sentence start): I-X only after B-X or I-X.
var allowed = func() [nTags + 1][]bool {
	var a [nTags + 1][]bool
	for p := 0; p <= nTags; p++ {
		a[p] = make([]bool, nTags)
		for c := 0; c < nTags; c++ {
			a[p][c] = !isInside(c) || (p < nTags && p > 0 && typeOf(p) == typeOf(c))
		}
	}
	return a
}()

// nAll is the number of classes of the model: one table holds both
// passes, pass 1's tags as classes [0,nTags) and pass 2's as
// [nTags,2*nTags), so that a token's static features are looked up once
// for both passes.
const nAll = 2 * nTags

// scorer is what decoding needs from a model or a trainer.
type scorer interface {
	Score(feats []uint64, scores []float32)
}

// decoder holds the buffers of one document's decoding.
type decoder struct {
	fs  []uint64
	sc  [nAll]float32
	st  []float32      // static-feature scores, nAll per token (nil: score them with the rest)
	agg [][nTags]int32 // by form (tokInfo.form): the first pass's tags of its capitalised tokens

	// guess holds every token's sums of its tag-history features for
	// the tag guessed before it (nAll a token); the others are
	// precompute's buffers of a batch of tokens (wordcache.go): each
	// one's word part, where it comes from (the cache slot of a word
	// found there), its first segment and where its context's sums are,
	// and the features, segment ends, sums and cache misses (words,
	// contexts) of the batch.
	guess []int32
	word  []int32
	from  []int32
	hit   []int32
	ctxAt []int32
	cmiss [][2]int32
	hc    *histCache // of the Tagger's word cache
	segOf []int32
	bf    []uint64
	ends  []int
	sums  []int32
	miss  [][2]int32

	// ist holds every token's integer static sums (nAll a token), of
	// its weak features too when full says so (early.go); wf, wends,
	// wsums and need are the buffers of a lookup of weak features.
	ist   []int32
	full  []bool
	wf    []uint64
	wends []int
	wsums []int32
	need  []int32
	// early1 and early2 are the tags each pass's sums without the weak
	// features gave a token with the tags before it guessed, -1 for none.
	early1, early2 []int8
	lead           int32 // the margin of an early decision in sums (leadSums)
	es             *earlyStats
}

// features starts token i's feature list: its static features, unless
// their scores were precomputed.
func (dc *decoder) features(f *feats, i int) {
	dc.fs = dc.fs[:0]
	if dc.st == nil {
		dc.fs = append(dc.fs, f.all[f.lo[i]:f.hi[i]]...)
	}
}

// decide scores dc.fs for token i and returns pass's best tag allowed
// after prev.
func (dc *decoder) decide(m scorer, i, pass, prev int) int {
	m.Score(dc.fs, dc.sc[:])
	return dc.pick(i, pass, prev)
}

// pick returns pass's best tag for token i allowed after prev, from the
// scores in dc.sc of its features other than the precomputed static ones.
func (dc *decoder) pick(i, pass, prev int) int {
	off := pass * nTags
	s := dc.sc[off : off+nTags]
	if dc.st != nil {
		base := dc.st[i*nAll+off : i*nAll+off+nTags]
		for k := range s {
			s[k] += base[k]
		}
	}
	return perceptron.Argmax(s, allowed[prev])
}

// dynamic appends the tag-history features of token i to dst.
func dynamic(dst []uint64, f *feats, i, first int, out []int) []uint64 {
	p1, p2 := uint64(nTags), uint64(nTags) // start
	if i-1 >= first {
		p1 = uint64(out[i-1])
	}
	if i-2 >= first {
		p2 = uint64(out[i-2])
	}
	dst = append(dst, fx(tPrevTag, p1), fx2(tPrevTags, p2, p1))
	return prevFeatures(dst, &f.info[i], int(p1))
}

// prevFeatures appends the tag-history features of token t that join the
// tag before it, p1, with the word: the same wherever the word recurs
// after that tag.
func prevFeatures(dst []uint64, t *tokInfo, p1 int) []uint64 {
	return append(dst, fx2(tPrevTagLower, uint64(p1), t.lower), fx2(tPrevTagShape, uint64(p1), t.shape))
}

// second appends the second pass's features of token i: the first pass's
// tags around it and how the first pass tagged the same word elsewhere in
// the document.
func (dc *decoder) second(dst []uint64, f *feats, i, first, end int, p1 []int) []uint64 {
	at := func(j int) uint64 {
		if j < first || j >= end {
			return uint64(nTags)
		}
		return uint64(p1[j])
	}
	for off := -2; off <= 2; off++ {
		dst = append(dst, fx2(tP1, uint64(off+2), at(i+off)))
	}
	dst = append(dst, fx2(tP1Around, at(i-1), at(i+1)))
	t := &f.info[i]
	if t.lowerCase {
		return dst
	}
	// A capitalised token counts in its form's tags (aggregate).
	seen, major := elsewhere(&dc.agg[t.form], p1[i])
	for k := 0; k < nTags; k++ {
		if seen&(1<<k) != 0 {
			dst = append(dst, fx(tAgg, uint64(k)))
		}
	}
	if major >= 0 {
		dst = append(dst, fx(tAggMajor, uint64(major)), fx2(tAggCase, uint64(major), uint64(t.startCase())))
	}
	return dst
}

// elsewhere returns the tags the first pass gave a form at its other
// occurrences, from the counts c over all of them less this occurrence's
// tag p: the set (bit k for tag k) and the most frequent (-1: none).
func elsewhere(c *[nTags]int32, p int) (seen uint32, major int32) {
	const _ = uint(32 - nTags) // seen holds a bit per tag
	var best int32
	major = -1
	for k := 0; k < nTags; k++ {
		n := c[k]
		if k == p {
			n--
		}
		if n > 0 {
			seen |= 1 << k
			if n > best {
				major, best = int32(k), n
			}
		}
	}
	return seen, major
}

// startCase is 1 for a token whose capital may be the line's rather than
// the word's (it opens a sentence or an all-capitals line), else 0.
func (t *tokInfo) startCase() int {
	if t.first || t.capsLine {
		return 1
	}
	return 0
}

// aggregate counts the first pass's tags of every capitalised form.
func (dc *decoder) aggregate(f *feats, p1 []int) {
	dc.agg = grow(dc.agg, f.forms)
	clear(dc.agg)
	for i := range f.info {
		if t := &f.info[i]; !t.lowerCase && t.form >= 0 {
			dc.agg[t.form][p1[i]]++
		}
	}
}

// sentRange is the [first,end) token range of a sentence, and its index
// in the document's Sentences.
type sentRange struct{ first, end, si int }

// pass1 tags every token greedily with the local model.
func (dc *decoder) pass1(m scorer, f *feats, sents []sentRange, out []int) {
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			out[i] = dc.step1(m, f, i, s, out)
		}
	}
}

func (dc *decoder) step1(m scorer, f *feats, i int, s sentRange, out []int) int {
	dc.features(f, i)
	dc.fs = dynamic(dc.fs, f, i, s.first, out)
	prev := nTags
	if i > s.first {
		prev = out[i-1]
	}
	return dc.decide(m, i, 0, prev)
}

// step2 decides token i in the second pass, given pass 1's tags (training
// and tests; a Tagger decides through its model's rows: passesRows).
func (dc *decoder) step2(m scorer, f *feats, i int, s sentRange, p1, out []int) int {
	dc.features(f, i)
	dc.fs = dynamic(dc.fs, f, i, s.first, out)
	dc.fs = dc.second(dc.fs, f, i, s.first, s.end, p1)
	prev := nTags
	if i > s.first {
		prev = out[i-1]
	}
	return dc.decide(m, i, 1, prev)
}

// Span is one entity found by the tagger: tokens [First,End) of CoNLL type
// Type (PER, ORG, LOC, MISC).
type Span struct {
	First, End int
	Type       string
}

// spans reads entities from classes (IOB2, with the conlleval rule for a
// stray I-).
func spans(cls []int) []Span {
	var out []Span
	cur := -1
	for i := 0; i <= len(cls); i++ {
		c := 0
		if i < len(cls) {
			c = cls[i]
		}
		starts := c > 0 && (!isInside(c) || cur < 0 || typeOf(cls[cur]) != typeOf(c))
		if cur >= 0 && (c == 0 || starts) {
			out = append(out, Span{cur, i, types[typeOf(cls[cur])-1]})
			cur = -1
		}
		if starts {
			cur = i
		}
	}
	return out
}

// classesOf turns tag names into classes (unknown tags are O).
func classesOf(tt []string) []int {
	out := make([]int, len(tt))
	for i, t := range tt {
		if c := tagIndex(strings.TrimSpace(t)); c > 0 {
			out[i] = c
		}
	}
	return out
}

var (
	_ scorer = (*perceptron.Model)(nil)
	_ scorer = (*perceptron.Trainer)(nil)
)
