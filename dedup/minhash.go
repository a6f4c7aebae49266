package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Sketch parameters. Changing any of them changes every sketch: stored
// sketches must then be recomputed, which SketchVersion lets a store notice.
const (
	// SketchVersion names the parameters below; it is stored with sketches.
	SketchVersion = 1
	// NumHashes is the number of MinHash values in a sketch. 64 values
	// estimate a Jaccard similarity of 0.5 within about ±0.06 (one standard
	// deviation), enough to tell a syndicated copy (≥ 0.6) from a different
	// story on the same topic (< 0.2).
	NumHashes = 64
	// ShingleWords is the number of consecutive normalised words in one
	// shingle. Five words is long enough that two different stories on the
	// same topic share few shingles, short enough that one changed sentence
	// spoils only a few of them.
	ShingleWords = 5
)

// Sketch is the MinHash signature of a text's word shingles. The zero
// Shingles count marks an empty text, which is near nothing.
type Sketch struct {
	Min      [NumHashes]uint32
	Shingles uint32 // shingles in the text (with repeats); a size for containment
}

// hashParams are the multipliers and offsets of the NumHashes hash
// functions, drawn once from a fixed seed so sketches are comparable across
// runs.
var hashA, hashB = func() (a, b [NumHashes]uint64) {
	s := uint64(0x5eed_da7e_11fe_0001)
	for i := range a {
		a[i] = splitmix(&s) | 1 // odd multipliers keep the map a bijection
		b[i] = splitmix(&s)
	}
	return a, b
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	return mix64(*s)
}

// mix64 is the splitmix64 finaliser: every input bit affects every output bit.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// wordHash is FNV-1a over the word's bytes.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// SketchOf computes the MinHash sketch of text's word shingles (see Words
// for the normalisation). A text shorter than ShingleWords words is one
// shingle of all its words.
func SketchOf(text string) Sketch {
	var s Sketch
	for i := range s.Min {
		s.Min[i] = math.MaxUint32
	}
	var ring [ShingleWords]uint64
	// The shingles' hashes are added in batches (addAll), which with AVX2
	// takes four hash functions at a time.
	var batch [256]uint64
	nb := 0
	n := 0
	for w := range Words(text) {
		ring[n%ShingleWords] = wordHash(w)
		n++
		if n >= ShingleWords {
			if nb == len(batch) {
				s.addAll(batch[:])
				nb = 0
			}
			batch[nb] = shingleHash(&ring, n)
			nb++
		}
	}
	if n > 0 && n < ShingleWords {
		batch[nb] = shingleHash(&ring, n)
		nb++
	}
	s.addAll(batch[:nb])
	return s
}

// shingleHash combines the last min(n, ShingleWords) word hashes in order.
func shingleHash(ring *[ShingleWords]uint64, n int) uint64 {
	k := min(n, ShingleWords)
	h := uint64(0x9e3779b97f4a7c15)
	for j := n - k; j < n; j++ {
		h = (h ^ ring[j%ShingleWords]) * 0x100000001b3
		h = h<<31 | h>>33
	}
	return mix64(h)
}

func (s *Sketch) add(h uint64) {
	s.Shingles++
	// Multiply-shift hashing of an already mixed value: one multiply per
	// function, which keeps a 5,000-word article under a millisecond. Four
	// at a time through pointers to the arrays: the compiler kept the
	// arrays' addresses and the loop's test in every step (13 instructions
	// a hash, now 7; SketchOf was 0.7% of an ingest's instructions).
	a, b, m := &hashA, &hashB, &s.Min
	for i := 0; i < NumHashes; i += 4 {
		m[i] = min(m[i], uint32((a[i]*h+b[i])>>32))
		m[i+1] = min(m[i+1], uint32((a[i+1]*h+b[i+1])>>32))
		m[i+2] = min(m[i+2], uint32((a[i+2]*h+b[i+2])>>32))
		m[i+3] = min(m[i+3], uint32((a[i+3]*h+b[i+3])>>32))
	}
}

// Empty reports whether the text had no words.
func (s Sketch) Empty() bool { return s.Shingles == 0 }

// Jaccard estimates the Jaccard similarity of the two texts' shingle sets:
// the share of MinHash values that agree. Empty sketches are similar to
// nothing.
func (s Sketch) Jaccard(o Sketch) float64 {
	if s.Empty() || o.Empty() {
		return 0
	}
	eq := 0
	for i := range s.Min {
		if s.Min[i] == o.Min[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// sketchBytes is the size of a marshalled sketch: version, count, values.
const sketchBytes = 1 + 4 + 4*NumHashes

// MarshalBinary encodes the sketch for storage, prefixed by SketchVersion.
func (s Sketch) MarshalBinary() ([]byte, error) {
	b := make([]byte, sketchBytes)
	b[0] = SketchVersion
	binary.LittleEndian.PutUint32(b[1:], s.Shingles)
	for i, v := range s.Min {
		binary.LittleEndian.PutUint32(b[5+4*i:], v)
	}
	return b, nil
}

// ErrSketchVersion means a stored sketch was made with other parameters and
// must be recomputed from the text.
var ErrSketchVersion = errors.New("dedup: sketch made by another version")

// UnmarshalBinary decodes what MarshalBinary wrote. A sketch of another
// version returns ErrSketchVersion.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	if len(b) > 0 && b[0] != SketchVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrSketchVersion, b[0], SketchVersion)
	}
	if len(b) != sketchBytes {
		return fmt.Errorf("dedup: sketch is %d bytes, want %d", len(b), sketchBytes)
	}
	s.Shingles = binary.LittleEndian.Uint32(b[1:])
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(b[5+4*i:])
	}
	return nil
}
