package syntax

import (
	"runtime"

	"dateline/internal/offheap"
	pc "dateline/internal/perceptron"
)

// The first tagger pass looks up about 38 features for a word the tag
// dictionary does not settle, and 17 of them (its affixes, shape,
// ambiguity and WordNet classes, the word itself) describe the word alone:
// their weight sums are the same wherever the word recurs. Each scratch
// keeps those sums for the words it tagged lately, in a direct-mapped
// cache keyed by the word as written and whether it opens the sentence
// (the only other thing they depend on). The sums are integers, so a
// word scores exactly as it did without the cache.
//
// News text meets more words than EWT dev: of the first-pass words of
// 600 BBC articles that the classifier scores, 43% found their sums in a
// cache of 256 slots, 59% in 1,024, 73% in 4,096 (EWT dev: 40% in 256,
// 50% in 1,024). A hit still reads its 408 bytes of sums, which a large
// cache no longer keeps near the core, so 2,048 slots made the tagging
// of news only 4-9% faster than 256 (syntax/README.md, session 22). A slot takes 440
// bytes, and the pipeline holds a scratch per worker: the sums are
// mapped outside the heap, where they count once towards the peak
// memory instead of twice.
const (
	cacheBits     = 11 // 1 << cacheBits slots
	maxCachedWord = 30 // longer words are not cached
)

// wordCache holds the sums of len(keys) words (a power of two), classes
// int32s each, in the tagger pm.
type wordCache struct {
	keys    []cacheKey
	bits    int
	sums    []int32
	classes int
	pm      *pc.Model
}

// cacheKey is a cached word as written and its first flag; n == 0 marks
// an empty slot.
type cacheKey struct {
	n     uint8
	first bool
	b     [maxCachedWord]byte
}

func newWordCache(pm *pc.Model, bits int) *wordCache {
	n := 1 << bits
	c := &wordCache{keys: make([]cacheKey, n), bits: bits, classes: pm.Classes(), pm: pm}
	// The sums are mapped outside the heap (counted once towards the
	// peak memory, not twice) and unmapped when the cache is dropped,
	// with its scratch; the cache stays reachable while any of its sums
	// are read, through the scratch that holds it.
	sums, free := offheap.Alloc[int32](n * c.classes)
	if sums == nil {
		sums = make([]int32, n*c.classes)
	} else {
		runtime.AddCleanup(c, func(free func()) { free() }, free)
	}
	c.sums = sums
	return c
}

// slot returns the slot of word s (hashed as w) and whether it holds it.
func (c *wordCache) slot(w *word, s string, first bool) (int, bool) {
	h := w.form
	if first {
		h ^= 0x9e3779b97f4a7c15
	}
	i := int((h * 0xbf58476d1ce4e5b9) >> (64 - c.bits))
	k := &c.keys[i]
	return i, int(k.n) == len(s) && k.first == first && string(k.b[:k.n]) == s
}

// wordCacheBits sets the word cache's size (a variable for experiments).
var wordCacheBits = cacheBits

// set marks slot i as holding word s, whose sums the caller has written.
func (c *wordCache) set(i int, s string, first bool) {
	k := &c.keys[i]
	k.n, k.first = uint8(copy(k.b[:], s)), first
}

// part returns the sums of slot i.
func (c *wordCache) part(i int) []int32 { return c.sums[i*c.classes : (i+1)*c.classes] }

// sumOwnStrong sets sc.sums to the first-pass integer sums of word i's
// own features and its strong context features (tagStrong) given the tag
// before it, through the cache of sc. words are the sentence's words.
func (m *Model) sumOwnStrong(sc *scratch, pm *pc.Model, words []string, i int, tm1, tm2 int32) {
	s := words[i]
	w := &sc.ws[i+2]
	if len(s) == 0 || len(s) > maxCachedWord {
		sc.feats = tagStrong(tagStatic(sc.feats[:0], w, m.tagClusters), sc.ws, i, tm1, tm2)
		pm.SumInto(&sc.lookup, sc.feats, sc.sums)
		return
	}
	if sc.cache == nil || sc.cache.pm != pm || sc.cache.bits != wordCacheBits {
		// A scratch outlives a tagger that training replaces.
		sc.cache = newWordCache(pm, wordCacheBits)
	}
	slot, ok := sc.cache.slot(w, s, i == 0)
	if ok {
		sc.feats = tagStrong(sc.feats[:0], sc.ws, i, tm1, tm2)
		pm.SumFrom(&sc.lookup, sc.cache.part(slot), sc.feats, sc.sums)
		return
	}
	sc.feats = tagStatic(sc.feats[:0], w, m.tagClusters)
	k := len(sc.feats)
	sc.feats = tagStrong(sc.feats, sc.ws, i, tm1, tm2)
	pm.SumSplit(&sc.lookup, sc.feats, k, sc.cache.part(slot), sc.sums)
	sc.cache.set(slot, s, i == 0)
}

// tagStatic appends the tagger's features that describe word w alone,
// tagContext the others (its context and the previous tags); tagFeatures
// is the two together. The cache keeps the sums of tagStatic's. Training
// adds weights of ±1, so its sums too do not depend on the order.
func tagStatic(feats []uint64, w *word, clus bool) []uint64 {
	feats = append(feats,
		pc.Hash(tBias),
		pc.Hash1(tSuf1, w.suf[0]),
		pc.Hash1(tSuf2, w.suf[1]),
		pc.Hash1(tSuf3, w.suf[2]),
		pc.Hash1(tSuf4, w.suf[3]),
		pc.Hash1(tPre1, w.pre[0]),
		pc.Hash1(tPre2, w.pre[1]),
		pc.Hash1(tPre3, w.pre[2]),
		pc.Hash1(tShape0, w.shape),
		pc.Hash1(tFlags0, w.flags),
		pc.Hash1(tAmb0, w.amb),
		pc.Hash2(tAmb0Suf3, w.amb, w.suf[2]),
		pc.Hash2(tShape0Flags, w.shape, w.flags),
		pc.Hash1(tWn0, w.wn),
		pc.Hash2(tWn0Flags, w.wn, w.flags),
	)
	if w.known {
		feats = append(feats,
			pc.Hash1(tW0, w.lower),
			pc.Hash1(tForm0, w.form),
		)
	} else {
		feats = append(feats,
			pc.Hash2(tUnknownSuf, w.suf[3], w.flags),
			pc.Hash1(tUnkSuf5, w.suf5),
			pc.Hash1(tUnkPre4, w.pre4),
			pc.Hash1(tUnkHyph, w.hyphAmb),
			pc.Hash2(tUnkSuf3Flags, w.suf[2], w.flags),
			pc.Hash2(tUnkSuf2Shape, w.suf[1], w.shape),
			pc.Hash2(tUnkWnFlags, w.wn, w.flags),
			pc.Hash2(tUnkWnSuf3, w.wn, w.suf[2]),
			pc.Hash1(tUnkMorph, w.morph),
			pc.Hash2(tUnkMorphFlags, w.morph, w.flags),
			pc.Hash2(tUnkHyphWn, w.hyphWn, w.suf[1]),
		)
	}
	if clus {
		feats = append(feats,
			pc.Hash1(tCl0, w.cl.fine),
			pc.Hash1(tCl0g64, w.cl.g64),
			pc.Hash2(tCl0Flags, w.cl.fine, w.flags),
		)
		if !w.known {
			feats = append(feats, pc.Hash2(tUnkCl256Suf3, w.cl.g256, w.suf[2]))
		}
	}
	if w.tl != 0 { // a model trained with the tag lexicon
		feats = append(feats,
			pc.Hash1(tTl0, w.tl),
			pc.Hash2(tTlFirstFlags, w.tlFirst, w.flags),
		)
		if !w.known {
			feats = append(feats, pc.Hash2(tUnkTlSuf3, w.tl, w.suf[2]))
		}
	}
	return feats
}
