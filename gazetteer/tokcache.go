package gazetteer

import (
	"sync"

	"dateline/gazetteer/fold"
)

// A sentence's tokens are folded and looked up in the trie's vocabulary
// one by one (AppendMatches), and news repeats its words: SentenceMatches
// keeps each token's vocabulary id and letter cases, which depend on its
// text alone, in a direct-mapped cache of the last tokens it read, and
// folds and looks up only the others. One cache serves one goroutine at a
// time (a sync.Pool); its keys are copies, never pieces of a document.
const (
	tokCacheBits = 12
	maxCachedTok = 22 // longer tokens are not cached
)

type tokSlot struct {
	n  uint8 // length + 1; 0: empty
	cs fold.Case
	id int32
	b  [maxCachedTok]byte
}

// tokenCache holds the ids and cases of tokens of g's vocabulary.
type tokenCache struct {
	g     *Gazetteer
	slots [1 << tokCacheBits]tokSlot
}

var tokenCaches sync.Pool // *tokenCache

// tokenCacheFor returns a cache for g's tokens; give it back with
// tokenCaches.Put.
func tokenCacheFor(g *Gazetteer) *tokenCache {
	c, _ := tokenCaches.Get().(*tokenCache)
	if c == nil {
		c = new(tokenCache)
	}
	if c.g != g {
		clear(c.slots[:])
		c.g = g
	}
	return c
}

// slot returns tok's slot (-1: too long to cache) and whether it holds tok.
func (c *tokenCache) slot(tok string) (int, bool) {
	if len(tok) == 0 || len(tok) > maxCachedTok {
		return -1, false
	}
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(tok); i++ {
		h = (h ^ uint64(tok[i])) * 1099511628211
	}
	i := int(h >> (64 - tokCacheBits))
	s := &c.slots[i]
	return i, int(s.n) == len(tok)+1 && string(s.b[:len(tok)]) == tok
}

// fill keeps tok's id and cases in slot i.
func (c *tokenCache) fill(i int, tok string, id int32, cs fold.Case) {
	s := &c.slots[i]
	s.n, s.cs, s.id = uint8(copy(s.b[:], tok)+1), cs, id
}
