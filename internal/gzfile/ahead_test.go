package gzfile

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
	"testing/iotest"
	"time"
)

// TestAheadReadsTheSource: what Ahead reads is the source's bytes in
// order, whatever the sizes of the reads (across its chunks' edges), then
// io.EOF; a source's error comes after the bytes read before it.
func TestAheadReadsTheSource(t *testing.T) {
	src := make([]byte, 3*aheadChunk+12345)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range src {
		src[i] = byte(rng.IntN(256))
	}
	for _, size := range []int{1, 7, 4096, aheadChunk, 2*aheadChunk + 1} {
		a := NewAhead(iotest.HalfReader(bytes.NewReader(src)))
		var got []byte
		buf := make([]byte, size)
		for {
			n, err := a.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("reads of %d: %v", size, err)
			}
		}
		a.Close()
		if !bytes.Equal(got, src) {
			t.Errorf("reads of %d: got %d bytes, not the source's %d", size, len(got), len(src))
		}
	}
	broken := errors.New("broken")
	a := NewAhead(io.MultiReader(bytes.NewReader(src[:1000]), iotest.ErrReader(broken)))
	defer a.Close()
	got, err := io.ReadAll(a)
	if !errors.Is(err, broken) || !bytes.Equal(got, src[:1000]) {
		t.Errorf("got %d bytes and %v, want 1000 and the source's error", len(got), err)
	}
}

// TestAheadCloseStopsReading: a reader closed before the end leaves no
// goroutine behind, though its source has more.
func TestAheadCloseStopsReading(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 10 {
		a := NewAhead(bytes.NewReader(make([]byte, 10*aheadChunk)))
		if _, err := a.Read(make([]byte, 10)); err != nil {
			t.Fatal(err)
		}
		a.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after closing, %d before", n, before)
	}
}
