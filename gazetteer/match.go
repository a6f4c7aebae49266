package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"

	"dateline/gazetteer/fold"
	"dateline/internal/strtab"
)

// ref is the compact form of an Entry kept in the index (8 bytes); entry
// expands it with the strings from the tables.
type ref struct {
	kind Kind
	// caps: a short acronym ("UN", "IS", three letters or fewer) that
	// matches only text without lower case.
	caps  bool
	flags Flag
	id    int32
}

// node is a trie node; its entries are refs[start:end].
type node struct {
	start, end int32
	// anyCase: an entry (an agent word) matches lower-case text; proper:
	// an entry matches text with a capital; acronym: an entry is a short
	// acronym ("UN", "IS") that matches only text without lower case.
	anyCase, proper, acronym bool
	// kids has kidBit set for the token of every child: most tokens
	// after a node's are no child of it, and the bit says so without a
	// lookup in the trie's 58,000 edges (a cache miss a token, about
	// 0.15 CPU s of a BBC ingest).
	kids uint32
}

// kidBit is token id tok's bit in node.kids.
func kidBit(tok int32) uint32 { return 1 << (uint32(tok) * 0x9E3779B1 >> 27) }

// admits reports whether a ref matches text with these cases.
func admits(r ref, cs fold.Case) bool {
	switch {
	case r.kind == KindAgent:
		return true
	case r.caps:
		return cs&fold.Upper != 0 && cs&fold.Lower == 0
	}
	return cs&fold.Upper != 0
}

// trie indexes keys token by token. Tokens are interned to ids; the root's
// children are an array indexed by token id (every token of running text
// probes it), deeper edges a map from (parent, token) to child.
type trie struct {
	vocab *strtab.Table // token → id; every token of running text is looked up
	root  []int32       // token id → child of the root, 0 if none
	edges map[uint64]int32
	nodes []node
	refs  []ref
	keys  int
}

func edgeKey(parent, tok int32) uint64 { return uint64(parent)<<32 | uint64(uint32(tok)) }

// child returns the child of n along token id tok, or 0.
func (t *trie) child(n, tok int32) int32 {
	if n == 0 {
		return t.root[tok]
	}
	if t.nodes[n].kids&kidBit(tok) == 0 {
		return 0
	}
	return t.edges[edgeKey(n, tok)]
}

// build reads the names table: key, kind letter, table id, flag letters.
// It works on the line's bytes: the keys themselves are not kept, only
// their tokens (interned once each).
func (t *trie) build(fsys fs.FS, tb *tables) error {
	t.vocab = strtab.New(1 << 15)
	t.edges = make(map[uint64]int32, 1<<16)
	t.nodes = make([]node, 1, 1<<17)
	t.refs = make([]ref, 0, 1<<17)
	var pending []ref
	cur := int32(-1)
	flush := func() {
		if cur < 0 || len(pending) == 0 {
			return
		}
		sortRefs(pending)
		markHomonyms(pending, tb)
		nd := &t.nodes[cur]
		nd.start = int32(len(t.refs))
		for _, r := range pending {
			switch {
			case r.kind == KindAgent:
				nd.anyCase = true
			case r.caps:
				nd.acronym = true
			default:
				nd.proper = true
			}
		}
		t.refs = append(t.refs, pending...)
		nd.end = int32(len(t.refs))
		t.keys++
		pending = pending[:0]
	}
	var lastKey string
	err := readLines(fsys, "data/names.tsv.gz", nil, func(line string) error {
		key, rest, _ := strings.Cut(line, "\t")
		kind, rest, _ := strings.Cut(rest, "\t")
		idb, flags, ok := strings.Cut(rest, "\t")
		if !ok || len(kind) != 1 || len(key) == 0 {
			return fmt.Errorf("want key, kind, id, flags in %q", line)
		}
		k := kindOf(kind[0])
		if k == 0 {
			return fmt.Errorf("key %q: unknown kind %q", key, kind)
		}
		id := 0
		for i := 0; i < len(idb); i++ {
			if c := idb[i]; c < '0' || c > '9' {
				return fmt.Errorf("key %q: bad id %q", key, idb)
			}
			id = id*10 + int(idb[i]-'0')
		}
		if len(idb) == 0 {
			return fmt.Errorf("key %q: no id", key)
		}
		if id >= tb.size(k) {
			return fmt.Errorf("key %q: %s id %d out of range [0,%d)", key, k, id, tb.size(k))
		}
		r := ref{kind: k, id: int32(id)}
		for i := 0; i < len(flags); i++ {
			fl, ok := flagLetters[flags[i]]
			if !ok {
				return fmt.Errorf("key %q: unknown flag %q", key, flags[i])
			}
			r.flags |= fl
		}
		if k == KindCity && tb.cities[id].Capital {
			r.flags |= FlagCapital
		}
		r.caps = r.kind != KindAgent && r.flags.Has(FlagAbbrev) && len(key) <= 3
		if key != lastKey {
			flush()
			n := int32(0)
			for tok := range strings.SplitSeq(key, " ") {
				id, ok := t.vocab.Get(tok)
				if !ok {
					id = int32(t.vocab.Len())
					t.vocab.Put(tok, id) // a copy of tok's bytes
					t.root = append(t.root, 0)
				}
				c := t.child(n, id)
				if c == 0 {
					c = int32(len(t.nodes))
					t.nodes = append(t.nodes, node{})
					if n == 0 {
						t.root[id] = c
					} else {
						t.edges[edgeKey(n, id)] = c
						t.nodes[n].kids |= kidBit(id)
					}
				}
				n = c
			}
			if t.nodes[n].end > 0 {
				return fmt.Errorf("key %q listed twice (names must be sorted by key)", key)
			}
			cur, lastKey = n, key
		}
		pending = append(pending, r)
		return nil
	})
	if err != nil {
		return err
	}
	flush()
	return nil
}

// markHomonyms flags the place entries of a key that names places in more
// than one country, or more than one city.
func markHomonyms(rs []ref, tb *tables) {
	cities, country := 0, ""
	several := false
	for _, r := range rs {
		var c string
		switch r.kind {
		case KindCity:
			cities++
			c = tb.cities[r.id].Country
		case KindCountry:
			c = tb.countries[r.id].Alpha3
		case KindPlace:
			c = tb.places[r.id].Country
		default:
			continue
		}
		if country != "" && c != country {
			several = true
		}
		country = c
	}
	if !several && cities < 2 {
		return
	}
	for i := range rs {
		switch rs[i].kind {
		case KindCity, KindCountry, KindPlace:
			rs[i].flags |= FlagHomonym
		}
	}
}

// find returns the node of a folded key, or -1 if the key has no entries.
func (t *trie) find(key string) int32 {
	if key == "" {
		return -1
	}
	n := int32(0)
	for _, tok := range strings.Split(key, " ") {
		id, ok := t.vocab.Get(tok)
		if !ok {
			return -1
		}
		if n = t.child(n, id); n == 0 {
			return -1
		}
	}
	if t.nodes[n].end == t.nodes[n].start {
		return -1
	}
	return n
}

// findPhrase is find(lookupKey(phrase)) without building the key: the
// phrase's tokens are folded one at a time into a buffer and followed down
// the trie, so a lookup allocates nothing.
func (t *trie) findPhrase(phrase string) int32 {
	var arr [64]byte
	buf := arr[:0]
	n, folded := int32(0), 0
	leadingThe := false // the first token is "the": dropped if another follows
	for tok := range fold.Tokens(phrase) {
		buf, _ = fold.AppendToken(buf[:0], tok)
		if len(buf) == 0 {
			continue // "." folds to nothing, and Key drops it
		}
		if folded++; folded == 1 && string(buf) == "the" {
			leadingThe = true
			continue
		}
		if n = t.step(n, buf); n <= 0 {
			return -1
		}
	}
	if folded == 0 {
		return -1
	}
	if leadingThe && folded == 1 { // "the" alone is its own key
		if n = t.step(0, []byte("the")); n <= 0 {
			return -1
		}
	}
	if t.nodes[n].end == t.nodes[n].start {
		return -1
	}
	return n
}

// step follows the edge of folded token tok from node n: the child, or 0
// when there is none.
func (t *trie) step(n int32, tok []byte) int32 {
	id, ok := t.vocab.GetBytes(tok)
	if !ok {
		return 0
	}
	return t.child(n, id)
}

func (t *trie) refsOf(n int32) []ref { return t.refs[t.nodes[n].start:t.nodes[n].end] }

func (g *Gazetteer) entry(r ref) Entry {
	e, _ := g.t.entry(r.kind, int(r.id)) // ids were checked at load
	e.Flags |= r.flags
	return e
}

// Match is one reading of the tokens [Start, End) (token indices).
type Match struct {
	Start, End int
	Entry
}

// Match finds gazetteer phrases in a token sequence: scanning left to right,
// at each token it takes the longest phrase that starts there, then goes on
// after it (leftmost-longest, no overlaps). Every entry of the phrase is
// returned, each as a Match with the same Start and End, the likeliest
// first. Proper names need an upper-case letter somewhere in the phrase;
// agent words match in any case. Tokens are expected PTB-style: "U.S." and
// "al-Qaeda" one token each, "Russia" and "'s" two.
func (g *Gazetteer) Match(tokens []string) []Match { return g.AppendMatches(nil, tokens) }

// matchScratch holds per-call buffers; AppendMatches allocates nothing else
// beyond growing dst.
type matchScratch struct {
	ids   []int32
	cases []fold.Case
	buf   []byte
}

// AppendMatches is Match appending to dst, for callers that reuse a buffer.
func (g *Gazetteer) AppendMatches(dst []Match, tokens []string) []Match {
	return g.appendMatches(dst, tokens, nil)
}

// appendMatches is AppendMatches reading the tokens' ids and cases
// through tc (nil: none).
func (g *Gazetteer) appendMatches(dst []Match, tokens []string, tc *tokenCache) []Match {
	var s matchScratch
	if len(tokens) <= 128 { // a sentence: scratch on the stack
		var ids [128]int32
		var cases [128]fold.Case
		var buf [64]byte
		s = matchScratch{ids[:len(tokens)], cases[:len(tokens)], buf[:0]}
	} else {
		s = matchScratch{make([]int32, len(tokens)), make([]fold.Case, len(tokens)), make([]byte, 0, 64)}
	}
	t := &g.trie
	for i, tok := range tokens {
		slot := -1
		if tc != nil {
			var ok bool
			if slot, ok = tc.slot(tok); ok {
				s.ids[i], s.cases[i] = tc.slots[slot].id, tc.slots[slot].cs
				continue
			}
		}
		s.buf, s.cases[i] = fold.AppendToken(s.buf[:0], tok)
		id, ok := t.vocab.GetBytes(s.buf)
		if !ok {
			id = -1
		}
		s.ids[i] = id
		if slot >= 0 {
			tc.fill(slot, tok, id, s.cases[i])
		}
	}
	for i := 0; i < len(tokens); {
		if s.ids[i] < 0 {
			i++
			continue
		}
		bestEnd, bestNode, bestCase := -1, int32(0), fold.Case(0)
		n, cs := int32(0), fold.Case(0)
		for j := i; j < len(tokens) && s.ids[j] >= 0; j++ {
			if n = t.child(n, s.ids[j]); n == 0 {
				break
			}
			cs |= s.cases[j]
			nd := &t.nodes[n]
			upper, lower := cs&fold.Upper != 0, cs&fold.Lower != 0
			if nd.end > nd.start && (nd.anyCase || upper && nd.proper || upper && !lower && nd.acronym) {
				bestEnd, bestNode, bestCase = j+1, n, cs
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		for _, r := range t.refsOf(bestNode) {
			if admits(r, bestCase) {
				dst = append(dst, Match{Start: i, End: bestEnd, Entry: g.entry(r)})
			}
		}
		i = bestEnd
	}
	return dst
}
