package ner

// A token's strong context features (strongContext) take few values
// together: the shapes of the words beside it, the gazetteer phrases it
// and they are in, and the document's casing of it. Most tokens of news
// share a handful of such sets (a lower-case word between two others, a
// word before a comma), so a tagger keeps the sums of the last sets it
// looked up in a direct-mapped cache keyed by the set itself, as the word
// cache keeps a word's own: a token whose set is there looks none of them
// up. The sums are integers, so a token scores exactly as without it
// (TestWordCacheScoresExactly, TestContextCacheKeysExactly).
const (
	ctxBits  = 11
	ctxSlots = 1 << ctxBits
	maxCtx   = 8 // tokens with more strong features are not cached
)

// ctxCache holds the context sums (nAll int32s each) of ctxSlots sets of
// strong features.
type ctxCache struct {
	keys [ctxSlots]ctxKey
	sums [ctxSlots * nAll]int32
	// pend is 1 + the segment of the batch being looked up whose sums
	// will fill the slot, 0 for none.
	pend [ctxSlots]int32
}

// ctxKey is a set of strong features as strongContext made it (in its
// order); n == 0 marks an empty slot.
type ctxKey struct {
	n     uint8
	feats [maxCtx]uint64
}

// slot returns the slot of the features fs and whether it holds them;
// ok is false for fs too many to cache.
func (c *ctxCache) slot(fs []uint64) (int, bool) {
	if len(fs) == 0 || len(fs) > maxCtx {
		return -1, false
	}
	h := uint64(len(fs))
	for _, f := range fs {
		h = (h ^ f) * 0x9e3779b97f4a7c15
	}
	i := int(h >> (64 - ctxBits))
	k := &c.keys[i]
	if int(k.n) != len(fs) {
		return i, false
	}
	for x, f := range fs {
		if k.feats[x] != f {
			return i, false
		}
	}
	return i, true
}

// fill makes slot i the key of fs.
func (c *ctxCache) fill(i int, fs []uint64) {
	k := &c.keys[i]
	k.n = uint8(copy(k.feats[:], fs))
}
