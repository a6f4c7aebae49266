package quote

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestNoMarkIn8AsByteByByte compares the eight-byte step of FindQuoted
// with its byte-by-byte test on every single byte at every place among
// plain letters, and on random strings: it fails when a mark, or a byte of
// a multi-byte character, can be stepped over.
func TestNoMarkIn8AsByteByByte(t *testing.T) {
	byByte := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= utf8.RuneSelf || c == '"' || c == '\'' || c == '`' {
				return false
			}
		}
		return true
	}
	check := func(s string) {
		if got, want := noMarkIn8(s), byByte(s); got != want {
			t.Errorf("noMarkIn8(%q) = %v, byte by byte %v", s, got, want)
		}
	}
	for c := range 256 {
		for at := range 8 {
			b := []byte("abcdefgh")
			b[at] = byte(c)
			check(string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("aZ09 ,.!\"'`\x7f\x80\xe2\x9c\xff\x01\x00!#&(")
	for range 20000 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		check(string(b))
	}
}
