// Package strtab is a read-only table from strings to int32 values for
// the hot lookups of the stages (feature weights, word numbers), where a
// Go map's lookup of a present key touches three places in memory (its
// control word, its slot, and the key's bytes elsewhere in the heap) and,
// between the large tables of the other stages, misses the processor's
// caches at each. Here a key of up to KeyMax bytes lives in its slot,
// beside its value: a lookup reads one 32-byte slot or a few neighbours,
// and the slots hold no pointers, so the collector never scans them.
// Longer keys, rare in these tables, go to a map.
package strtab

import (
	"hash/maphash"
	"strings"
)

// KeyMax is the longest key kept in a slot.
const KeyMax = 24

type slot struct {
	key [KeyMax]byte
	n   uint8 // key length + 1; 0: empty
	_   [3]byte
	v   int32
}

// Table maps strings to int32 values. Build it with Put, then read it
// with Get and GetBytes from any number of goroutines.
type Table struct {
	seed  maphash.Seed
	slots []slot // a power of two, at most 70% full
	n     int    // keys in slots
	long  map[string]int32
}

// New returns a table with room for about n keys before it grows.
func New(n int) *Table {
	t := &Table{seed: maphash.MakeSeed()}
	t.slots = make([]slot, size(n))
	return t
}

// size is the fewest slots, a power of two, that hold n keys at most 70%
// full: linear probing stays short (a present key is found in about two
// slots, an absent one ruled out in about six) and a table of 45,000 words
// takes 2 MB, about what a map of them takes.
func size(n int) int {
	s := 8
	for 10*n > 7*s {
		s *= 2
	}
	return s
}

// Len is the number of keys.
func (t *Table) Len() int { return t.n + len(t.long) }

// Put sets the value of key k.
func (t *Table) Put(k string, v int32) {
	if len(k) > KeyMax {
		if t.long == nil {
			t.long = map[string]int32{}
		}
		t.long[strings.Clone(k)] = v // not a substring of a whole file
		return
	}
	if 10*(t.n+1) > 7*len(t.slots) {
		t.grow()
	}
	if t.put(k, v) {
		t.n++
	}
}

// put stores k in its slot and says whether k is new.
func (t *Table) put(k string, v int32) bool {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, k) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			copy(s.key[:], k)
			s.n, s.v = uint8(len(k)+1), v
			return true
		}
		if int(s.n) == len(k)+1 && string(s.key[:len(k)]) == k {
			s.v = v
			return false
		}
	}
}

func (t *Table) grow() {
	old := t.slots
	t.slots = make([]slot, 2*len(old))
	for i := range old {
		if s := &old[i]; s.n != 0 {
			t.put(string(s.key[:s.n-1]), s.v)
		}
	}
}

// Get returns the value of key k and whether k is in the table.
func (t *Table) Get(k string) (int32, bool) {
	if len(k) > KeyMax {
		v, ok := t.long[k]
		return v, ok
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, k) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(k)+1 && string(s.key[:len(k)]) == k {
			return s.v, true
		}
	}
}

// GetBytes is Get for a key held in bytes; it does not allocate.
func (t *Table) GetBytes(k []byte) (int32, bool) {
	if len(k) > KeyMax {
		v, ok := t.long[string(k)]
		return v, ok
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.Bytes(t.seed, k) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(k)+1 && string(s.key[:len(k)]) == string(k) {
			return s.v, true
		}
	}
}
