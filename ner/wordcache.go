package ner

import (
	"dateline/internal/perceptron"
	"dateline/text"
)

// About half of a token's static features describe the word alone
// (ownFeatures): its form, case, shape and affixes, and whether it opens
// an all-capitals or ordinary sentence. Their weight sums are the same
// wherever the word recurs, and news repeats its words: "the", commas,
// "said", the names of the story. A tagger keeps those sums for the
// words it tagged lately in a direct-mapped cache keyed by the word as
// written and its two flags, and looks up only the context's features of
// a word it finds there. The sums are integers, so a token scores exactly
// as it did without the cache (syntax/tagcache.go does the same for the
// part-of-speech tagger).
//
// 4,096 slots (about 700 KB a tagger) rather than 1,024: since a slot also
// spares the word's tag-history lookups, BenchmarkTagBBC tags about 8%
// more tokens a CPU-second with them (ner/README.md, session 22).
const (
	cacheBits     = 12
	cacheSlots    = 1 << cacheBits
	maxCachedWord = 23 // longer words are not cached
)

// wordCache holds the word parts (wordSums int32s each) of cacheSlots
// words, in model m.
type wordCache struct {
	keys [cacheSlots]cacheKey
	sums [cacheSlots * wordSums]int32
	// pend is 1 + the token of the document being scored whose word
	// part will fill the slot, 0 for none.
	pend [cacheSlots]int32
	ctx  ctxCache  // the context parts (ctxcache.go)
	hist histCache // tag-history sums after an unguessed tag (histcache.go)
	m    *perceptron.Model
}

// A word's part of a token's sums: the sums of its own features, then
// those of its two tag-history features (dynamic's tPrevTagLower and
// tPrevTagShape) for the tag most likely before it, which depend on the
// word alone too: the sentence start before a sentence's first word, O
// before any other (guessedPrev).
const wordSums = 2 * nAll

// guessedPrev is the previous tag a word part's tag-history sums are for.
func guessedPrev(t *tokInfo) int {
	if t.first {
		return nTags
	}
	return 0
}

// cacheKey is a cached word as written and its flags; n == 0 marks an
// empty slot.
type cacheKey struct {
	n     uint8
	flags uint8
	b     [maxCachedWord]byte
}

// flagsOf is the part of a token's own features that is not its text.
func flagsOf(t *tokInfo) uint8 {
	var f uint8
	if t.first {
		f |= 1
	}
	if t.capsLine {
		f |= 2
	}
	return f
}

// slot returns the slot of word w (hashed in t) and whether it holds it.
func (c *wordCache) slot(t *tokInfo, w string) (int, bool) {
	fl := flagsOf(t)
	h := (t.word ^ uint64(fl)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	i := int(h >> (64 - cacheBits))
	k := &c.keys[i]
	return i, int(k.n) == len(w) && k.flags == fl && string(k.b[:k.n]) == w
}

// batchTokens bounds the tokens whose features precompute looks up in one
// call: enough for their cache misses to overlap, few enough for its
// buffers to stay small (a whole long article's took a few MB a tagger).
const batchTokens = 512

// precompute scores every token's static features once for both passes
// (dc.st) and sets the sums of its tag-history features for its guessed
// tag before (dc.guess), through cache c: a cached word's own and
// tag-history features are not looked up again. The features of the
// tokens of several sentences are looked up in one call (AddSegments).
func (dc *decoder) precompute(m *perceptron.Model, rs *tagRows, c *wordCache, d *text.Document, f *feats, sents []sentRange) {
	n := len(f.info)
	dc.st = grow(dc.st, n*nAll)
	dc.ist = grow(dc.ist, n*nAll)
	dc.full = grow(dc.full, n)
	dc.early1, dc.early2 = grow(dc.early1, n), grow(dc.early2, n)
	dc.guess = grow(dc.guess, n*nAll)
	if c.m != m {
		clear(c.keys[:])
		clear(c.pend[:])
		clear(c.ctx.keys[:])
		clear(c.ctx.pend[:])
		clear(c.hist.full[:])
		c.m = m
	}
	dc.hc = &c.hist
	for len(sents) > 0 {
		k := 1
		for k < len(sents) && sents[k].end-sents[0].first <= batchTokens {
			k++
		}
		dc.precomputeBatch(m, c, d, f, sents[:k])
		dc.prefetch1(m, rs, f, sents[:k])
		sents = sents[k:]
	}
}

// precomputeBatch is precompute for the sentences sents, one lookup call.
func (dc *decoder) precomputeBatch(m *perceptron.Model, c *wordCache, d *text.Document, f *feats, sents []sentRange) {
	b0 := sents[0].first
	n := sents[len(sents)-1].end - b0
	dc.word = grow(dc.word, n*wordSums)
	dc.from, dc.segOf, dc.hit = grow(dc.from, n), grow(dc.segOf, n), grow(dc.hit, n)
	dc.ctxAt = grow(dc.ctxAt, n)
	dc.bf, dc.ends, dc.miss, dc.cmiss = dc.bf[:0], dc.ends[:0], dc.miss[:0], dc.cmiss[:0]
	cc := &c.ctx
	// The segments of token b0+j from segOf[j]: its own features and its
	// tag-history features when its word part is looked up (from[j] <
	// 0). A word found in the cache takes its part (word[j]) from there,
	// or from the token of this batch whose part will fill the slot
	// (from[j]). A slot's sums are written only once the batch's are in,
	// so a word found there is read there (hit[j]) rather than copied.
	// Its context's sums, likewise, are those of a segment of the call
	// (ctxAt[j] >= 0: its own strong features, or those of a token before
	// it with the same) or of the context cache's slot -1-ctxAt[j].
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			j := i - b0
			dc.segOf[j] = int32(len(dc.ends))
			t := &f.info[i]
			dc.from[j] = -1
			if w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]; len(w) > 0 && len(w) <= maxCachedWord {
				slot, ok := c.slot(t, w)
				switch {
				case ok && c.pend[slot] > 0:
					dc.from[j] = c.pend[slot] - 1
				case ok:
					dc.from[j], dc.hit[j] = int32(j), int32(slot)
				default:
					k := &c.keys[slot]
					k.n, k.flags = uint8(copy(k.b[:], w)), flagsOf(t)
					c.pend[slot] = int32(j) + 1
					dc.miss = append(dc.miss, [2]int32{int32(j), int32(slot)})
				}
			}
			if dc.from[j] < 0 {
				lo := len(dc.bf)
				dc.bf = ownFeatures(dc.bf, t)
				dc.ends = append(dc.ends, len(dc.bf))
				dc.bf = prevFeatures(dc.bf, t, guessedPrev(t))
				dc.ends = append(dc.ends, len(dc.bf))
				dc.es.look(dc.bf[lo:], lkOwn)
			}
			lo := len(dc.bf)
			dc.bf = strongContext(dc.bf, f.info, i, s.first, s.end)
			slot, ok := cc.slot(dc.bf[lo:])
			switch {
			case ok && cc.pend[slot] > 0:
				dc.ctxAt[j] = cc.pend[slot] - 1
				dc.bf = dc.bf[:lo]
				continue
			case ok:
				dc.ctxAt[j] = int32(-1 - slot)
				dc.bf = dc.bf[:lo]
				continue
			case slot >= 0:
				cc.fill(slot, dc.bf[lo:])
				cc.pend[slot] = int32(len(dc.ends)) + 1
				dc.cmiss = append(dc.cmiss, [2]int32{int32(len(dc.ends)), int32(slot)})
			}
			dc.es.look(dc.bf[lo:], lkStrong)
			dc.ctxAt[j] = int32(len(dc.ends))
			dc.ends = append(dc.ends, len(dc.bf))
		}
	}
	dc.sums = grow(dc.sums, len(dc.ends)*nAll)
	clear(dc.sums)
	m.AddSegments(dc.bf, dc.ends, dc.sums)
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			j := i - b0
			seg := int(dc.segOf[j]) * nAll
			var wp []int32
			switch from := int(dc.from[j]); {
			case from < 0:
				wp = dc.word[j*wordSums : (j+1)*wordSums]
				copy(wp, dc.sums[seg:seg+wordSums])
			case from == j:
				slot := int(dc.hit[j])
				wp = c.sums[slot*wordSums : (slot+1)*wordSums]
			default:
				wp = dc.word[from*wordSums : (from+1)*wordSums]
			}
			var ctx []int32
			if at := int(dc.ctxAt[j]); at >= 0 {
				ctx = dc.sums[at*nAll : (at+1)*nAll]
			} else {
				ctx = cc.sums[(-1-at)*nAll : (-at)*nAll]
			}
			sum18((*[nAll]int32)(dc.ist[i*nAll:]), (*[nAll]int32)(wp), (*[nAll]int32)(ctx))
			// The scores pick reads are set once the weak features are in
			// (fetchWeak); a token decided without them needs none.
			dc.full[i] = false
			copy(dc.guess[i*nAll:(i+1)*nAll], wp[nAll:])
		}
	}
	for _, ms := range dc.miss {
		j, slot := int(ms[0]), int(ms[1])
		copy(c.sums[slot*wordSums:(slot+1)*wordSums], dc.word[j*wordSums:(j+1)*wordSums])
		c.pend[slot] = 0
	}
	for _, ms := range dc.cmiss {
		seg, slot := int(ms[0]), int(ms[1])
		copy(cc.sums[slot*nAll:(slot+1)*nAll], dc.sums[seg*nAll:(seg+1)*nAll])
		cc.pend[slot] = 0
	}
}

// sum18 sets dst to a + b, written out: the loop's counting and bounds
// cost more than its adds.
func sum18(dst, a, b *[nAll]int32) {
	const _ = uint(nAll-18) + uint(18-nAll) // eighteen adds below
	dst[0], dst[1], dst[2], dst[3], dst[4], dst[5] = a[0]+b[0], a[1]+b[1], a[2]+b[2], a[3]+b[3], a[4]+b[4], a[5]+b[5]
	dst[6], dst[7], dst[8], dst[9], dst[10], dst[11] = a[6]+b[6], a[7]+b[7], a[8]+b[8], a[9]+b[9], a[10]+b[10], a[11]+b[11]
	dst[12], dst[13], dst[14], dst[15], dst[16], dst[17] = a[12]+b[12], a[13]+b[13], a[14]+b[14], a[15]+b[15], a[16]+b[16], a[17]+b[17]
}
