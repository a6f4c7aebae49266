package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// rowStream encodes a model of classes classes as WriteTo lays it out,
// from rows drawn at random, with what WriteTo never writes but read
// accepts (rows without weights, zero weights) and the extremes of each
// field: a first key of 0, key deltas of one to eight bytes and more,
// weights of ±MaxInt16.
func rowStream(r *rand.Rand, classes, rows int, odd map[int][]byte) []byte {
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(classes))
	b = binary.AppendUvarint(b, uint64(rows))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(0.5))
	var h uint64
	for k := range rows {
		var d uint64
		switch {
		case k == 0:
			d = 0
		case k%97 == 0:
			d = 1 + r.Uint64N(1<<50) // seven or eight bytes
		case k%501 == 0:
			d = 1<<53 + r.Uint64N(1<<53) // more than eight bytes when it fits
		default:
			d = 1 + r.Uint64N(1<<24)
		}
		if h+d > keyMask {
			d = 1
		}
		if row, ok := odd[k]; ok {
			b = append(b, row...)
			continue
		}
		h += d
		b = binary.AppendUvarint(b, d)
		n := r.IntN(classes + 1)
		if classes > 16 && k%50 != 0 {
			n = r.IntN(16) // the longest now and then
		}
		b = binary.AppendUvarint(b, uint64(n))
		last := 0
		cls := r.Perm(classes)[:n]
		slices.Sort(cls)
		for _, c := range cls {
			b = binary.AppendUvarint(b, uint64(c-last))
			last = c
			var q int64
			switch r.IntN(6) {
			case 0:
				q = 0
			case 1:
				q = math.MaxInt16
			case 2:
				q = -math.MaxInt16
			default:
				q = r.Int64N(2*math.MaxInt16+1) - math.MaxInt16
			}
			b = binary.AppendVarint(b, q)
		}
	}
	return b
}

// TestRowsAsVarints: a model decoded with denseRows or builderRows (from
// a bufio reader) is the same model, with the same errors, as decoded
// varint by varint (from a reader without a buffer), for scoring only
// (ReadCompact) or kept whole (Read), dense and sparse, with class deltas
// and counts of one byte and two, and rows longer than the window: whole,
// cut short anywhere, with bytes changed at random, and with rows read
// must refuse; and the reader is left just past the model.
func TestRowsAsVarints(t *testing.T) {
	for _, classes := range []int{1, 2, maxDense, 10, 40, 300} {
		for _, keep := range []bool{false, true} {
			testRowsAsVarints(t, classes, keep)
		}
	}
}

func testRowsAsVarints(t *testing.T, classes int, keep bool) {
	r := rand.New(rand.NewPCG(8, uint64(classes)))
	read := ReadCompact
	if keep {
		read = Read
	}
	{
		stream := rowStream(r, classes, 5000, nil)
		check := func(what string, data []byte) {
			t.Helper()
			data = append(slices.Clip(data), "tail"...)
			slow, serr := read(iotestByteReader{bytes.NewReader(data)}, "m")
			br := bufio.NewReader(bytes.NewReader(data))
			fast, ferr := read(br, "m")
			// The errors' words, but for encoding/binary's prefix to its
			// overflow, which the buffered decoding's own error lacks.
			msg := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), "binary: ", "") }
			if msg(serr) != msg(ferr) {
				t.Fatalf("%d classes (keep %v), %s: got error %v, want %v", classes, keep, what, ferr, serr)
			}
			if serr != nil {
				return
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("%d classes (keep %v), %s: got %d features, %d weights, not the same model as %d, %d", classes, keep, what,
					fast.Features(), fast.Weights(), slow.Features(), slow.Weights())
			}
			if rest := make([]byte, 8); true {
				n, _ := br.Read(rest)
				if string(rest[:n]) != "tail" {
					t.Fatalf("%d classes, %s: got %q after the model, want \"tail\"", classes, what, rest[:n])
				}
			}
		}
		check("whole", stream)
		for i := 0; i < 100; i++ {
			check("cut", stream[:r.IntN(len(stream))])
		}
		// Rows read refuses, at row 1000: key delta, count, then (class
		// delta, zigzagged weight) pairs.
		for _, row := range [][]byte{
			{0, 1, 0, 2}, // a key delta of 0 after the first row
			{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0}, // past keyMask
			{1, byte(classes + 1)},         // more weights than classes
			{1, 0x81, 0},                   // a count of two bytes
			{1, 1, byte(classes), 2},       // a class out of range
			{1, 1, 0x80, 0, 2},             // a class delta of two bytes
			{1, 2, 0, 2, 0, 2},             // a class twice
			{1, 1, 0, 0xff, 0xff, 0x03},    // weight -32768
			{1, 1, 0, 0x80, 0x80, 0x04},    // weight 32768
			{1, 1, 0, 0x82, 0x80, 0x80, 0}, // weight 1 over four bytes
			{1, 1, 0, 0x80},                // cut in its weight (then the next row's bytes)
		} {
			check("odd row", rowStream(rand.New(rand.NewPCG(1, 1)), classes, 2000, map[int][]byte{1000: row}))
		}
		// A model whose last rows have no weights (decoded, not kept),
		// followed by bytes that read as more such rows: the model ends
		// at its count of rows, and the bytes after it are left.
		empty := map[int][]byte{}
		for k := 1900; k < 2000; k++ {
			empty[k] = []byte{1, 0}
		}
		after := append(bytes.Repeat([]byte{1, 0}, 100), "tail"...)
		two := append(rowStream(rand.New(rand.NewPCG(2, 2)), classes, 2000, empty), after...)
		slow, fast := iotestByteReader{bytes.NewReader(two)}, bufio.NewReader(bytes.NewReader(two))
		sm, serr := read(slow, "m")
		fm, ferr := read(fast, "m")
		if serr != nil || ferr != nil || !reflect.DeepEqual(fm, sm) {
			t.Fatalf("%d classes (keep %v), empty rows last: errors %v and %v, or not the same model", classes, keep, ferr, serr)
		}
		if rest, _ := io.ReadAll(fast); !bytes.Equal(rest, after) {
			t.Fatalf("%d classes (keep %v), empty rows last: got %d bytes after the model, want %d", classes, keep, len(rest), len(after))
		}
		for i := 0; i < 100; i++ {
			bad := slices.Clone(stream)
			for range 1 + r.IntN(3) {
				bad[len(magic)+8+r.IntN(len(bad)-len(magic)-8)] = byte(r.Uint32())
			}
			check("changed", bad)
		}
	}
}

// iotestByteReader hides a reader's type, so that read decodes it varint
// by varint.
type iotestByteReader struct{ r *bytes.Reader }

func (b iotestByteReader) Read(p []byte) (int, error) { return b.r.Read(p) }
func (b iotestByteReader) ReadByte() (byte, error)    { return b.r.ReadByte() }
