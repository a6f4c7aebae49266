package strtab

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// keys makes n distinct keys shaped like feature names: a short prefix,
// a word, sometimes a second part; a few longer than KeyMax.
func keys(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	prefixes := []string{"k=", "kf=", "tag=", "skf=", "xw=", "hl=", "c0=", "next="}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var b strings.Builder
		b.WriteString(prefixes[r.IntN(len(prefixes))])
		fmt.Fprintf(&b, "w%d", r.IntN(20000))
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "|f%d", r.IntN(40))
		}
		if r.IntN(50) == 0 {
			b.WriteString("|a-rather-long-tail-part")
		}
		if k := b.String(); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func TestGetReturnsWhatPutStored(t *testing.T) {
	ks := keys(5000, 1)
	tb := New(10) // grows
	for i, k := range ks {
		tb.Put(k, int32(i))
	}
	tb.Put(ks[3], -3) // replaces
	if tb.Len() != len(ks) {
		t.Fatalf("Len = %d, want %d", tb.Len(), len(ks))
	}
	for i, k := range ks {
		want := int32(i)
		if i == 3 {
			want = -3
		}
		if v, ok := tb.Get(k); !ok || v != want {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, v, ok, want)
		}
		if v, ok := tb.GetBytes([]byte(k)); !ok || v != want {
			t.Errorf("GetBytes(%q) = %d, %v; want %d, true", k, v, ok, want)
		}
	}
	for _, k := range []string{"", "k=", "k=w1|f1x", ks[0] + "x", ks[0][:len(ks[0])-1], strings.Repeat("z", 40)} {
		if v, ok := tb.Get(k); ok {
			t.Errorf("Get(%q) = %d, true; want absent", k, v)
		}
		if v, ok := tb.GetBytes([]byte(k)); ok {
			t.Errorf("GetBytes(%q) = %d, true; want absent", k, v)
		}
	}
}

func TestKeysOfEveryLength(t *testing.T) {
	tb := New(0)
	for n := 0; n <= KeyMax+2; n++ {
		tb.Put(strings.Repeat("a", n), int32(n))
	}
	for n := 0; n <= KeyMax+2; n++ {
		if v, ok := tb.Get(strings.Repeat("a", n)); !ok || v != int32(n) {
			t.Errorf("key of %d bytes: got %d, %v", n, v, ok)
		}
	}
}

// BenchmarkLookup looks up 17,000 feature-like keys, 80% present, in
// bursts of 40 with 256 KB of other memory read between bursts (outside
// the timing), as a stage's lookups meet a table the other stages pushed
// out of the cache. ns/op is per burst.
func BenchmarkLookup(b *testing.B) {
	ks := keys(17000, 1)
	absent := keys(4000, 2)
	m := make(map[string]int32, len(ks))
	tb := New(len(ks))
	for i, k := range ks {
		m[k] = int32(i)
		tb.Put(k, int32(i))
	}
	r := rand.New(rand.NewPCG(3, 4))
	var probe [][]byte
	for range 1 << 14 {
		k := ks[r.IntN(len(ks))]
		if r.IntN(5) == 0 {
			k = absent[r.IntN(len(absent))]
		}
		probe = append(probe, []byte(k))
	}
	other := make([]byte, 32<<20)
	sweep := func(i int) int {
		s := 0
		for j := (i * (8 << 20)) % (len(other) - (8 << 20)); j < (i*(8<<20))%(len(other)-(8<<20))+(8<<20); j += 64 {
			s += int(other[j])
		}
		return s
	}
	for _, c := range []struct {
		name string
		get  func([]byte) (int32, bool)
	}{
		{"map", func(k []byte) (int32, bool) { v, ok := m[string(k)]; return v, ok }},
		{"strtab", tb.GetBytes},
	} {
		b.Run(c.name, func(b *testing.B) {
			sum := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				sum += sweep(i)
				b.StartTimer()
				for j := range 40 {
					v, _ := c.get(probe[(i*40+j)%len(probe)])
					sum += int(v)
				}
			}
			_ = sum
		})
	}
}

// TestLargeTablesGrowOutsideTheHeapAndAreFreed builds tables that grow
// through sizes mapped outside the heap (offheap.MinMapped and more),
// checks that every key is found after each growth, and drops tables so
// that their cleanups unmap the memory while another is still read.
func TestLargeTablesGrowOutsideTheHeapAndAreFreed(t *testing.T) {
	const n = 40000 // 65,536 slots of 32 bytes: 2 MiB
	key := func(i int) string { return fmt.Sprintf("w%d", i) }
	build := func() *Table {
		tab := New(8) // grows from 8 slots through the mapped sizes
		for i := range n {
			tab.Put(key(i), int32(i))
		}
		return tab
	}
	keep := build()
	if got := len(keep.slots) * 32; got < 2<<20 {
		t.Fatalf("table of %d bytes: the test does not reach mapped slots", got)
	}
	for round := range 3 {
		tab := build()
		for i := 0; i < n; i += 7 {
			if v, ok := tab.Get(key(i)); !ok || v != int32(i) {
				t.Fatalf("round %d: Get(%q) = %d, %v; want %d, true", round, key(i), v, ok, i)
			}
		}
		tab = nil
		runtime.GC()
		for i := 0; i < n; i += 13 {
			if v, ok := keep.GetBytes([]byte(key(i))); !ok || v != int32(i) {
				t.Fatalf("after dropping a table: GetBytes(%q) = %d, %v; want %d, true", key(i), v, ok, i)
			}
		}
	}
	if _, ok := keep.Get("absent"); ok {
		t.Error(`Get("absent") found a key never put`)
	}
}
