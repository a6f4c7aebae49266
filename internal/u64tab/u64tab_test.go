package u64tab

import (
	"math/rand/v2"
	"testing"
)

// TestAgreesWithMap puts the same keys (0 among them, some twice, some
// sharing their top bits so that they probe past each other) in a table
// and a map, and checks every lookup, present and absent, agrees.
func TestAgreesWithMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tab := New[uint16](4) // grows many times
	want := map[uint64]uint16{}
	var keys []uint64
	for i := range 20000 {
		k := r.Uint64()
		switch i % 7 {
		case 0:
			k &= 0xffff // small keys crowd a few homes
		case 1:
			k = 0
		case 2:
			if len(keys) > 0 {
				k = keys[r.IntN(len(keys))] // a key put again
			}
		}
		v := uint16(r.Uint32())
		tab.Put(k, v)
		want[k] = v
		keys = append(keys, k)
	}
	if tab.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", tab.Len(), len(want))
	}
	for k, v := range want {
		if got, ok := tab.Get(k); !ok || got != v {
			t.Fatalf("Get(%#x) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for range 20000 {
		k := r.Uint64()
		v, inMap := want[k]
		if got, ok := tab.Get(k); ok != inMap || got != v {
			t.Fatalf("Get(%#x) = %d, %v; want %d, %v", k, got, ok, v, inMap)
		}
	}
	n := 0
	tab.All(func(k uint64, v uint16) {
		n++
		if want[k] != v {
			t.Errorf("All gave %#x = %d, want %d", k, v, want[k])
		}
	})
	if n != len(want) {
		t.Errorf("All gave %d keys, want %d", n, len(want))
	}
}

func TestEmptyTableFindsNothing(t *testing.T) {
	tab := New[int32](0)
	for _, k := range []uint64{0, 1, 1 << 63, ^uint64(0)} {
		if v, ok := tab.Get(k); ok || v != 0 {
			t.Errorf("Get(%#x) = %d, %v on an empty table", k, v, ok)
		}
	}
}
