// Package fold normalises words and phrases into the keys the gazetteer is
// indexed by: lower case, Latin diacritics folded to ASCII ("Élysée" =
// "elysee"), periods dropped ("U.S." = "US" = "us"), typographic apostrophes
// and dashes made plain. It is a package of its own so that the generator
// (cmd/gen-gazetteer) and the loader fold keys with the same code.
//
// A key is a sequence of folded tokens joined by single spaces. Phrases are
// split into tokens the way a PTB-style tokenizer splits running text: on
// spaces and underscores, with commas, semicolons, colons, parentheses and
// double quotes as tokens of their own; periods, apostrophes and hyphens
// inside a word stay in it ("U.S.", "d'Ivoire", "al-Qaeda" are one token).
package fold

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinA folds U+0100..U+017F (Latin Extended-A) to one ASCII letter each;
// '2' marks the two ligatures that fold to two letters (Ĳ→ij, Œ→oe).
const latinA = "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
	"iiiiiiiiii" + "22" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" +
	"22" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" +
	"zzzzzz" + "s"

// latin1 folds U+00C0..U+00FF; '2' marks Æ/æ (ae), Þ/þ (th) and ß (ss);
// '.' marks × and ÷, which are kept as they are.
const latin1 = "aaaaaa2ceeeeiiiidnooooo.ouuuuy22" + "aaaaaa2ceeeeiiiidnooooo.ouuuuy2y"

// two holds the two-letter foldings of the runes marked '2' above.
var two = map[rune]string{
	'Æ': "ae", 'æ': "ae", 'Þ': "th", 'þ': "th", 'ß': "ss",
	'Ĳ': "ij", 'ĳ': "ij", 'Œ': "oe", 'œ': "oe",
}

// foldRune appends the folded form of r (lower case, no diacritic) to dst.
// It reports whether r was an upper-case letter.
func foldRune(dst []byte, r rune) ([]byte, bool) {
	switch {
	case r >= 0xC0 && r <= 0xFF:
		c := latin1[r-0xC0]
		upper := r < 0xE0 && r != 0xDF
		switch c {
		case '2':
			return append(dst, two[r]...), upper
		case '.':
			return utf8.AppendRune(dst, r), false
		}
		return append(dst, c), upper
	case r >= 0x100 && r <= 0x17F:
		c := latinA[r-0x100]
		upper := unicode.IsUpper(r)
		if c == '2' {
			return append(dst, two[r]...), upper
		}
		return append(dst, c), upper
	case r >= 0x218 && r <= 0x21B: // Romanian comma-below Ș ș Ț ț
		if r < 0x21A {
			return append(dst, 's'), r == 0x218
		}
		return append(dst, 't'), r == 0x21A
	case r == '\u2018' || r == '\u2019' || r == '\u02BC' || r == '\u00B4' || r == '`':
		return append(dst, '\''), false
	case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013':
		return append(dst, '-'), false
	}
	if unicode.IsUpper(r) {
		return utf8.AppendRune(dst, unicode.ToLower(r)), true
	}
	return utf8.AppendRune(dst, r), false
}

// Case records which letter cases a token held.
type Case uint8

const (
	Upper Case = 1 << iota // an upper-case letter
	Lower                  // a lower-case letter
)

// AppendToken appends the folded form of one token to dst and reports the
// cases of its letters (the matcher keeps proper names from matching
// lower-case words, "turkey", "us", and short acronyms from matching
// capitalised words, "Is"). Periods are dropped, so "." folds to the empty
// string, which no key contains.
func AppendToken(dst []byte, tok string) ([]byte, Case) {
	var cs Case
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '.':
				continue
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				cs |= Upper
			case 'a' <= c && c <= 'z':
				dst = append(dst, c)
				cs |= Lower
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		i += size
		var up bool
		dst, up = foldRune(dst, r)
		if up {
			cs |= Upper
		} else if unicode.IsLetter(r) {
			cs |= Lower
		}
	}
	return dst, cs
}

// Token returns the folded form of one token.
func Token(tok string) string {
	if isFolded(tok) {
		return tok
	}
	b, _ := AppendToken(make([]byte, 0, len(tok)), tok)
	return string(b)
}

// isFolded reports whether tok is already plain lower-case ASCII without
// periods, so Token can return it without copying.
func isFolded(tok string) bool {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf || c == '.' || c == '`' || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// Split splits a phrase into raw tokens: spaces and underscores separate
// words; , ; : ( ) " are tokens of their own. Empty tokens are dropped.
func Split(phrase string) []string {
	var out []string
	for tok := range Tokens(phrase) {
		out = append(out, tok)
	}
	return out
}

// Tokens yields the tokens Split returns, without collecting them.
func Tokens(phrase string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range phrase {
			switch {
			case r == '_' || unicode.IsSpace(r):
				if start >= 0 && !yield(phrase[start:i]) {
					return
				}
				start = -1
			case r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"':
				if start >= 0 && !yield(phrase[start:i]) {
					return
				}
				start = -1
				if !yield(phrase[i : i+1]) { // one byte: these are ASCII
					return
				}
			default:
				if start < 0 {
					start = i
				}
			}
		}
		if start >= 0 {
			yield(phrase[start:])
		}
	}
}

// Key folds a phrase into its lookup key: the folded tokens of Split joined
// by single spaces. Tokens that fold to nothing (a lone ".") are dropped.
func Key(phrase string) string {
	var b, t []byte
	for _, tok := range Split(phrase) {
		t, _ = AppendToken(t[:0], tok)
		if len(t) == 0 {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return string(b)
}

// Fields splits a key back into its tokens.
func Fields(key string) []string { return strings.Split(key, " ") }
