package gzfile

import (
	"io"
	"sync"
)

// Ahead is a reader that reads its source on a goroutine of its own, up
// to a few chunks ahead of its caller: a model's inflating then runs
// while the caller decodes what was inflated before (the syntax model's
// 18.8 MB take about as long to inflate as to decode), on another core
// when there is one. Close it when done, read to the end or not, so that
// the goroutine stops.
type Ahead struct {
	full chan []byte // chunks read, in order; closed after the last
	free chan []byte // chunks read from, to fill again
	cur  []byte      // the unread part of the chunk being read
	buf  []byte      // the whole of that chunk, to give back
	err  error       // the source's error (not io.EOF), set before full closes
	stop chan struct{}
	once sync.Once
}

// aheadChunk is the size of a chunk, and aheadChunks how many are filled
// ahead at most: enough that a goroutine switch is rare beside the work
// on a chunk.
const (
	aheadChunk  = 256 << 10
	aheadChunks = 2
)

// NewAhead starts reading r ahead of the reads from the returned reader.
func NewAhead(r io.Reader) *Ahead {
	a := &Ahead{full: make(chan []byte, aheadChunks), free: make(chan []byte, aheadChunks+1), stop: make(chan struct{})}
	for range aheadChunks + 1 {
		a.free <- make([]byte, aheadChunk)
	}
	go a.fill(r)
	return a
}

func (a *Ahead) fill(r io.Reader) {
	defer close(a.full)
	for {
		var buf []byte
		select {
		case buf = <-a.free:
		case <-a.stop:
			return
		}
		n, err := 0, error(nil)
		for n < len(buf) && err == nil {
			var k int
			k, err = r.Read(buf[n:])
			n += k
		}
		if n > 0 {
			select {
			case a.full <- buf[:n]:
			case <-a.stop:
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				a.err = err
			}
			return
		}
	}
}

// Read reads what the goroutine has read, in order; at the end it
// returns the source's error, or io.EOF.
func (a *Ahead) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for len(a.cur) == 0 {
		if a.buf != nil {
			a.free <- a.buf[:cap(a.buf)]
			a.buf = nil
		}
		chunk, ok := <-a.full
		if !ok {
			if a.err != nil {
				return 0, a.err
			}
			return 0, io.EOF
		}
		a.cur, a.buf = chunk, chunk
	}
	n := copy(p, a.cur)
	a.cur = a.cur[n:]
	return n, nil
}

// Close stops the reading ahead. It does not close the source.
func (a *Ahead) Close() error {
	a.once.Do(func() { close(a.stop) })
	return nil
}
