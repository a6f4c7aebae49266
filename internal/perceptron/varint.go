package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
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
