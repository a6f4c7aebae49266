package timex

import (
	"dateline/amount/number"
	"unicode"
	"unicode/utf8"
)

// kind is the lexical shape of a token.
type kind uint8

const (
	kWord   kind = iota + 1
	kNum         // digits, possibly with a decimal point or thousands commas
	kPunct       // anything else, one rune
	kISO         // 2025-08-18
	kSlash       // 8/18/2025 or 18/08/2025
	kClock       // 3:30, 15:30:05
	kDecade      // 1990s, '90s
	kOrdNum      // 11th, 3rd
	kAMPM        // a.m., pm (also when glued: "10am" gives 10 and am)
	kFrac        // 1/2 after a whole number: "2 1/2"
	kNode        // a time expression found by an earlier cascade stage
)

// tok is one lexical unit. Hyphens between two tokens are dropped and
// recorded in hyph ("third-quarter" lexes as third, quarter), so rules match
// "10-year" and "10 year" alike; the span still covers the hyphen because a
// match runs from its first token's start to its last token's end.
type tok struct {
	s, e int // byte span in the document text
	kind kind
	cap  bool // starts with an upper-case letter
	hyph bool // joined to the previous token by a hyphen
	ent  *entry
	num  float64 // value of kNum, kOrdNum, kDecade (first year), kFrac
	ints [3]int  // kISO y,m,d; kSlash a,b,c; kClock h,m,s
	node *tval   // kNode
	// bi, bj are the base tokens a token covers (a node covers several).
	bi, bj    int
	words     bool // a number spelled out in words ("three and a half")
	yearWords bool // a year spelled out ("nineteen ninety-six")
}

// lexer state is a few local variables; lex appends to dst so a stage can
// reuse one buffer for a whole document.
func lex(dst []tok, text string, start, end int) []tok {
	var low [32]byte
	filt, tab := lexFilter(), lexTable()
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			dst, i = lexNumber(dst, text, i, end)
		case c == '\'' || (c == 0xe2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0x99):
			// '90s or ’90s is a decade; otherwise the apostrophe is punctuation.
			w := 1
			if c != '\'' {
				w = 3
			}
			if j := i + w; j+2 < end && isDigit(text[j]) && isDigit(text[j+1]) && text[j+2] == 's' && !isLetterAt(text, j+3, end) {
				v := float64(int(text[j]-'0')*10 + int(text[j+1]-'0'))
				dst = append(dst, tok{s: i, e: j + 3, kind: kDecade, num: 1900 + v})
				i = j + 3
				continue
			}
			// The possessive 's is a token of its own ("Monday's").
			if j := i + w; j < end && (text[j] == 's' || text[j] == 'S') && !isLetterAt(text, j+1, end) {
				dst = append(dst, tok{s: i, e: j + 1, kind: kWord, ent: lexicon["'s"]})
				i = j + 1
				continue
			}
			dst = append(dst, tok{s: i, e: i + w, kind: kPunct, ent: find(tab, text[i:i+w])})
			i += w
		case c == '-' || (c == 0xe2 && i+2 < end && text[i+1] == 0x80 && text[i+2] == 0x93):
			w := 1
			if c != '-' {
				w = 3
			}
			// A hyphen glued to both neighbours joins them.
			if len(dst) > 0 && dst[len(dst)-1].e == i && i+w < end && !isSpace(text[i+w]) && isAlnum(text[i+w]) {
				i += w
				n := len(dst)
				switch {
				case text[i] >= '0' && text[i] <= '9':
					dst, i = lexNumber(dst, text, i, end)
				default:
					dst, i = lexWord(dst, text, i, end, &low, filt, tab)
				}
				if len(dst) > n {
					dst[n].hyph = true
				}
				continue
			}
			dst = append(dst, tok{s: i, e: i + w, kind: kPunct, ent: find(tab, text[i:i+w])})
			i += w
		case c < utf8.RuneSelf:
			// ASCII: a letter starts a word (unicode.IsLetter holds for
			// no other ASCII byte), anything else is one punctuation mark.
			if lc := c | 0x20; 'a' <= lc && lc <= 'z' {
				dst, i = lexWord(dst, text, i, end, &low, filt, tab)
				continue
			}
			dst = append(dst, tok{s: i, e: i + 1, kind: kPunct, ent: find(tab, text[i:i+1])})
			i++
		default:
			r, w := utf8.DecodeRuneInString(text[i:end])
			if unicode.IsLetter(r) {
				dst, i = lexWord(dst, text, i, end, &low, filt, tab)
				continue
			}
			dst = append(dst, tok{s: i, e: i + w, kind: kPunct, ent: find(tab, text[i:i+w])})
			i += w
		}
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isAlnum(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z') || c >= 0x80
}
func isLetterAt(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return unicode.IsLetter(r)
}

// lexWord reads letters (and apostrophes inside a word); "p.m."-style dotted
// abbreviations are one token; a known abbreviation ("Sept.") keeps its dot.
// The word is lower-cased into low as it is read (up to 32 bytes; ASCII
// letters lowered, other bytes as they are), for the lexicon look-up.
func lexWord(dst []tok, text string, i, end int, low *[32]byte, filt *wordFilter, tab *wordTable) ([]tok, int) {
	s := i
	n := 0
	for i < end {
		c := text[i]
		// An ASCII letter without decoding it (unicode.IsLetter holds
		// for no other ASCII byte).
		if lc := c | 0x20; 'a' <= lc && lc <= 'z' {
			if n < len(low) {
				low[n] = lc
				n++
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			// "o'clock" keeps its apostrophe; "Monday's" ends before it.
			if c == '\'' && i+1 < end && text[s:i] == "o" {
				if n < len(low) {
					low[n] = c
					n++
				}
				i++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) {
			break
		}
		for k := i; k < i+w && n < len(low); k++ {
			low[n] = text[k]
			n++
		}
		i += w
	}
	read := i
	// Dotted abbreviation: single letters with dots, "a.m.", "p.m.", "U.S.".
	if i-s == 1 && i+2 < end && text[i] == '.' && isLetterAt(text, i+1, end) && (i+2 >= end || !isLetterAt(text, i+2, end)) {
		j := i + 2
		if j < end && text[j] == '.' {
			j++
		}
		i = j
	}
	// Q3, H1: a quarter or half written with its number.
	if i-s == 1 && i < end && (text[s]|0x20 == 'q' || text[s]|0x20 == 'h') && text[i] >= '1' && text[i] <= '4' && (i+1 == end || !isAlnum(text[i+1])) {
		i++
	}
	t := tok{s: s, e: i, kind: kWord}
	if c := text[s]; c < utf8.RuneSelf {
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text[s:i])
		t.cap = unicode.IsUpper(r)
	}
	if i != read {
		// The word took a dot and a letter, or a digit: lower it again.
		n = 0
		for k := s; k < i && n < len(low); k++ {
			c := text[k]
			if c == '.' {
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[n] = c
			n++
		}
	}
	if i-s <= len(low) && filt.mayHave(low[:n]) {
		t.ent = find(tab, low[:n])
	}
	if t.ent != nil && t.ent.abbr {
		if i < end && text[i] == '.' {
			t.e = i + 1
			i++
		} else if k := skipSpace(text, i, end); k >= end || !isDigit(text[k]) {
			// "Jan Kavan", "Sun Microsystems": an abbreviation without its
			// dot is a month or a weekday only before a number ("Aug 18").
			t.ent = nil
		}
	}
	if t.ent != nil && t.ent.is(cAMPM) {
		t.kind = kAMPM
	}
	return append(dst, t), i
}

// lexNumber reads a numeral and the shapes dates and times take.
func lexNumber(dst []tok, text string, i, end int) ([]tok, int) {
	s := i
	d := digits(text, i, end)
	// 2025-08-18
	if d == 4 && i+10 <= end && text[i+4] == '-' && digits(text, i+5, end) == 2 && text[i+7] == '-' && digits(text, i+8, end) == 2 && (i+10 == end || !isDigit(text[i+10])) {
		y, m, dd := atoi(text[i:i+4]), atoi(text[i+5:i+7]), atoi(text[i+8:i+10])
		return append(dst, tok{s: s, e: i + 10, kind: kISO, ints: [3]int{y, m, dd}}), i + 10
	}
	j := i + d
	// 3:30, 15:30:05
	if d <= 2 && j+2 < end+1 && j < end && text[j] == ':' && digits(text, j+1, end) == 2 {
		h, m := atoi(text[i:j]), atoi(text[j+1:j+3])
		k := j + 3
		sec := 0
		if k < end && text[k] == ':' && digits(text, k+1, end) == 2 {
			sec = atoi(text[k+1 : k+3])
			k += 3
		}
		return append(dst, tok{s: s, e: k, kind: kClock, ints: [3]int{h, m, sec}}), k
	}
	// 7.45pm, 10.30 a.m.: the British clock, only before am/pm (else a
	// decimal, "7.45 percent")
	if d <= 2 && j < end && text[j] == '.' && digits(text, j+1, end) == 2 && (j+3 == end || !isDigit(text[j+3])) && ampmAt(text, skipSpace(text, j+3, end), end) {
		h, m := atoi(text[i:j]), atoi(text[j+1:j+3])
		if h >= 1 && h <= 12 && m < 60 {
			return append(dst, tok{s: s, e: j + 3, kind: kClock, ints: [3]int{h, m, 0}}), j + 3
		}
	}
	// 8/18/2025, 18/08/25, and 1/2 (a fraction after a whole number)
	if d <= 2 && j < end && text[j] == '/' {
		d2 := digits(text, j+1, end)
		if d2 >= 1 && d2 <= 2 {
			k := j + 1 + d2
			if k < end && text[k] == '/' {
				if d3 := digits(text, k+1, end); d3 == 2 || d3 == 4 {
					a, b, c := atoi(text[i:j]), atoi(text[j+1:k]), atoi(text[k+1:k+1+d3])
					return append(dst, tok{s: s, e: k + 1 + d3, kind: kSlash, ints: [3]int{a, b, c}}), k + 1 + d3
				}
			}
			num, den := atoi(text[i:j]), atoi(text[j+1:k])
			if den > 0 && num < den && (k == end || !isDigit(text[k])) {
				return append(dst, tok{s: s, e: k, kind: kFrac, num: float64(num) / float64(den)}), k
			}
		}
	}
	// 1,000,000 and 3.5
	for j+3 < end && text[j] == ',' && digits(text, j+1, end) == 3 && (j+4 == end || !isDigit(text[j+4])) {
		j += 4
	}
	if j+1 < end && text[j] == '.' && isDigit(text[j+1]) {
		j += 1 + digits(text, j+1, end)
	}
	raw := text[s:j]
	v := number.Digits(raw)
	t := tok{s: s, e: j, kind: kNum, num: v}
	// Suffixes glued to the numeral: 1990s, 11th, 10am, 5pm.
	if j < end && isLetterAt(text, j, end) {
		k := j
		for k < end && (text[k]|0x20 >= 'a' && text[k]|0x20 <= 'z') {
			k++
		}
		suf := number.LowerASCII(text[j:k])
		switch {
		case suf == "s" && d == 4 && raw == text[s:s+4] && int(v)%10 == 0:
			t.kind, t.e = kDecade, k
			return append(dst, t), k
		case (suf == "th" || suf == "st" || suf == "nd" || suf == "rd") && raw == text[s:s+d]:
			t.kind, t.e = kOrdNum, k
			return append(dst, t), k
		case suf == "am" || suf == "pm" || suf == "a" || suf == "p":
			// "10am": the numeral, then an am/pm token (with its dots if any).
			dst = append(dst, t)
			e := k
			if suf == "a" || suf == "p" {
				if k+1 < end && text[k] == '.' && (text[k+1]|0x20) == 'm' {
					e = k + 2
					if e < end && text[e] == '.' {
						e++
					}
				} else {
					return dst, j
				}
			}
			return append(dst, tok{s: j, e: e, kind: kAMPM, ent: lexicon[suf[:1]+"m"]}), e
		}
	}
	return append(dst, t), j
}

func skipSpace(s string, i, end int) int {
	for i < end && isSpace(s[i]) {
		i++
	}
	return i
}

func digits(s string, i, end int) int {
	n := 0
	for i+n < end && isDigit(s[i+n]) {
		n++
	}
	return n
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// mergeNumbers turns spelled-out numbers into one kNum token ("three and a
// half" → 3.5, "nineteen ninety-six" → the year 1996) and joins a whole
// number with a following fraction ("2 1/2" → 2.5). It works in place,
// numbers the tokens (bi, bj) and adds each to what the sentence has, in
// the one pass.
func mergeNumbers(toks []tok, has *sentenceHas) []tok {
	out := toks[:0]
	var words [12]string
	for i := 0; i < len(toks); {
		t := &toks[i]
		step := 0
		if t.kind == kWord && t.ent != nil && (t.ent.cls&cNumWord != 0 || t.ent.word == "a" || t.ent.word == "an") {
			n := 0
			for k := i; k < len(toks) && n < len(words); k++ {
				if toks[k].kind != kWord || toks[k].ent == nil {
					break
				}
				words[n] = toks[k].ent.word
				n++
			}
			v, used := number.Words(words[:n])
			if used > 0 {
				m := tok{s: t.s, e: toks[i+used-1].e, kind: kNum, num: v, words: true, hyph: t.hyph}
				// A year in words: a teen (or twenty) then a number below 100.
				if v >= 10 && v <= 20 && v == float64(int(v)) && used == 1 && i+1 < len(toks) {
					n2 := copy(words[:], words[1:n])
					if v2, u2 := number.Words(words[:n2]); u2 > 0 && v2 >= 1 && v2 <= 99 && v2 == float64(int(v2)) {
						m.e = toks[i+u2].e
						m.num = v*100 + v2
						m.yearWords = true
						used += u2
					}
				}
				out = append(out, m)
				step = used
			}
		}
		if step == 0 && t.kind == kNum && !t.words && i+1 < len(toks) && toks[i+1].kind == kFrac && t.num == float64(int(t.num)) {
			m := *t
			m.num += toks[i+1].num
			m.e = toks[i+1].e
			out = append(out, m)
			step = 2
		}
		if step == 0 {
			if len(out) == i {
				out = out[:i+1] // nothing merged before it: the token is in place
			} else {
				out = append(out, *t)
			}
			step = 1
		}
		k := len(out) - 1
		out[k].bi, out[k].bj = k, k+1
		has.addTok(&out[k])
		i += step
	}
	return out
}

// ampmAt says whether "am", "pm", "a.m." or "p.m." starts at byte i.
func ampmAt(text string, i, end int) bool {
	if i+2 > end {
		return false
	}
	c := text[i] | 0x20
	if c != 'a' && c != 'p' {
		return false
	}
	k := i + 1
	if k < end && text[k] == '.' {
		k++
	}
	if k >= end || text[k]|0x20 != 'm' {
		return false
	}
	k++
	return !isLetterAt(text, k, end)
}
