package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/internal/perceptron"
)

// What fill reads of a word: its lower case and shape, its case, whether
// it is ASCII (fillASCII) and where its hyphen is.

// lowerNorm lower-cases w and writes every digit as 0, so that scores and
// dates share their features.
func lowerNorm(buf []byte, w string) []byte {
	buf = buf[:0]
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// shapeOf maps letters to X/x, digits to d, keeps other characters, and
// collapses repeats ("McDonald's" → "XxXx'x"); it returns the shape and the
// word's length in runes, capped at 6.
func shapeOf(buf []byte, w string) ([]byte, int) {
	buf = buf[:0]
	var last byte
	n := 0
	for _, r := range w {
		n++
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if c != last && len(buf) < 12 {
			buf = append(buf, c)
		}
		last = c
	}
	return buf, min(n, 6)
}

// plainQuotes writes typographic quotes and apostrophes as the ASCII ones
// newswire training data uses, so that “ and ’s read as " and 's.
var plainQuotes = strings.NewReplacer("“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"", "‘", "'", "’", "'")

func (b *builder) fill(t *tokInfo, w string) {
	if isASCII(w) {
		b.fillASCII(t, w)
		return
	}
	b.fillRunes(t, plainQuotes.Replace(w))
}

// fillRunes is fill for any word, rune by rune.
func (b *builder) fillRunes(t *tokInfo, w string) {
	t.word = perceptron.String(w)
	b.buf = lowerNorm(b.buf, w)
	if string(b.buf) == w {
		t.key = w // most words are written in lower case: no copy
	} else {
		t.key = string(b.buf) // the aggregation map keeps it
	}
	t.lower = perceptron.String(t.key)
	lw := t.key
	var n int
	b.buf, n = shapeOf(b.buf, w)
	t.shape = perceptron.String(string(b.buf))
	t.shapeLen = uint64(n)
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	t.lowerCase = !hasUpper(w)
	if k := indexHyphen(lw); k > 0 && k < len(lw)-1 {
		t.hyphen = perceptron.String(lw[:k])
	}
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isWord reports whether w starts with a letter.
func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func indexHyphen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}
