// Package u64tab is a table from uint64 keys (hashes of words) to small
// values without pointers, for the lexicons the tagger and parser read
// for every word. A Go map of 100,000 such keys is a directory of tables
// of groups, and a lookup that misses the caches (as these do, between
// the models' weight tables) waits on the group's control word and then
// on its slot; here the key and its value share one slot of an open
// table with linear probing, so a lookup reads one cache line, seldom
// two.
package u64tab

import "math/bits"

type slot[V any] struct {
	k uint64 // 0: empty (the key 0 lives in zero)
	v V
}

// Table maps uint64 keys to values of V, a type without pointers. Build
// it with Put, then read it with Get from any number of goroutines.
type Table[V any] struct {
	slots   []slot[V] // a power of two, at most 70% full
	shift   uint      // 64 - log2(len(slots))
	n       int       // keys in slots
	zero    V         // the value of key 0
	hasZero bool
}

// New returns a table with room for about n keys before it grows.
func New[V any](n int) *Table[V] {
	t := &Table[V]{}
	t.resize(Slots(n))
	return t
}

// Slots is the fewest slots, a power of two, that hold n keys at most 70%
// full: with linear probing a present key is found in about two slots, an
// absent one ruled out in about six, and with slots of 16 bytes those are
// mostly one line. Package strtab sizes its tables the same way.
func Slots(n int) int {
	s := 8
	for 10*n > 7*s {
		s *= 2
	}
	return s
}

func (t *Table[V]) resize(n int) {
	t.slots = make([]slot[V], n)
	t.shift = uint(64 - bits.TrailingZeros(uint(n)))
}

// home is k's first slot: the keys are hashes already, but FNV's low bits
// are poorly mixed, so the top bits of a multiplication pick the slot.
func (t *Table[V]) home(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

// Len is the number of keys.
func (t *Table[V]) Len() int {
	if t.hasZero {
		return t.n + 1
	}
	return t.n
}

// Put sets the value of key k.
func (t *Table[V]) Put(k uint64, v V) {
	if k == 0 {
		t.zero, t.hasZero = v, true
		return
	}
	if 10*(t.n+1) > 7*len(t.slots) {
		old := t.slots
		t.resize(2 * len(old))
		for i := range old {
			if old[i].k != 0 {
				t.put(old[i].k, old[i].v)
			}
		}
	}
	if t.put(k, v) {
		t.n++
	}
}

// put stores k in its slot and says whether k is new.
func (t *Table[V]) put(k uint64, v V) bool {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.k == 0 {
			s.k, s.v = k, v
			return true
		}
		if s.k == k {
			s.v = v
			return false
		}
	}
}

// Get returns the value of key k and whether k is in the table; the zero
// V when it is not, as a map's lookup does.
func (t *Table[V]) Get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.k == k {
			return s.v, true
		}
		if s.k == 0 {
			var none V
			return none, false
		}
	}
}

// Value is Get's value alone.
func (t *Table[V]) Value(k uint64) V {
	v, _ := t.Get(k)
	return v
}

// All calls f for each key and its value, in no fixed order.
func (t *Table[V]) All(f func(k uint64, v V)) {
	if t.hasZero {
		f(0, t.zero)
	}
	for i := range t.slots {
		if t.slots[i].k != 0 {
			f(t.slots[i].k, t.slots[i].v)
		}
	}
}
