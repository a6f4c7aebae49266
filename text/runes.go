package text

import (
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at s[i] and its width. Invalid UTF-8 decodes as
// utf8.RuneError of width 1, so every byte of the text still lands in some
// token and the spans keep rebuilding the text exactly. The ASCII path is
// small enough to inline.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeRest(s[i:])
}

//go:noinline
func decodeRest(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// decodeLast returns the rune that ends just before s[i].
func decodeLast(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeLastRest(s[:i])
}

//go:noinline
func decodeLastRest(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// asciiClass holds the class of every ASCII character, for the fast paths.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = classSpace
		case 'a' <= c && c <= 'z':
			t[c] = classLower
		case 'A' <= c && c <= 'Z':
			t[c] = classUpper
		case '0' <= c && c <= '9':
			t[c] = classDigit
		}
	}
	return t
}()

const (
	classOther uint8 = iota
	classSpace
	classLower
	classUpper
	classDigit
)

// IsSpace reports whether r separates tokens. It is unicode.IsSpace plus the
// zero-width space, word joiner and byte-order mark, which scraped pages put
// between words. Only such runes ever lie between tokens.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classSpace
	}
	return isSpaceRest(r)
}

func isSpaceRest(r rune) bool {
	return r == '\u200b' || r == '\u2060' || r == '\ufeff' || unicode.IsSpace(r)
}

// isLineBreak reports whether r ends a paragraph.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// isWordRune reports whether r belongs inside a word: letters, numbers and
// combining marks (so "café" written with a combining accent stays whole).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= classLower
	}
	return isWordRest(r)
}

func isWordRest(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return classLower <= asciiClass[r] && asciiClass[r] <= classUpper
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classUpper
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == classLower
	}
	return unicode.IsLower(r)
}

// isApostrophe covers the straight, the curly (right single quotation mark,
// which news sites use for apostrophes) and the modifier-letter apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen covers the ASCII hyphen-minus and the Unicode hyphens that join
// words; dashes (– —) are not hyphens and always split.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isOpenQuote and isCloseQuote are the unambiguous typographic quotes; the
// straight ones (" ') are decided by where the spaces are.
func isOpenQuote(r rune) bool {
	return r == '“' || r == '‘' || r == '„' || r == '‚' || r == '«' || r == '‹'
}

func isCloseQuote(r rune) bool { return r == '”' || r == '’' || r == '»' || r == '›' }

// isExtender reports whether r attaches to the symbol before it instead of
// standing alone: combining marks, variation selectors, emoji skin tones.
// Keeping "👍🏽" one token is kinder to later stages than two.
func isExtender(r rune) bool {
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) ||
		(r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xFE00 && r <= 0xFE0F)
}
