package text

import (
	"strings"
	"unicode/utf8"
)

// The tokenizer follows the Universal Dependencies English (EWT) and Penn
// Treebank conventions, because the syntax stage is trained on EWT tokens:
// punctuation and quotes stand alone, clitics split off ("do|n't",
// "Russia|’s", "ca|n't"), abbreviations keep their period ("U.S.", "Gen."),
// numbers keep their commas and decimals ("1,000", "3.5") but not currency
// or percent signs ("$|90", "3.5|%"), and URLs, e-mail addresses, hashtags
// and @handles are one token each. One deliberate difference: hyphenated
// words stay whole ("in-person", "post-conflict") unless splitHyphens asks
// for EWT's splitting.

// tokenizer appends the tokens of one paragraph, s, to out; base is the
// paragraph's offset in the document.
type tokenizer struct {
	s            string
	base         int
	splitHyphens bool
	out          []Span
	hasAt        bool // the current chunk contains '@': try e-mail addresses
}

// tokenize appends to out the token spans of p, a paragraph that starts at
// byte base of the document, and returns the extended slice.
func tokenize(p string, base int, splitHyphens bool, out []Span) []Span {
	tz := tokenizer{s: p, base: base, splitHyphens: splitHyphens, out: out}
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf && asciiClass[c] == classSpace {
			i++
			continue
		}
		r, w := decode(p, i)
		if IsSpace(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(p) {
			if c := p[j]; c < utf8.RuneSelf {
				if asciiClass[c] == classSpace {
					break
				}
				j++
				continue
			}
			r, w := decode(p, j)
			if IsSpace(r) {
				break
			}
			j += w
		}
		tz.chunk(i, j)
		i = j
	}
	return tz.out
}

func (tz *tokenizer) emit(a, b int) {
	tz.out = append(tz.out, Span{tz.base + a, tz.base + b})
}

// chunk tokenizes s[start:end], a stretch without spaces.
func (tz *tokenizer) chunk(start, end int) {
	s := tz.s
	tz.hasAt = strings.IndexByte(s[start:end], '@') >= 0
	for k := start; k < end; {
		if n := tz.special(k, start, end); n > 0 {
			tz.emit(k, k+n)
			k += n
			continue
		}
		r, w := decode(s, k)
		switch {
		case isWordRune(r):
			k = tz.word(k, k+w, end)
		case r == '.' && k+1 < end && asciiClass[s[k+1]&0x7f] >= classLower && s[k+1] < utf8.RuneSelf && !afterWord(s, k, start):
			k = tz.word(k, k+1, end) // ".5", ".com", ".NET"
		case (isApostrophe(r) || r == '‘') && !afterWord(s, k, start) && decadeAt(s, k+w, end):
			k = tz.word(k, k+w, end) // "’90s"
		default:
			n := punctRun(s, k, end)
			tz.emit(k, k+n)
			k += n
		}
	}
}

// afterWord reports whether a word rune ends just before s[k] within the chunk.
func afterWord(s string, k, start int) bool {
	if k == start {
		return false
	}
	r, _ := decodeLast(s, k)
	return isWordRune(r)
}

// decadeAt reports whether s[k:] starts with two digits and an optional
// "s" that end a word: the "90s" of "’90s".
func decadeAt(s string, k, end int) bool {
	if k+2 > end || !isDigit(s[k]) || !isDigit(s[k+1]) {
		return false
	}
	k += 2
	if k < end && s[k] == 's' {
		k++
	}
	if k == end {
		return true
	}
	r, _ := decode(s, k)
	return !isWordRune(r)
}

// word scans a word that started at start and has been read up to k, then
// emits it: with its abbreviation period, split before a clitic, and split
// at hyphens when asked. It returns where scanning goes on.
func (tz *tokenizer) word(start, k, end int) int {
	s := tz.s
	apostrophe := false
scan:
	for k < end {
		if c := s[k]; c < utf8.RuneSelf && asciiClass[c] >= classLower {
			k++ // ASCII letter or digit
			continue
		}
		r, w := decode(s, k)
		if isWordRune(r) {
			k += w
			continue
		}
		if k+w >= end {
			break
		}
		prev, _ := decodeLast(s, k)
		next, nw := decode(s, k+w)
		var joins bool
		switch {
		case r == '.':
			joins = isWordRune(prev) && isWordRune(next) // "U.S", "3.5", "nytimes.com"
		case r == ',':
			joins = isDigitRune(prev) && threeDigits(s, k+1, end) // "1,000"
		case r == ':':
			joins = isDigitRune(prev) && isDigitRune(next) // "5:30"
		case r == '/':
			// "9/11", "08/16/2000", "b/c", "w/o" stay whole; "and/or" splits.
			joins = isDigitRune(prev) && isDigitRune(next) ||
				isWordRune(prev) && isWordRune(next) && (runLen(s, k, -1) == 1 || runLen(s, k+w, 1) == 1)
		case r == '_':
			joins = isWordRune(prev) && isWordRune(next)
		case isHyphen(r):
			joins = isWordRune(prev) && isWordRune(next) // "one-on-one"
		case isApostrophe(r):
			joins = isWordRune(prev) && isLetter(next) // "he’s", "O'Brien"
			apostrophe = apostrophe || joins
		case r == '&':
			joins = isUpper(prev) && isUpper(next) // "AT&T"
		}
		if !joins {
			break scan
		}
		k += w + nw
	}
	// A period that belongs to an abbreviation stays with it; an ellipsis
	// never does ("etc..." is "etc" and "...").
	if k < end && s[k] == '.' && (k+1 == end || s[k+1] != '.') {
		if classifyAbbrev(s[start:k], nextByte(s, k+1)) != abbrNone {
			tz.piece(start, k+1)
			return k + 1
		}
	}
	if apostrophe {
		if c := cliticStart(s[start:k]); c > 0 {
			tz.piece(start, start+c)
			tz.emit(start+c, k)
			return k
		}
	}
	if c := fusedSplit(s[start:k]); c > 0 {
		tz.emit(start, start+c)
		tz.emit(start+c, k)
		return k
	}
	tz.piece(start, k)
	return k
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// runLen counts the word runes from s[k] going forward (dir 1) or from just
// before s[k] going back (dir -1), stopping at two: it tells a one-letter
// part ("b" in "b/c") from a longer one.
func runLen(s string, k, dir int) int {
	n := 0
	for n < 2 {
		var r rune
		var w int
		if dir > 0 {
			if k >= len(s) {
				break
			}
			r, w = decode(s, k)
			k += w
		} else {
			if k <= 0 {
				break
			}
			r, w = decodeLast(s, k)
			k -= w
		}
		if !isWordRune(r) {
			break
		}
		n++
	}
	return n
}

// threeDigits reports whether s[k:] is exactly three digits before a
// non-digit: the group after a thousands comma.
func threeDigits(s string, k, end int) bool {
	return k+3 <= end && isDigit(s[k]) && isDigit(s[k+1]) && isDigit(s[k+2]) &&
		(k+3 == end || !isDigit(s[k+3]))
}

// nextByte returns the first byte after s[k:] that is not a space, or 0.
func nextByte(s string, k int) byte {
	for k < len(s) {
		r, w := decode(s, k)
		if !IsSpace(r) {
			return s[k]
		}
		k += w
	}
	return 0
}

// cliticStart returns where a clitic starts in w ("’s", "'re", "n't"), or
// 0 when w has none. The stem must not be empty.
func cliticStart(w string) int {
	a := strings.LastIndexAny(w, "'’ʼ")
	if a <= 0 {
		return 0
	}
	_, aw := decode(w, a)
	switch suffix := w[a+aw:]; {
	case len(suffix) == 1 && strings.ContainsRune("sSmMdD", rune(suffix[0])):
		return a
	case len(suffix) == 2 && (strings.EqualFold(suffix, "ll") || strings.EqualFold(suffix, "re") || strings.EqualFold(suffix, "ve")):
		return a
	case (suffix == "t" || suffix == "T") && a >= 2 && (w[a-1] == 'n' || w[a-1] == 'N'):
		if r, _ := decodeLast(w, a-1); !isWordRune(r) {
			return 0 // "x-n't": no word before the clitic
		}
		return a - 1
	}
	return 0
}

// fusedWords are written as one word but are two in UD ("cannot" is
// "can|not"); the value is where the second part starts.
var fusedWords = map[string]int{
	"cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "outta": 3, "gimme": 3, "lemme": 3,
}

func fusedSplit(w string) int {
	if len(w) < 5 || len(w) > 6 {
		return 0
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return fusedWords[string(buf[:len(w)])]
}

// punctRun returns the length of the punctuation token at s[k]: a run of
// sentence punctuation ("...", "?!"), a run of one repeated mark ("--",
// "**"), or one symbol, with any marks, skin tones and joined emoji after it.
func punctRun(s string, k, end int) int {
	r, n := decode(s, k)
	switch {
	case isStop(r):
		for k+n < end {
			r2, w := decode(s, k+n)
			if !isStop(r2) {
				break
			}
			n += w
		}
	case strings.ContainsRune("-*=~_#+<>^`|/\\—–·$", r):
		for k+n < end {
			r2, w := decode(s, k+n)
			if r2 != r {
				break
			}
			n += w
		}
	}
	for k+n < end {
		r2, w := decode(s, k+n)
		if isExtender(r2) {
			n += w
			continue
		}
		if r2 == '\u200d' && k+n+w < end { // zero-width joiner inside an emoji sequence
			if r3, w3 := decode(s, k+n+w); !isWordRune(r3) && !IsSpace(r3) {
				n += w + w3
				continue
			}
		}
		break
	}
	return n
}

func isStop(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' }
