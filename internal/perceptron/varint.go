package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/bits"
)

// varints decodes the varints of a model's rows. binary.ReadUvarint over
// an io.ByteReader makes an interface call per byte, a fifth of the CPU
// time of loading the syntax model; from a *bufio.Reader the varints are
// decoded straight from its buffer (Peek), and what was decoded is
// discarded as the window moves, so that the reader is left just past the
// model, as the byte-at-a-time decoding leaves it, for what follows in
// the stream.
type varints struct {
	br   *bufio.Reader // nil: byte at a time from slow
	slow io.ByteReader
	win  []byte // the buffered bytes seen, win[used:] not yet decoded
	used int
}

// window is the most bytes looked at once: bufio's default size.
const window = 4096

var errVarintOverflow = errors.New("varint overflows a 64-bit integer")

func newVarints(r io.ByteReader) *varints {
	if br, ok := r.(*bufio.Reader); ok && br.Size() >= binary.MaxVarintLen64 {
		return &varints{br: br}
	}
	return &varints{slow: r}
}

// refill discards the decoded bytes and looks at the next ones.
func (v *varints) refill() {
	_, _ = v.br.Discard(v.used)
	v.used = 0
	// Peek returns the bytes there are, with an error, near the end.
	v.win, _ = v.br.Peek(min(window, v.br.Size()))
}

func (v *varints) uvarint() (uint64, error) {
	if len(v.win)-v.used >= binary.MaxVarintLen64 {
		if x, k := uvarint8(v.win[v.used:]); k > 0 {
			v.used += k
			return x, nil
		}
	}
	return v.uvarintSlow()
}

// uvarint8 decodes a varint of at most eight bytes from the start of b,
// which must hold eight bytes at least, and its length; a length of 0
// for a longer one. The first byte whose top bit is clear ends it. Its
// 7-bit groups are packed without a loop over the bytes, whose exit,
// after a different number of bytes from one varint to the next (a
// key's delta takes five or six, a class one, a weight one to three), is
// a branch the processor cannot predict.
func uvarint8(b []byte) (uint64, int) {
	x := binary.LittleEndian.Uint64(b)
	stop := ^x & 0x8080808080808080
	if stop == 0 {
		return 0, 0
	}
	end := bits.TrailingZeros64(stop) // the top bit of the last byte
	return pack7(x & (2<<end - 1)), end>>3 + 1
}

// pairs decodes the n (class delta, weight) pairs of a row whose classes
// are below classes, appending the classes and weights to rc and rq,
// when the window holds them whole, rc and rq have room for them and
// they are well formed; otherwise it consumes nothing and reports false,
// and the caller decodes them one by one (which names a fault, and makes
// room). Decoding a row in one loop keeps the window and the position in
// registers, where the call per varint stored and reloaded them.
func (v *varints) pairs(n, classes uint64, rc []uint16, rq []int16) ([]uint16, []int16, bool) {
	win := v.win[v.used:]
	start := len(rc)
	if uint64(len(win))/(2*binary.MaxVarintLen64) < n || uint64(cap(rc)-start) < n || uint64(cap(rq)-start) < n {
		return rc, rq, false
	}
	end := start + int(n)
	p, ok := decodePairs(win, rc[start:end], rq[start:end], classes)
	if !ok {
		return rc, rq, false
	}
	v.used += p
	return rc[:end], rq[:end], true
}

// decodePairs decodes len(oc) pairs from win, which holds at least 20
// bytes for each, into oc and oq, and returns the bytes read. A class
// delta is nearly always one byte (below 128 classes) and a weight (an
// int16, zigzagged) at most three: such a pair is decoded from one load
// of eight bytes. On its own, with nothing else live, the loop keeps its
// values in registers (in pairs, with the slices to return, they were
// stored and reloaded at every pair: nearly 100 instructions a pair, a
// quarter of a one-sentence extract's).
func decodePairs(win []byte, oc []uint16, oq []int16, classes uint64) (int, bool) {
	oq = oq[:len(oc)]
	p, c := 0, uint64(0)
	for i := range oc {
		// At most 16 bytes a pair so far, 20 in the window for each: eight
		// bytes to read at p.
		x := binary.LittleEndian.Uint64(win[p:])
		var dc, uq uint64
		if x&0x80 == 0 {
			dc = x & 0x7f
			w := x >> 8
			stop := w&0x808080 ^ 0x808080
			if stop == 0 {
				return 0, false // longer than an int16's
			}
			end := bits.TrailingZeros64(stop)
			w &= 2<<end - 1
			uq = w&0x7f | w>>1&0x3f80 | w>>2&0x1fc000
			p += end>>3 + 2
		} else {
			var k int
			if dc, k = uvarint8(win[p:]); k == 0 {
				return 0, false
			}
			p += k
			if uq, k = uvarint8(win[p:]); k == 0 {
				return 0, false
			}
			p += k
		}
		if (i > 0 && dc == 0) || c+dc >= classes {
			return 0, false
		}
		c += dc
		q := int64(uq >> 1)
		if uq&1 != 0 {
			q = ^q
		}
		if q > math.MaxInt16 || q < -math.MaxInt16 {
			return 0, false
		}
		oc[i], oq[i] = uint16(c), int16(q)
	}
	return p, true
}

// pack7 joins the low 7 bits of each byte of x, first byte lowest: two
// bytes' groups into 14 bits, those pairs into 28, then the halves into 56.
func pack7(x uint64) uint64 {
	x = x&0x007f007f007f007f | x>>1&0x3f803f803f803f80
	x = x&0x00003fff00003fff | x>>2&0x0fffc0000fffc000
	return x&0x000000000fffffff | x>>4&0x00fffffff0000000
}

// uvarintSlow decodes a varint of nine or ten bytes, or one near the end
// of the window or of the stream, or one from a reader without a buffer.
func (v *varints) uvarintSlow() (uint64, error) {
	if v.br == nil {
		return binary.ReadUvarint(v.slow)
	}
	if len(v.win)-v.used < binary.MaxVarintLen64 {
		v.refill()
	}
	x, k := binary.Uvarint(v.win[v.used:])
	switch {
	case k > 0:
		v.used += k
		return x, nil
	case k == 0 && v.used == len(v.win):
		return 0, io.EOF
	case k == 0:
		return 0, io.ErrUnexpectedEOF
	}
	return 0, errVarintOverflow
}

func (v *varints) varint() (int64, error) {
	ux, err := v.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, err
}

// done leaves the underlying reader just past the decoded bytes.
func (v *varints) done() {
	if v.br != nil {
		_, _ = v.br.Discard(v.used)
		v.win, v.used = nil, 0
	}
}
