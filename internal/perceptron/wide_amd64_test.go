package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAddWideRowsAVX2AsGo checks the assembly of addWideRows against the
// Go loop for every row width up to maxWideWords, from no row to more
// than the 32 the assembly takes a call, rows repeated and in any order,
// the lanes followed by words it must not touch.
func TestAddWideRowsAVX2AsGo(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 1; n <= maxWideWords; n++ {
		for _, k := range []int{0, 1, 2, 5, 31, 32, 33, 70} {
			const rows = 40
			wide := make([]uint64, rows*n)
			for i := range wide {
				wide[i] = r.Uint64() >> 3
			}
			var offs [chunk]uint32
			for j := range offs {
				offs[j] = wideFlag | uint32(r.IntN(rows))
			}
			js := make([]uint8, k)
			for i := range js {
				js[i] = uint8(r.IntN(chunk))
			}
			lanes := make([]uint64, n+2)
			for i := range lanes {
				lanes[i] = r.Uint64() >> 3
			}
			want := slices.Clone(lanes)
			addWideRowsGo(want[:n], wide, n, &offs, js)
			addWideRows(lanes[:n], wide, n, &offs, js)
			if !slices.Equal(lanes, want) {
				t.Fatalf("%d words, %d rows: lanes %v, want %v", n, k, lanes, want)
			}
		}
	}
}

// TestAddWideRowsAVX2PastTheEnd checks that a row past the table's end
// panics as in the Go loop, and that the assembly refuses it before
// adding anything.
func TestAddWideRowsAVX2PastTheEnd(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	const n = 5
	wide := make([]uint64, 2*n)
	var offs [chunk]uint32
	offs[0], offs[1] = wideFlag|1, wideFlag|2
	lanes := make([]uint64, n)
	if addWideRowsAVX2(&lanes[0], &wide[0], 2, n, &offs, []uint8{0, 1}) {
		t.Fatal("row 2 of a table of 2 was taken")
	}
	defer func() {
		if recover() == nil {
			t.Error("row 2 of a table of 2: no panic")
		}
	}()
	addWideRows(lanes, wide, n, &offs, []uint8{0, 1})
}

// BenchmarkAddWideRows adds 32 rows of a tagger's 34 words to its lanes,
// by the assembly and by the Go loop.
func BenchmarkAddWideRows(b *testing.B) {
	const n, rows = 34, 64
	wide := make([]uint64, rows*n)
	var offs [chunk]uint32
	js := make([]uint8, maxWideRows)
	for j := range js {
		offs[j] = wideFlag | uint32(j*7%rows)
		js[j] = uint8(j)
	}
	lanes := make([]uint64, n)
	b.Run("asm", func(b *testing.B) {
		for b.Loop() {
			addWideRows(lanes, wide, n, &offs, js)
		}
	})
	b.Run("go", func(b *testing.B) {
		for b.Loop() {
			addWideRowsGo(lanes, wide, n, &offs, js)
		}
	})
}

// TestFlushWideAVX2AsGo checks flushWide with the assembly against the Go
// loop alone, for every row width up to maxWideWords, the last word
// holding three, two or one class, lanes up to their largest values and
// any count of rows summed, the sums followed by ones it must not touch.
func TestFlushWideAVX2AsGo(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	defer func() { useAVX2 = true }()
	r := rand.New(rand.NewPCG(9, 10))
	for words := 1; words <= maxWideWords; words++ {
		for _, classes := range []int{3*words - 2, 3*words - 1, 3 * words} {
			for _, n := range []int32{1, 2, 17, maxWideRows} {
				lanes := make([]uint64, words)
				for i := range lanes {
					for j := range 3 {
						v := r.Uint64N(uint64(n) * (1 << 16))
						if r.IntN(8) == 0 {
							v = uint64(n) * (1<<16 - 1)
						}
						lanes[i] |= v << (laneBits * j)
					}
				}
				acc := make([]int32, classes+3)
				for i := range acc {
					acc[i] = r.Int32() - 1<<30
				}
				want, lanes2 := slices.Clone(acc), slices.Clone(lanes)
				useAVX2 = false
				flushWide(lanes2, n, want[:classes])
				useAVX2 = true
				flushWide(lanes, n, acc[:classes])
				if !slices.Equal(acc, want) {
					t.Fatalf("%d words, %d classes, %d rows: sums %v, want %v", words, classes, n, acc, want)
				}
				if slices.ContainsFunc(lanes, func(w uint64) bool { return w != 0 }) {
					t.Fatalf("%d words: lanes not cleared: %v", words, lanes)
				}
			}
		}
	}
}

// TestKeysAVX2AsGo checks the assembly of touch's first loop against
// fmix and fingerprint for 0 to 40 features (four a turn, the rest in
// Go) and tables of 2^10 to 2^24 buckets.
func TestKeysAVX2AsGo(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(11, 12))
	for _, bits := range []int{10, 16, 19, 24} {
		mask := uint32(1)<<bits - 1
		for n := 0; n <= 40; n++ {
			feats := make([]uint64, n)
			for i := range feats {
				feats[i] = r.Uint64()
			}
			bs, fps := make([]uint32, n+1), make([]uint32, n+1)
			k := keys(feats, mask, fmixMul1, fmixMul2, bs, fps)
			if k != n/4*4 {
				t.Fatalf("%d features: %d set, want %d", n, k, n/4*4)
			}
			for i, f := range feats[:k] {
				b, fp := fingerprint(finalize(f))
				if bs[i] != b&mask || fps[i] != fp {
					t.Fatalf("feature %d of %d (%#x): bucket %#x, fingerprint %#x, want %#x, %#x", i, n, f, bs[i], fps[i], b&mask, fp)
				}
			}
			if bs[n] != 0 || fps[n] != 0 {
				t.Fatalf("%d features: wrote past them", n)
			}
		}
	}
}

// BenchmarkKeys sets the buckets and fingerprints of 128 features, by the
// assembly and by the Go loop.
func BenchmarkKeys(b *testing.B) {
	feats := make([]uint64, chunk)
	for i := range feats {
		feats[i] = uint64(i) * 0x9e3779b97f4a7c15
	}
	var bs, fps [chunk]uint32
	for _, avx := range []bool{true, false} {
		name := map[bool]string{true: "asm", false: "go"}[avx]
		b.Run(name, func(b *testing.B) {
			defer func(u bool) { useAVX2 = u }(useAVX2)
			useAVX2 = useAVX2 && avx
			for b.Loop() {
				k := keys(feats, 1<<19-1, fmixMul1, fmixMul2, bs[:], fps[:])
				for ; k < len(feats); k++ {
					h := fmix(feats[k], fmixMul1, fmixMul2)
					bs[k], fps[k] = uint32(h)&(1<<19-1), uint32(h>>slotBits)|1
				}
			}
		})
	}
}
