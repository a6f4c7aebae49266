package entity

import (
	"strings"
	"sync"

	"dateline/gazetteer"
)

// wordCache keeps the gazetteer's answers about names (lookup) and
// source nouns (sourceHead) from document to document: a news story
// names mostly the places, bodies and roles the stories before it named,
// and each answer is a search of the gazetteer's trie and of several word
// lists. One goroutine holds a cache at a time (wordCaches); the answers
// are read-only.
type wordCache struct {
	g      *gazetteer.Gazetteer
	looked map[string][]gazetteer.Entry
	heads  map[string]sourceHeadAnswer
	// named is the resolver's token -> name mention scratch, kept with
	// the cache because the cache is held exactly as long as a resolver
	// lives: a new slice per resolver was 2% of an ingest's allocated
	// bytes (a resolver is made for the document and again for each
	// source the quote stage adds).
	named []int
}

// sourceHeadAnswer is what sourceHead says of a word.
type sourceHeadAnswer struct {
	agent       agentWord
	org, listed bool
}

// maxCachedWords bounds each of a cache's maps: a full map starts again.
const maxCachedWords = 1 << 14

var wordCaches sync.Pool // *wordCache

// takeWordCache returns a cache of g's answers for the caller alone, until
// it gives it back with putWordCache.
func takeWordCache(g *gazetteer.Gazetteer) *wordCache {
	c, _ := wordCaches.Get().(*wordCache)
	if c == nil || c.g != g {
		c = &wordCache{g: g, looked: map[string][]gazetteer.Entry{}, heads: map[string]sourceHeadAnswer{}}
	}
	return c
}

func putWordCache(c *wordCache) { wordCaches.Put(c) }

// lookup is g.Lookup(key), kept.
func (c *wordCache) lookup(key string) []gazetteer.Entry {
	if es, ok := c.looked[key]; ok {
		return es
	}
	es := c.g.Lookup(key)
	if len(c.looked) >= maxCachedWords {
		clear(c.looked)
	}
	c.looked[strings.Clone(key)] = es // (the key may be a piece of the document's text)
	return es
}

// sourceHead reports whether token h is a person, group or body noun, with
// the gazetteer's role word and agent code when it has one, and whether it
// names a body.
func (r *resolver) sourceHead(h int) (agentWord, bool, bool) {
	w := r.folded(h)
	if a, ok := r.cache.heads[w]; ok {
		return a.agent, a.org, a.listed
	}
	a, org, listed := r.readSourceHead(w)
	if len(r.cache.heads) >= maxCachedWords {
		clear(r.cache.heads)
	}
	r.cache.heads[strings.Clone(w)] = sourceHeadAnswer{a, org, listed}
	return a, org, listed
}
