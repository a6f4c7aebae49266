//go:build !amd64

package dedup

// addAll adds the shingle hashes hs to the sketch (minhash_amd64.go has
// the AVX2 loop).
func (s *Sketch) addAll(hs []uint64) {
	for _, h := range hs {
		s.add(h)
	}
}
