package perceptron

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// wideModel builds a model of the given classes whose feature i has a row
// of i%classes+1 weights, the extremes ±32767 among them, so that it has
// both wide and sparse rows.
func wideModel(t *testing.T, classes, n int) (*Model, func(int) uint64) {
	t.Helper()
	feat := func(i int) uint64 { return Hash(9, uint64(i)) }
	hs := make([]uint64, n)
	cls := make([][]uint16, n)
	ws := make([][]float32, n)
	for i := range n {
		hs[i] = finalize(feat(i)) & keyMask
		for c := range i%classes + 1 {
			cls[i] = append(cls[i], uint16((c*7+i)%classes))
			w := float32((i*31+c*17)%2001 - 1000)
			switch {
			case i == 5 && c == 0:
				w = 1000 // the largest weight: quantised to 32767
			case i == 6 && c == 1:
				w = -1000
			case w == 0:
				w = 1
			}
			ws[i] = append(ws[i], w)
		}
		slices.Sort(cls[i])
	}
	m, err := buildFloat(classes, hs, cls, ws)
	if err != nil {
		t.Fatal(err)
	}
	return m, feat
}

// naive sums the rows of feats as decoded by row, the reference a lookup
// must match exactly.
func naive(m *Model, feats []uint64, want []float32) {
	acc := make([]int32, m.classes)
	for _, f := range feats {
		k, ok := slices.BinarySearch(m.keys, finalize(f)&keyMask)
		if !ok {
			continue
		}
		cls, q := m.row(m.order[k])
		for j, c := range cls {
			acc[c] += int32(q[j])
		}
	}
	for c, v := range acc {
		want[c] = float32(v) * m.scale
	}
}

// TestWideRowsScoreExactly checks that rows stored wide score the same
// integer sums as the sparse ones, alone and many at once (more than
// maxWideRows, so that the lanes are flushed on the way), and survive an
// encoding round trip byte for byte.
func TestWideRowsScoreExactly(t *testing.T) {
	for _, classes := range []int{50, 51, 100, 102, 3 * maxWideWords} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			const n = 3000
			m, feat := wideModel(t, classes, n)
			if len(m.wide) == 0 || len(m.arena) <= 1 {
				t.Fatalf("got %d wide words and %d arena words: want both kinds of row", len(m.wide), len(m.arena))
			}
			got, want := make([]float32, classes), make([]float32, classes)
			for _, size := range []int{1, 7, maxWideRows, 3*maxWideRows + 5, 300} {
				for start := 0; start+size <= n+50; start += size*3 + 1 {
					var feats []uint64
					for i := start; i < start+size; i++ {
						feats = append(feats, feat(i)) // past n: absent
					}
					m.Score(feats, got)
					naive(m, feats, want)
					if !slices.Equal(got, want) {
						t.Fatalf("features %d..%d: got %v, want %v", start, start+size-1, got, want)
					}
				}
			}
			var a, b bytes.Buffer
			if _, err := m.WriteTo(&a); err != nil {
				t.Fatal(err)
			}
			m2, err := Read(bytes.NewReader(a.Bytes()), "a")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m2.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("re-encoding changed the bytes: %d vs %d", a.Len(), b.Len())
			}
		})
	}
}

func TestIsWide(t *testing.T) {
	tests := []struct {
		name  string
		words int
		q     []int16
		want  bool
	}{
		{"no wide rows in the model", 0, []int16{1, 2, 3}, false},
		{"short row", 34, []int16{1, 2, 3}, false},
		{"row a third full", 36, make12(5), false},
		{"row half full", 24, make12(5), true},
		{"half-full row with a zero weight", 22, append(make12(5), 0), false},
		{"extreme weights", 2, []int16{math.MaxInt16, -math.MaxInt16}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isWide(tt.words, tt.q); got != tt.want {
				t.Errorf("isWide(%d, %v) = %v, want %v", tt.words, tt.q, got, tt.want)
			}
		})
	}
}

func make12(v int16) []int16 {
	q := make([]int16, 12)
	for i := range q {
		q[i] = v
	}
	return q
}

func TestWideWords(t *testing.T) {
	tests := []struct {
		name    string
		classes int
		want    int
	}{
		{"a parser's three classes", 3, 0},
		{"too few for wide rows", 17, 0},
		{"ner's", 18, 6},
		{"a labeller's", 51, 17},
		{"a tagger's", 102, 34},
		{"the most", 3 * maxWideWords, maxWideWords},
		{"too many", 3*maxWideWords + 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wideWords(tt.classes); got != tt.want {
				t.Errorf("wideWords(%d) = %d, want %d", tt.classes, got, tt.want)
			}
		})
	}
}

// TestAddWideRowsAsLoop checks addWideRows's unrolled steps (eight
// words, four, then one at a time) against a plain loop for every row
// width up to maxWideWords, rows taken in the order given, and that lanes
// too short for a row are left alone.
func TestAddWideRowsAsLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 1; n <= maxWideWords; n++ {
		wide, lanes := make([]uint64, 3*n), make([]uint64, n+1)
		for i := range wide {
			wide[i] = r.Uint64() >> 3
		}
		for i := range lanes {
			lanes[i] = r.Uint64() >> 3
		}
		var offs [chunk]uint32
		offs[4], offs[9] = wideFlag|2, wideFlag|0
		want := slices.Clone(lanes)
		for _, row := range []int{2, 0, 2} {
			for i, w := range wide[row*n : (row+1)*n] {
				want[i] += w
			}
		}
		addWideRows(lanes[:n], wide, n, &offs, []uint8{4, 9, 4})
		if !slices.Equal(lanes, want) {
			t.Fatalf("%d words: lanes %v, want %v", n, lanes, want)
		}
	}
	short := make([]uint64, 3)
	var offs [chunk]uint32
	addWideRows(short, []uint64{1, 2, 3, 4}, 4, &offs, []uint8{0})
	if !slices.Equal(short, []uint64{0, 0, 0}) {
		t.Errorf("lanes shorter than the row: %v, want them left alone", short)
	}
}

// TestAddLanesAsLoop checks addLanes's unrolled steps (eight words, four,
// then one at a time) against a plain loop for rows of every length up to
// maxWideWords, and that it leaves too short lanes alone.
func TestAddLanesAsLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n <= maxWideWords; n++ {
		row, lanes := make([]uint64, n), make([]uint64, n+1)
		for i := range row {
			row[i], lanes[i] = r.Uint64()>>1, r.Uint64()>>1
		}
		want := slices.Clone(lanes)
		for i, w := range row {
			want[i] += w
		}
		addLanes(lanes, row)
		if !slices.Equal(lanes, want) {
			t.Fatalf("%d words: lanes %v, want %v", n, lanes, want)
		}
	}
	short := make([]uint64, 3)
	addLanes(short, []uint64{1, 2, 3, 4})
	if !slices.Equal(short, []uint64{0, 0, 0}) {
		t.Errorf("lanes shorter than the row: %v, want them left alone", short)
	}
}
