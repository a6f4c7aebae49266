package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
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

// TestVarintsAsBinary decodes varints of every length from one to ten
// bytes, and the largest and smallest of each length, through the eight-
// byte path and the byte-at-a-time one: both must give what
// encoding/binary gives, and an over-long varint must be an error.
func TestVarintsAsBinary(t *testing.T) {
	var vals []uint64
	for n := 1; n <= 64; n++ {
		top := uint64(1)<<(n-1) | uint64(1)<<(n-1) - 1 // n bits, all ones
		vals = append(vals, uint64(1)<<(n-1), top, top^0x5555555555555555&top)
	}
	vals = append(vals, 0, 127, 128, 16383, 16384)
	var enc []byte
	for _, v := range vals {
		enc = binary.AppendUvarint(enc, v)
	}
	enc = append(enc, bytes.Repeat([]byte{0xff}, 10)...) // over 64 bits
	enc = append(enc, make([]byte, 16)...)
	for _, size := range []int{16, 4096} {
		br := bufio.NewReaderSize(bytes.NewReader(enc), size)
		vr := newVarints(br)
		for i, want := range vals {
			got, err := vr.uvarint()
			if err != nil || got != want {
				t.Fatalf("size %d, varint %d: got %d, %v, want %d", size, i, got, err, want)
			}
		}
		if _, err := vr.uvarint(); !errors.Is(err, errVarintOverflow) {
			t.Errorf("size %d: got %v for an over-long varint, want errVarintOverflow", size, err)
		}
	}
}
