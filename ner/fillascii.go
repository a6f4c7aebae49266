package ner

import "dateline/internal/perceptron"

// FNV-1a, as perceptron.String hashes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fillASCII is fill for a word of ASCII bytes only (nearly every word of
// English news): its lower-cased form, shape and their hashes made in one
// pass over the bytes, where fill walks the word's runes four times with
// the unicode tables. The same values exactly (TestFillASCIIAsFill).
func (b *builder) fillASCII(t *tokInfo, w string) {
	b.buf = b.buf[:0]
	hw, hl, hs := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var shape [12]byte
	ns := 0
	var last byte
	same, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		hw = (hw ^ uint64(c)) * fnvPrime
		l, sc := c, c
		switch {
		case 'a' <= c && c <= 'z':
			sc = 'x'
		case 'A' <= c && c <= 'Z':
			l, sc = c+'a'-'A', 'X'
			upper = true
		case '0' <= c && c <= '9':
			l, sc = '0', 'd'
		}
		if l != c {
			same = false
		}
		b.buf = append(b.buf, l)
		hl = (hl ^ uint64(l)) * fnvPrime
		if sc != last && ns < len(shape) {
			shape[ns] = sc
			ns++
			hs = (hs ^ uint64(sc)) * fnvPrime
		}
		last = sc
	}
	t.word = hw
	if same {
		t.key = w // most words are written in lower case: no copy
	} else {
		t.key = string(b.buf) // the aggregation map keeps it
	}
	t.lower = hl
	t.shape = hs
	t.shapeLen = uint64(min(len(w), 6))
	t.cap = len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
	t.lowerCase = !upper
	lw := t.key
	if k := indexHyphen(lw); k > 0 && k < len(lw)-1 {
		t.hyphen = perceptron.String(lw[:k])
	}
}
