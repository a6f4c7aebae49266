package dedup

import (
	"sync"
)

// Near-duplicate thresholds. Two texts are near-duplicates when
//
//   - their estimated Jaccard similarity of 5-word shingles is at least
//     NearJaccard: the same story with a new headline, byline or one
//     paragraph in ten rewritten scores about 0.7–0.8, two stories on the same
//     topic by different writers below 0.1; or
//   - the smaller text has at least MinContainedShingles shingles and at least
//     NearContainment of them are in the larger one: a wire story cut short
//     by one site, which Jaccard alone would miss.
const (
	NearJaccard          = 0.5
	NearContainment      = 0.8
	MinContainedShingles = 40
)

// LSH banding: a candidate must agree on all lshRows values of at least one
// of lshBands bands. With 21 bands of 3 a pair at Jaccard 0.5 is found with
// probability 0.94, at 0.3 with 0.44 (then mostly rejected anyway), at 0.1
// with 0.02; candidates are then checked on all NumHashes values.
const (
	lshBands = 21
	lshRows  = 3
)

// DefaultWindow is the number of articles per generation of an Index: the
// index then remembers the latest 50,000 to 100,000 articles in at most
// about 65 MB.
const DefaultWindow = 50_000

// Index links articles to story groups. It keeps two generations of
// Window articles each, so it remembers the latest Window to 2×Window
// articles, in about 650 bytes each with a 45-byte id (BenchmarkIndexMemory;
// most of it the LSH band map): syndicated copies of one
// story appear within hours or days of each other, and a bounded index keeps
// a long ingest's memory flat. Safe for concurrent use.
type Index struct {
	mu       sync.Mutex
	window   int
	cur, old *generation
}

// NewIndex returns an empty index; window ≤ 0 means DefaultWindow.
func NewIndex(window int) *Index {
	if window <= 0 {
		window = DefaultWindow
	}
	return &Index{window: window, cur: newGeneration()}
}

type generation struct {
	ids    []string
	groups []string
	sigs   []uint16 // NumHashes low halves per article: enough to count agreements
	sizes  []uint32
	bands  map[uint32]int32 // band key → latest article with it
	byID   map[string]int32
}

func newGeneration() *generation {
	return &generation{bands: map[uint32]int32{}, byID: map[string]int32{}}
}

// Match is the best earlier article found for a sketch.
type Match struct {
	ID, Group   string
	Jaccard     float64 // estimated Jaccard similarity of shingle sets
	Containment float64 // estimated share of the smaller text's shingles in the larger
}

// Near reports whether the match passes the near-duplicate thresholds.
func (m Match) Near() bool { return m.Jaccard >= NearJaccard || m.Containment >= NearContainment }

// Add indexes the article and returns its story group: the group of the most
// similar earlier article if that one is a near-duplicate (near is true),
// otherwise a new group named by id. Adding an id again returns the group it
// got the first time, so a re-run ingest gets the same answer.
func (x *Index) Add(id, text string) (group string, near bool) {
	return x.AddSketch(id, SketchOf(text))
}

// AddSketch is Add for a sketch computed earlier (outside any lock, or
// loaded from a store).
func (x *Index) AddSketch(id string, s Sketch) (group string, near bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if g, ok := x.groupOf(id); ok {
		return g, g != id
	}
	group = id
	if m, ok := x.find(&s); ok && m.Near() {
		group, near = m.Group, true
	}
	x.insert(id, group, &s)
	return group, near
}

// Restore puts an article back with the group it was given before, without
// looking for matches: how an ingest rebuilds its index from the store after
// a restart.
func (x *Index) Restore(id, group string, s Sketch) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.groupOf(id); !ok {
		x.insert(id, group, &s)
	}
}

// Find returns the most similar indexed article among the LSH candidates,
// whether or not it is near; ok is false when there is no candidate.
func (x *Index) Find(s Sketch) (m Match, ok bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.find(&s)
}

// Len is the number of articles the index remembers.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := len(x.cur.ids)
	if x.old != nil {
		n += len(x.old.ids)
	}
	return n
}

func (x *Index) generations() []*generation {
	if x.old == nil {
		return []*generation{x.cur}
	}
	return []*generation{x.cur, x.old}
}

func (x *Index) groupOf(id string) (string, bool) {
	for _, g := range x.generations() {
		if i, ok := g.byID[id]; ok {
			return g.groups[i], true
		}
	}
	return "", false
}

func (x *Index) find(s *Sketch) (best Match, ok bool) {
	if s.Empty() {
		return Match{}, false
	}
	var keys [lshBands]uint32
	bandKeys(s, &keys)
	for _, g := range x.generations() {
		for _, k := range keys {
			i, hit := g.bands[k]
			if !hit {
				continue
			}
			m := g.match(i, s)
			if !ok || m.Jaccard > best.Jaccard || m.Jaccard == best.Jaccard && m.Containment > best.Containment {
				best, ok = m, true
			}
		}
	}
	return best, ok
}

func (g *generation) match(i int32, s *Sketch) Match {
	sig := g.sigs[int(i)*NumHashes : int(i+1)*NumHashes]
	eq := 0
	for j, v := range sig {
		if v == uint16(s.Min[j]) {
			eq++
		}
	}
	jac := float64(eq) / NumHashes
	a, b := float64(s.Shingles), float64(g.sizes[i])
	small := min(a, b)
	var cont float64
	if small >= MinContainedShingles {
		// |A∩B| = J·(|A|+|B|)/(1+J), from J = |A∩B| / (|A|+|B|-|A∩B|).
		cont = min(1, jac*(a+b)/(1+jac)/small)
	}
	return Match{ID: g.ids[i], Group: g.groups[i], Jaccard: jac, Containment: cont}
}

func (x *Index) insert(id, group string, s *Sketch) {
	if len(x.cur.ids) >= x.window {
		x.old, x.cur = x.cur, newGeneration()
	}
	g := x.cur
	i := int32(len(g.ids))
	g.ids = append(g.ids, id)
	g.groups = append(g.groups, group)
	for _, v := range s.Min {
		g.sigs = append(g.sigs, uint16(v))
	}
	g.sizes = append(g.sizes, s.Shingles)
	g.byID[id] = i
	if s.Empty() {
		return
	}
	var keys [lshBands]uint32
	bandKeys(s, &keys)
	for _, k := range keys {
		g.bands[k] = i
	}
}

// bandKeys hashes each band's lshRows values, and the band number, into a
// 32-bit key; a rare collision only adds a candidate that the full check
// then rejects.
func bandKeys(s *Sketch, keys *[lshBands]uint32) {
	for b := range keys {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for r := range lshRows {
			h = mix64(h ^ uint64(s.Min[b*lshRows+r]))
		}
		keys[b] = uint32(h >> 32)
	}
}
