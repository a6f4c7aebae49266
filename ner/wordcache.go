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
const (
	cacheSlots    = 1024 // a power of two
	maxCachedWord = 23   // longer words are not cached
)

// wordCache holds the own-feature sums of cacheSlots words, nAll int32s
// each, in model m.
type wordCache struct {
	keys [cacheSlots]cacheKey
	sums [cacheSlots * nAll]int32
	m    *perceptron.Model
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
	i := int(h >> 54 & (cacheSlots - 1))
	k := &c.keys[i]
	return i, int(k.n) == len(w) && k.flags == fl && string(k.b[:k.n]) == w
}

// precompute scores every token's static features once for both passes,
// through cache c: a cached word's own features are not looked up again.
func (dc *decoder) precompute(m *perceptron.Model, c *wordCache, d *text.Document, f *feats, sents []sentRange) {
	dc.st = grow(dc.st, len(f.info)*nAll)
	if c.m != m {
		*c = wordCache{m: m}
	}
	for _, s := range sents {
		for i := s.first; i < s.end; i++ {
			st := dc.st[i*nAll : (i+1)*nAll]
			w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
			if len(w) == 0 || len(w) > maxCachedWord {
				m.Score(f.all[f.lo[i]:f.hi[i]], st)
				continue
			}
			t := &f.info[i]
			slot, ok := c.slot(t, w)
			part := c.sums[slot*nAll : (slot+1)*nAll]
			if ok {
				m.ScoreFrom(part, f.all[f.mid[i]:f.hi[i]], st)
				continue
			}
			m.ScoreSplit(f.all[f.lo[i]:f.hi[i]], f.mid[i]-f.lo[i], part, st)
			k := &c.keys[slot]
			k.n, k.flags = uint8(copy(k.b[:], w)), flagsOf(t)
		}
	}
}
