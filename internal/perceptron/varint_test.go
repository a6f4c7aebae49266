package perceptron

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"slices"
	"testing"
)

// TestReadFromBufferedStream decodes models written one after another
// in one stream, through bufio readers of several sizes (the decoder
// reads varints from the reader's buffer): each model must score as
// written, the reader must be left just past each, and a stream cut
// short anywhere must give ErrFormat, not a model.
func TestReadFromBufferedStream(t *testing.T) {
	a, b := train(t).Model(Options{})
	if b != nil {
		t.Fatal(b)
	}
	wide := manyClassModel(t)
	var stream bytes.Buffer
	for _, m := range []*Model{a, wide} {
		if _, err := m.WriteTo(&stream); err != nil {
			t.Fatal(err)
		}
	}
	stream.WriteString("tail")
	for _, size := range []int{16, 100, 4096} {
		for _, compact := range []bool{false, true} {
			br := bufio.NewReaderSize(bytes.NewReader(stream.Bytes()), size)
			read := Read
			if compact {
				read = ReadCompact
			}
			for i, want := range []*Model{a, wide} {
				got, err := read(br, "stream")
				if err != nil {
					t.Fatalf("size %d, model %d: %v", size, i, err)
				}
				feats := []uint64{Hash(1, 0), Hash(2, 3), Hash(3), Hash(9, 1), Hash(9, 2)}
				gs, ws := make([]float32, want.Classes()), make([]float32, want.Classes())
				got.Score(feats, gs)
				want.Score(feats, ws)
				if !slices.Equal(gs, ws) {
					t.Errorf("size %d, model %d: got scores %v, want %v", size, i, gs, ws)
				}
			}
			rest, _ := io.ReadAll(br)
			if string(rest) != "tail" {
				t.Errorf("size %d: got %q after the models, want %q", size, rest, "tail")
			}
		}
	}
	var one bytes.Buffer
	if _, err := wide.WriteTo(&one); err != nil {
		t.Fatal(err)
	}
	for cut := len(magic); cut < one.Len(); cut += 5 {
		_, err := Read(bufio.NewReaderSize(bytes.NewReader(one.Bytes()[:cut]), 16), "cut")
		if !errors.Is(err, ErrFormat) {
			t.Errorf("cut at %d of %d bytes: got %v, want ErrFormat", cut, one.Len(), err)
		}
	}
}

// manyClassModel is a model of 30 classes whose rows are long enough to be
// stored wide.
func manyClassModel(t *testing.T) *Model {
	t.Helper()
	tr := NewTrainer(30)
	for i := range 300 {
		f := []uint64{Hash(9, uint64(i%7)), Hash(3)}
		tr.UpdateBy(f, i%30, float64(1+i%4))
		tr.Tick()
	}
	m, err := tr.Model(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
