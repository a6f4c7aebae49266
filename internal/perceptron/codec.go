package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

const magic = "PCPT\x01"

// ErrFormat is wrapped by every error about a malformed encoded model.
var ErrFormat = errors.New("malformed perceptron model")

// WriteTo encodes the model compactly: masked keys sorted and
// delta-coded, weights quantised to 16 bits against the largest one
// (weights that round to zero are dropped). Compress the stream with
// gzip or flate. The same model always encodes to the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var maxAbs float64
	for _, p := range m.pairs {
		maxAbs = math.Max(maxAbs, math.Abs(float64(p.w)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	cw := &countWriter{w: bufio.NewWriter(w)}
	cw.write([]byte(magic))
	cw.uvarint(uint64(m.classes))
	cw.uvarint(uint64(len(m.keys)))
	var sb [4]byte
	binary.LittleEndian.PutUint32(sb[:], math.Float32bits(scale))
	cw.write(sb[:])
	rows := m.rowsInKeyOrder()
	var prev uint64
	for k, h := range m.keys {
		row := rows[k]
		var qs []int64
		var cs []uint16
		for _, p := range row {
			if q := int64(math.Round(float64(p.w / scale))); q != 0 {
				qs = append(qs, q)
				cs = append(cs, p.class)
			}
		}
		cw.uvarint(h - prev)
		prev = h
		cw.uvarint(uint64(len(qs)))
		last := 0
		for i, q := range qs {
			cw.uvarint(uint64(int(cs[i]) - last))
			last = int(cs[i])
			cw.varint(q)
		}
	}
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.n, cw.err
}

// rowsInKeyOrder returns each feature's pairs in the order of m.keys:
// rows were laid out in that order, so they follow each other in m.pairs.
func (m *Model) rowsInKeyOrder() [][]pair {
	n := make(map[uint32]uint32, len(m.keys)) // start -> row length
	for _, s := range m.slots {
		if s.n != 0 {
			n[s.start] = s.n
		}
	}
	rows := make([][]pair, len(m.keys))
	var off uint32
	for k := range m.keys {
		rows[k] = m.pairs[off : off+n[off]]
		off += n[off]
	}
	return rows
}

type countWriter struct {
	w   *bufio.Writer
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (c *countWriter) write(b []byte) {
	if c.err != nil {
		return
	}
	n, err := c.w.Write(b)
	c.n += int64(n)
	c.err = err
}

func (c *countWriter) uvarint(v uint64) { c.write(c.buf[:binary.PutUvarint(c.buf[:], v)]) }
func (c *countWriter) varint(v int64)   { c.write(c.buf[:binary.PutVarint(c.buf[:], v)]) }

// Read decodes a model written by WriteTo; name (a file or embedded path)
// is used in errors.
func Read(r io.Reader, name string) (*Model, error) {
	br, ok := r.(io.ByteReader)
	if !ok {
		b := bufio.NewReader(r)
		r, br = b, b
	}
	bad := func(what string, err error) (*Model, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("%q: %s: %w (%v)", name, what, ErrFormat, err)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return bad("no perceptron header", err)
	}
	classes, err := binary.ReadUvarint(br)
	if err != nil || classes == 0 || classes > math.MaxUint16+1 {
		return bad("class count", err)
	}
	nrec, err := binary.ReadUvarint(br)
	if err != nil || nrec > 1<<(slotBits-1) {
		return bad("feature count", err)
	}
	var sb [4]byte
	if _, err := io.ReadFull(r, sb[:]); err != nil {
		return bad("scale", err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	b := newBuilder(int(classes), int(min(nrec, 1<<16)))
	var h uint64
	var cls []uint16
	var ws []float32
	for k := uint64(0); k < nrec; k++ {
		d, err := binary.ReadUvarint(br)
		if err != nil || (k > 0 && d == 0) || h+d > keyMask {
			return bad(fmt.Sprintf("key of feature %d", k), err)
		}
		h += d
		n, err := binary.ReadUvarint(br)
		if err != nil || n > classes {
			return bad(fmt.Sprintf("row length of feature %d", k), err)
		}
		cls, ws = cls[:0], ws[:0]
		c := uint64(0)
		for i := uint64(0); i < n; i++ {
			dc, err := binary.ReadUvarint(br)
			if err != nil || (i > 0 && dc == 0) || c+dc >= classes {
				return bad(fmt.Sprintf("class in feature %d", k), err)
			}
			c += dc
			q, err := binary.ReadVarint(br)
			if err != nil {
				return bad(fmt.Sprintf("weight in feature %d", k), err)
			}
			cls = append(cls, uint16(c))
			ws = append(ws, float32(q)*scale)
		}
		b.addHashed(h, cls, ws)
	}
	return b.model()
}
