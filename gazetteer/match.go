package gazetteer

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"dateline/gazetteer/fold"
)

// ref is the compact form of an Entry kept in the index (8 bytes); entry
// expands it with the strings from the tables.
type ref struct {
	kind  Kind
	flags Flag
	id    int32
}

// node is a trie node; its entries are refs[start:end].
type node struct {
	start, end int32
	// anyCase: one of the entries (an agent word) matches lower-case text.
	anyCase bool
}

// trie indexes keys token by token. Tokens are interned to ids; the root's
// children are an array indexed by token id (every token of running text
// probes it), deeper edges a map from (parent, token) to child.
type trie struct {
	vocab map[string]int32
	root  []int32 // token id → child of the root, 0 if none
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
	return t.edges[edgeKey(n, tok)]
}

// build reads the names table: key, kind letter, table id, flag letters.
func (t *trie) build(fsys fs.FS, tb *tables) error {
	t.vocab = make(map[string]int32, 1<<16)
	t.edges = make(map[uint64]int32, 1<<16)
	t.nodes = []node{{}}
	var rootEdges []int32 // built as a slice that grows with the vocabulary
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
			nd.anyCase = nd.anyCase || r.kind == KindAgent
		}
		t.refs = append(t.refs, pending...)
		nd.end = int32(len(t.refs))
		t.keys++
		pending = pending[:0]
	}
	lastKey := ""
	err := readTable(fsys, "data/names.tsv.gz", 4, func(f []string) error {
		key := f[0]
		k, ok := kindLetters[f[1]]
		if !ok {
			return fmt.Errorf("key %q: unknown kind %q", key, f[1])
		}
		id, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("key %q: bad id %q", key, f[2])
		}
		r := ref{kind: k, id: int32(id)}
		for i := 0; i < len(f[3]); i++ {
			fl, ok := flagLetters[f[3][i]]
			if !ok {
				return fmt.Errorf("key %q: unknown flag %q", key, f[3][i])
			}
			r.flags |= fl
		}
		e, err := tb.entry(k, id)
		if err != nil {
			return fmt.Errorf("key %q: %w", key, err)
		}
		r.flags |= e.Flags
		if key != lastKey {
			flush()
			if key == "" || fold.Key(key) != key {
				return fmt.Errorf("key %q is not folded (want %q)", key, fold.Key(key))
			}
			n := int32(0)
			for _, tok := range strings.Split(key, " ") {
				id, ok := t.vocab[tok]
				if !ok {
					id = int32(len(t.vocab))
					t.vocab[tok] = id
					rootEdges = append(rootEdges, 0)
				}
				c := int32(0)
				if n == 0 {
					c = rootEdges[id]
				} else {
					c = t.edges[edgeKey(n, id)]
				}
				if c == 0 {
					c = int32(len(t.nodes))
					t.nodes = append(t.nodes, node{})
					if n == 0 {
						rootEdges[id] = c
					} else {
						t.edges[edgeKey(n, id)] = c
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
	t.root = rootEdges
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
		id, ok := t.vocab[tok]
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
	upper []bool
	buf   []byte
}

// AppendMatches is Match appending to dst, for callers that reuse a buffer.
func (g *Gazetteer) AppendMatches(dst []Match, tokens []string) []Match {
	var s matchScratch
	if len(tokens) <= 64 {
		var ids [64]int32
		var upper [64]bool
		var buf [64]byte
		s = matchScratch{ids[:len(tokens)], upper[:len(tokens)], buf[:0]}
	} else {
		s = matchScratch{make([]int32, len(tokens)), make([]bool, len(tokens)), make([]byte, 0, 64)}
	}
	t := &g.trie
	for i, tok := range tokens {
		s.buf, s.upper[i] = fold.AppendToken(s.buf[:0], tok)
		id, ok := t.vocab[string(s.buf)]
		if !ok {
			id = -1
		}
		s.ids[i] = id
	}
	for i := 0; i < len(tokens); {
		if s.ids[i] < 0 {
			i++
			continue
		}
		bestEnd, bestNode, bestUpper := -1, int32(0), false
		n, upper := int32(0), false
		for j := i; j < len(tokens) && s.ids[j] >= 0; j++ {
			if n = t.child(n, s.ids[j]); n == 0 {
				break
			}
			upper = upper || s.upper[j]
			nd := &t.nodes[n]
			if nd.end > nd.start && (upper || nd.anyCase) {
				bestEnd, bestNode, bestUpper = j+1, n, upper
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		for _, r := range t.refsOf(bestNode) {
			if !bestUpper && r.kind != KindAgent {
				continue
			}
			dst = append(dst, Match{Start: i, End: bestEnd, Entry: g.entry(r)})
		}
		i = bestEnd
	}
	return dst
}
