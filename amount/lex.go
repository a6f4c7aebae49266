package amount

import (
	"dateline/amount/number"
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kWord kind = iota + 1
	kNum
	kSym // a currency symbol
	kPct // %
	kPunct
)

// tok is one lexical unit of a sentence. low is the lower-cased word for
// kWord (only words up to 24 bytes; longer ones cannot be amount words).
type tok struct {
	s, e  int
	kind  kind
	num   float64
	low   string
	cap   bool
	glued bool // no space before it ("300m", "US$")
}

// lex splits text[start:end] into tokens, appending to dst. lower is text
// with A-Z lowered (number.LowerASCII), once for a document: a word's low
// is a slice of it, not a string made for each capitalised word.
func lex(dst []tok, text, lower string, start, end int) []tok {
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < end && isDigit(text[j]) {
				j++
			}
			for j+3 < end && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 == end || !isDigit(text[j+4])) {
				j += 4
			}
			if j+1 < end && text[j] == '.' && isDigit(text[j+1]) {
				j++
				for j < end && isDigit(text[j]) {
					j++
				}
			}
			dst = append(dst, tok{s: i, e: j, kind: kNum, num: number.Digits(text[i:j]), glued: glued(text, i, start)})
			i = j
			continue
		case c == '%':
			dst = append(dst, tok{s: i, e: i + 1, kind: kPct, glued: glued(text, i, start)})
			i++
			continue
		}
		// An ASCII byte is read without decoding it: unicode.IsLetter and
		// IsUpper hold for no ASCII byte but the letters, the capitals.
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:end])
		}
		if c < utf8.RuneSelf && isASCIILetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r) {
			j := i + w
			for j < end {
				if c2 := text[j]; c2 < utf8.RuneSelf {
					if isASCIILetter(c2) || c2 == '.' && j+1 < end && isLetterByte(text[j+1]) && j-i <= 2 {
						j++
						continue
					}
					// Keep hyphenated words whole: "pro-Russian", "well-armed".
					if c2 == '-' && j+1 < end && isLetterByte(text[j+1]) {
						j++
						continue
					}
					break
				}
				r2, w2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) {
					break
				}
				j += w2
			}
			t := tok{s: i, e: j, kind: kWord, glued: glued(text, i, start)}
			if c < utf8.RuneSelf {
				t.cap = 'A' <= c && c <= 'Z'
			} else {
				t.cap = unicode.IsUpper(r)
			}
			if j-i <= 24 {
				t.low = lower[i:j]
			}
			dst = append(dst, t)
			i = j
			continue
		}
		k := kPunct
		if _, ok := symbols[text[i:i+w]]; ok {
			k = kSym
		}
		dst = append(dst, tok{s: i, e: i + w, kind: k, glued: glued(text, i, start)})
		i += w
	}
	return dst
}

func glued(text string, i, start int) bool {
	return i > start && !isSpace(text[i-1])
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isSpace(c byte) bool       { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isLetterByte(c byte) bool  { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
