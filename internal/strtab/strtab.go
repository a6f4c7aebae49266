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
	"runtime"
	"strings"
	"unsafe"

	"dateline/internal/offheap"
	"dateline/internal/u64tab"
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
	seed   maphash.Seed
	slots  []slot // a power of two, at most 70% full
	mapped *mapping
	n      int // keys in slots
	long   map[string]int32
}

// mapping holds the unmapping of slots mapped outside the heap, for the
// table's cleanup: the tables of the stages (1-4 MB) are there so that
// the collector, which lets the heap grow by as much again as is live,
// does not count them twice (extract's peak RSS on the BBC corpus rose
// by about 10-20 MB with them on the heap).
type mapping struct{ free func() }

// New returns a table with room for about n keys before it grows.
func New(n int) *Table {
	t := &Table{seed: maphash.MakeSeed(), mapped: &mapping{}}
	t.slots = t.alloc(u64tab.Slots(n))
	runtime.AddCleanup(t, func(m *mapping) {
		if m.free != nil {
			m.free()
		}
	}, t.mapped)
	return t
}

// alloc returns n empty slots, outside the heap when they are large
// enough, and keeps their unmapping for the cleanup.
func (t *Table) alloc(n int) []slot {
	s, free := offheap.Alloc[slot](n)
	if s == nil {
		s = make([]slot, n)
	}
	t.mapped.free = free
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
	// Put runs before the table is shared: nothing reads the old slots
	// once they are copied, and they are unmapped then.
	old, oldFree := t.slots, t.mapped.free
	t.slots = t.alloc(2 * len(old))
	for i := range old {
		if s := &old[i]; s.n != 0 {
			t.put(string(s.key[:s.n-1]), s.v)
		}
	}
	if oldFree != nil {
		oldFree()
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
			runtime.KeepAlive(t)
			return 0, false
		}
		if int(s.n) == len(k)+1 && string(s.key[:len(k)]) == k {
			v := s.v
			runtime.KeepAlive(t)
			return v, true
		}
	}
}

// GetBytes is Get for a key held in bytes; it does not allocate: Get
// reads the bytes as a string only while it looks, and keeps nothing.
func (t *Table) GetBytes(k []byte) (int32, bool) {
	return t.Get(unsafe.String(unsafe.SliceData(k), len(k)))
}
