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

// rowWeights is the weights a row of a sparse model is given room for
// before its rows are read.
const rowWeights = 4

// ErrFormat is wrapped by every error about a malformed encoded model.
var ErrFormat = errors.New("malformed perceptron model")

// WriteTo encodes the model compactly: masked keys sorted and
// delta-coded, the 16-bit quantised weights as varints. Compress the
// stream with gzip or flate. The same model always encodes to the same
// bytes, and decodes to the same model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.compact {
		return 0, errCompact
	}
	cw := &countWriter{w: bufio.NewWriter(w)}
	cw.write([]byte(magic))
	cw.uvarint(uint64(m.classes))
	cw.uvarint(uint64(len(m.keys)))
	var sb [4]byte
	binary.LittleEndian.PutUint32(sb[:], math.Float32bits(m.scale))
	cw.write(sb[:])
	var prev uint64
	for k, h := range m.keys {
		cls, q := m.row(m.order[k])
		cw.uvarint(h - prev)
		prev = h
		cw.uvarint(uint64(len(cls)))
		last := 0
		for i, c := range cls {
			cw.uvarint(uint64(int(c) - last))
			last = int(c)
			cw.varint(int64(q[i]))
		}
	}
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.n, cw.err
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
func Read(r io.Reader, name string) (*Model, error) { return read(r, name, true) }

// ReadCompact decodes a model only to score with: it keeps no copy of the
// keys (12 bytes a feature), and a model of at most maxDense classes is
// decoded straight into its table, without the rows' intermediate copy
// (12 more bytes a feature of short-lived garbage). WriteTo, Prune and
// Average refuse the result. It scores exactly as the model Read returns.
func ReadCompact(r io.Reader, name string) (*Model, error) { return read(r, name, false) }

func read(r io.Reader, name string, keep bool) (*Model, error) {
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
	if scale == 0 || scale != scale || math.IsInf(float64(scale), 0) {
		return bad("scale", nil)
	}
	// A model kept whole, or a sparse one (whose arena's size is known
	// only at the end), is gathered in a builder first.
	var b *builder
	var m *Model
	if keep || classes > maxDense {
		b = newBuilder(int(classes), scale, int(min(nrec, 1<<20)))
		// Room for rowWeights weights a row: the syntax model's sparse
		// tables hold 2.5 to 3.4 a row, NER's 4.7. Grown from empty, the
		// weights' slices made five times their size in garbage (22 MB
		// a load of the syntax model), and a collection or two that
		// marks the whole heap.
		w := int(min(nrec*rowWeights, 1<<22))
		b.cls, b.q = make([]uint16, 0, w), make([]int16, 0, w)
	} else if m, err = newModel(int(classes), scale, int(nrec), 0, 0, false); err != nil {
		return bad("feature count", err)
	}
	var rc []uint16
	var rq []int16
	var h uint64
	var pend pendingRows
	vr := newVarints(br)
	defer vr.done()
	for k := uint64(0); k < nrec; k++ {
		if b == nil {
			k += vr.denseRows(&pend, m, &h, k, nrec, classes)
		} else {
			k += vr.builderRows(b, &h, k, nrec, classes)
		}
		if k == nrec {
			break
		}
		d, err := vr.uvarint()
		if err != nil || (k > 0 && d == 0) || h+d > keyMask {
			return bad(fmt.Sprintf("key of feature %d", k), err)
		}
		h += d
		n, err := vr.uvarint()
		if err != nil || n > classes {
			return bad(fmt.Sprintf("row length of feature %d", k), err)
		}
		// The row in one go, or, near the end of the window or when
		// malformed, varint by varint.
		var whole bool
		rc, rq, whole = vr.pairs(n, classes, rc[:0], rq[:0])
		c := uint64(0)
		for i := uint64(0); !whole && i < n; i++ {
			dc, err := vr.uvarint()
			if err != nil || (i > 0 && dc == 0) || c+dc >= classes {
				return bad(fmt.Sprintf("class in feature %d", k), err)
			}
			c += dc
			q, err := vr.varint()
			if err != nil || q > math.MaxInt16 || q < -math.MaxInt16 {
				return bad(fmt.Sprintf("weight in feature %d", k), err)
			}
			rc = append(rc, uint16(c))
			rq = append(rq, int16(q))
		}
		switch {
		case b != nil:
			b.add(h, rc, rq)
		case len(rc) > 0:
			pend.add(m, h, rc, rq)
		}
	}
	if b == nil {
		pend.flush(m)
		return m, nil
	}
	if m, err = b.model(); err != nil || keep {
		return m, err
	}
	m.keys, m.order, m.compact = nil, nil, true
	return m, nil
}
