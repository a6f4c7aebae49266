package number

import (
	"strconv"
	"unsafe"
)

// Digits reads a number written in digits, with thousands commas and a
// decimal point allowed ("1,250.5"); it returns 0 when s is not one. The
// lexers of both stages have already checked the shape, so no error is
// needed.
func Digits(s string) float64 {
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0
	}
	return v
}

// LowerASCII lower-cases ASCII letters, as the lexers do before looking a
// word up here; it returns s itself when nothing changes, so most words
// cost no allocation.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			// One allocation, not a []byte and its string copy: amount.Find
			// lowers a whole document at a time. b is never written after.
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return unsafe.String(unsafe.SliceData(b), len(b))
		}
	}
	return s
}
