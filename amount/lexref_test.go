package amount

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"dateline/amount/number"
)

// refLex is lex as it was: each capitalised word lowered into a string
// of its own, every rune decoded.
func refLex(dst []tok, text string, start, end int) []tok {
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
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) {
			j := i + w
			for j < end {
				r2, w2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || r2 == '.' && j+1 < end && isLetterByte(text[j+1]) && j-i <= 2 {
					j += w2
					continue
				}
				// Keep hyphenated words whole: "pro-Russian", "well-armed".
				if r2 == '-' && j+1 < end && isLetterByte(text[j+1]) {
					j += w2
					continue
				}
				break
			}
			t := tok{s: i, e: j, kind: kWord, cap: unicode.IsUpper(r), glued: glued(text, i, start)}
			if j-i <= 24 {
				t.low = number.LowerASCII(text[i:j])
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

// lexCases are invented texts with the shapes lex treats apart: dotted
// and hyphenated words, currency symbols, capitals, non-ASCII letters and
// invalid bytes, long words.
var lexCases = []string{
	"The Brindlemoor council paid US$5.5bn, €2.5bn and £300m; A.B. Pellow-Smith's well-armed U.S. guards.",
	"Zoë's café sold 1,200 crêpes at 15% off — Ångström-Works' ¥900 bid, ₹4 lakh, 3.5 per cent.",
	"Pneumonoultramicroscopicsilicovolcanoconiosis-Hyphenated-Wordforms x.y.z, a-, -b, .c, e.g. i.e.",
	"été �ÿþ bad bytes, Δelta 東京, «quoted» words… 20,000 troops.",
}

func TestLexMatchesReference(t *testing.T) {
	for _, s := range lexCases {
		checkLex(t, s)
	}
}

func FuzzLexMatchesReference(f *testing.F) {
	for _, s := range lexCases {
		f.Add(s)
	}
	f.Fuzz(checkLex)
}

func checkLex(t *testing.T, s string) {
	got, want := lex(nil, s, number.LowerASCII(s), 0, len(s)), refLex(nil, s, 0, len(s))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("%q: token %d %+v, want %+v", s, k, got[k], want[k])
		}
	}
}
