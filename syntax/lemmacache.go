package syntax

import "unsafe"

// Lemmatising a word costs a lower-casing, a few map lookups (exceptions,
// the rules of its suffixes, WordNet for an inflected verb) and often a
// new string; most words of a text recur with the same tag. Each scratch
// keeps the lemmas of the (word, tag) pairs it met lately in a
// direct-mapped cache; a lemma is a function of the word as written and
// its tag, so a cached one is the one lemmaKeyed would make. Most lemmas
// are their word or a part of it, sharing its memory: the cache keeps where
// in the word, not the string, which would keep a document's text alive,
// and cuts the same part out of the word met again.

const lemmaSlots = 1024 // a power of two

type lemmaCache struct {
	keys   [lemmaSlots]lemmaKey
	lemmas [lemmaSlots]string // a lemma of its own memory, else ""
	lem    *lemmatizer        // whose lemmas they are
}

// lemmaKey is a cached word as written and its tag class; n == 0 marks an
// empty slot.
// A lemma that is part of the word is word[from:to].
type lemmaKey struct {
	n        uint8
	from, to uint8
	tag      int32
	b        [maxCachedWord]byte
}

// lemmaCached returns the lemma of word s (hashed as w) tagged t.
func (m *Model) lemmaCached(sc *scratch, s string, w *word, t int32) string {
	if len(s) == 0 || len(s) > maxCachedWord {
		return m.lemmas.lemmaKeyed(s, w.lower, t)
	}
	if sc.lemmaCache == nil || sc.lemmaCache.lem != m.lemmas {
		sc.lemmaCache = &lemmaCache{lem: m.lemmas}
	}
	c := sc.lemmaCache
	i := int((w.form^uint64(t)*0x9e3779b97f4a7c15)*0xbf58476d1ce4e5b9>>(64-10)) & (lemmaSlots - 1)
	k := &c.keys[i]
	if int(k.n) == len(s) && k.tag == t && string(k.b[:k.n]) == s {
		if k.to > 0 {
			return s[k.from:k.to]
		}
		return c.lemmas[i]
	}
	lem := m.lemmas.lemmaKeyed(s, w.lower, t)
	k.n, k.tag = uint8(copy(k.b[:], s)), t
	k.from, k.to = 0, 0
	c.lemmas[i] = lem
	if within(lem, s) {
		from := int(uintptr(unsafe.Pointer(unsafe.StringData(lem))) - uintptr(unsafe.Pointer(unsafe.StringData(s))))
		k.from, k.to = uint8(from), uint8(from+len(lem))
		c.lemmas[i] = ""
	}
	return lem
}

// within reports whether a's bytes lie inside s's memory (all of them, a
// being a string cut out of s).
func within(a, s string) bool {
	if len(a) == 0 || len(s) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(a))), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= lo && p < lo+uintptr(len(s))
}
