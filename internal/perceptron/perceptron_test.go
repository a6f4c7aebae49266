package perceptron

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"testing"
)

// toy is a separable problem: the class is given by one of two features.
func toy() [][]uint64 {
	var data [][]uint64
	for i := 0; i < 30; i++ {
		c := uint64(i % 3)
		data = append(data, []uint64{Hash(1, c), Hash(2, uint64(i%5)), Hash(3)})
	}
	return data
}

func train(t *testing.T) *Trainer {
	t.Helper()
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for i, f := range toy() {
			guess := tr.Predict(f, scores, nil)
			tr.Update(f, i%3, guess)
			tr.Tick()
		}
	}
	return tr
}

func TestTrainerLearnsSeparableData(t *testing.T) {
	m, err := train(t).Model(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 3)
	for i, f := range toy() {
		if got, want := m.Predict(f, scores, nil), i%3; got != want {
			t.Errorf("example %d: got class %d, want %d", i, got, want)
		}
	}
}

func TestPredictHonoursAllowed(t *testing.T) {
	m, err := train(t).Model(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 3)
	f := toy()[0] // class 0
	if got := m.Predict(f, scores, []bool{false, true, true}); got == 0 {
		t.Errorf("got disallowed class 0")
	}
	if got := m.Predict(f, scores, []bool{false, false, false}); got != -1 {
		t.Errorf("nothing allowed: got %d, want -1", got)
	}
}

func TestUnknownFeatureScoresNothing(t *testing.T) {
	m, err := train(t).Model(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := []float32{9, 9, 9}
	m.Score([]uint64{Hash(99, 1), Hash(98)}, scores)
	for c, s := range scores {
		if s != 0 {
			t.Errorf("class %d: got score %v, want 0", c, s)
		}
	}
}

func TestEncodingRoundTripIsStable(t *testing.T) {
	m, err := train(t).Model(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(a.Bytes()), "a")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("re-encoding changed the bytes: %d vs %d", a.Len(), b.Len())
	}
	s1, s2 := make([]float32, 3), make([]float32, 3)
	for i, f := range toy() {
		m.Score(f, s1)
		m2.Score(f, s2)
		for c := range s1 {
			if d := s1[c] - s2[c]; d > 1e-3*abs(s1[c])+1e-6 || -d > 1e-3*abs(s1[c])+1e-6 {
				t.Errorf("example %d class %d: got %v after decoding, want %v", i, c, s2[c], s1[c])
			}
		}
	}
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

func TestTrainingIsDeterministic(t *testing.T) {
	enc := func() []byte {
		m, err := train(t).Model(Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		m.WriteTo(&b)
		return b.Bytes()
	}
	if !bytes.Equal(enc(), enc()) {
		t.Error("two trainings on the same data encode differently")
	}
}

func TestReadRejectsMalformed(t *testing.T) {
	m, _ := train(t).Model(Options{})
	var good bytes.Buffer
	m.WriteTo(&good)
	tests := map[string][]byte{
		"empty":     nil,
		"bad magic": []byte("NOPE\x01\x03\x00"),
		"truncated": good.Bytes()[:good.Len()/2],
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(in), "x.model"); !errors.Is(err, ErrFormat) {
				t.Errorf("got %v, want ErrFormat", err)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	m, _ := NewTrainer(2).Model(Options{})
	var b bytes.Buffer
	m.WriteTo(&b)
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Read(bytes.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		m.Score([]uint64{1, 2, 3}, make([]float32, m.Classes()))
	})
}

// TestEveryFeatureIsFoundInAFullTable fills tables with many features, so
// that buckets overflow into their neighbours, and checks that each
// feature scores exactly its own weights and that absent ones score none.
func TestEveryFeatureIsFoundInAFullTable(t *testing.T) {
	for _, classes := range []int{3, 10} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			const n = 20000
			tr := NewTrainer(classes)
			feat := func(i int) uint64 { return Hash(7, uint64(i)) }
			for i := range n {
				tr.UpdateBy([]uint64{feat(i)}, i%classes, float64(1+i%5))
				tr.UpdateBy([]uint64{feat(i)}, (i+1)%classes, -1)
				tr.Tick()
			}
			m, err := tr.Model(Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := m.chainedBuckets(); got == 0 {
				t.Fatalf("no feature went past its bucket: the test does not reach probe chains")
			}
			scores := make([]float32, classes)
			want := make([]float32, classes)
			for i := range n {
				m.Score([]uint64{feat(i)}, scores)
				clear(want)
				cls, q := m.row(m.order[slices.Index(m.keys, finalize(feat(i))&keyMask)])
				for j, c := range cls {
					want[c] = float32(q[j]) * m.scale
				}
				if !slices.Equal(scores, want) || scores[i%classes] <= 0 {
					t.Fatalf("feature %d: got scores %v, want %v", i, scores, want)
				}
			}
			for i := n; i < 2*n; i++ {
				m.Score([]uint64{feat(i)}, scores)
				if slices.ContainsFunc(scores, func(s float32) bool { return s != 0 }) {
					t.Fatalf("absent feature %d: got scores %v, want zeros", i, scores)
				}
			}
		})
	}
}

func TestFixedArityHashesEqualHash(t *testing.T) {
	vals := []uint64{0, 1, 0x9e3779b97f4a7c15, 1 << 63, 12345}
	for _, tpl := range []uint64{1, 7, 113} {
		for _, a := range vals {
			for _, b := range vals {
				tests := []struct {
					name      string
					got, want uint64
				}{
					{"Hash1", Hash1(tpl, a), Hash(tpl, a)},
					{"Hash2", Hash2(tpl, a, b), Hash(tpl, a, b)},
					{"Hash3", Hash3(tpl, a, b, a^b), Hash(tpl, a, b, a^b)},
					{"Hash4", Hash4(tpl, a, b, b, a), Hash(tpl, a, b, b, a)},
				}
				for _, tt := range tests {
					if tt.got != tt.want {
						t.Errorf("%s(%d, %x, %x) = %x, want Hash's %x", tt.name, tpl, a, b, tt.got, tt.want)
					}
				}
			}
		}
	}
}

// TestLargeTablesScoreTheirWeightsAndAreFreed builds models whose tables
// are large enough to be mapped outside the heap (offheap.Alloc), checks that
// they score as their rows say, and drops them so that their cleanups
// unmap the memory while other models are still in use.
func TestLargeTablesScoreTheirWeightsAndAreFreed(t *testing.T) {
	const n = 60000 // a 3-class table of 2 MiB or more
	feat := func(i int) uint64 { return Hash(11, uint64(i)) }
	build := func(seed int) *Model {
		tr := NewTrainer(3)
		for i := range n {
			tr.UpdateBy([]uint64{feat(i)}, (i+seed)%3, float64(1+i%7))
			tr.Tick()
		}
		m, err := tr.Model(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if m.Bytes() < 2<<20 {
			t.Fatalf("model of %d bytes: the test does not reach mapped tables", m.Bytes())
		}
		return m
	}
	keep := build(0)
	for round := 1; round <= 3; round++ {
		m := build(round)
		scores := make([]float32, 3)
		for i := 0; i < n; i += 97 {
			m.Score([]uint64{feat(i)}, scores)
			if c := (i + round) % 3; scores[c] <= 0 {
				t.Fatalf("round %d, feature %d: got scores %v, want class %d above 0", round, i, scores, c)
			}
		}
		runtime.GC()
		runtime.GC()
	}
	scores := make([]float32, 3)
	for i := 0; i < n; i += 97 {
		keep.Score([]uint64{feat(i)}, scores)
		if scores[i%3] <= 0 {
			t.Fatalf("kept model, feature %d: got scores %v, want class %d above 0", i, scores, i%3)
		}
	}
}

// TestCompactReadScoresAsRead decodes full tables (dense and sparse, with
// probe chains) both ways: the compact model must score every feature,
// present or not, exactly as the whole one, and refuse to be written,
// pruned or averaged.
func TestCompactReadScoresAsRead(t *testing.T) {
	for _, classes := range []int{3, 10} {
		t.Run(fmt.Sprintf("%d classes", classes), func(t *testing.T) {
			const n = 20000
			feat := func(i int) uint64 { return Hash(5, uint64(i)) }
			tr := NewTrainer(classes)
			for i := range n {
				tr.UpdateBy([]uint64{feat(i)}, i%classes, float64(1+i%5))
				tr.Tick()
			}
			m, err := tr.Model(Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			whole, err := Read(bytes.NewReader(buf.Bytes()), "whole")
			if err != nil {
				t.Fatal(err)
			}
			small, err := ReadCompact(bytes.NewReader(buf.Bytes()), "compact")
			if err != nil {
				t.Fatal(err)
			}
			if small.Features() != whole.Features() || small.Weights() != whole.Weights() {
				t.Errorf("got %d features and %d weights, want %d and %d", small.Features(), small.Weights(), whole.Features(), whole.Weights())
			}
			if small.Bytes() >= whole.Bytes() {
				t.Errorf("compact model takes %d bytes, the whole one %d: want fewer", small.Bytes(), whole.Bytes())
			}
			a, b := make([]float32, classes), make([]float32, classes)
			for i := 0; i < 2*n; i += 3 {
				f := []uint64{feat(i), feat(i + 1)}
				whole.Score(f, a)
				small.Score(f, b)
				if !slices.Equal(a, b) {
					t.Fatalf("features %d, %d: got scores %v, want %v", i, i+1, b, a)
				}
			}
			if _, err := small.WriteTo(&bytes.Buffer{}); err == nil {
				t.Errorf("WriteTo of a compact model: got no error")
			}
			if _, err := small.Prune(1); err == nil {
				t.Errorf("Prune of a compact model: got no error")
			}
			if _, err := Average(whole, small); err == nil {
				t.Errorf("Average with a compact model: got no error")
			}
		})
	}
}
