package timex

// The lexer as it was before it lowered words as it read them and took
// ASCII without decoding runes (kept to check the new one against it).

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// lexer state is a few local variables; lex appends to dst so a stage can
// reuse one buffer for a whole document.
func refLex(dst []tok, text string, start, end int) []tok {
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
					dst, i = refLexWord(dst, text, i, end, &low, filt, tab)
				}
				if len(dst) > n {
					dst[n].hyph = true
				}
				continue
			}
			dst = append(dst, tok{s: i, e: i + w, kind: kPunct, ent: find(tab, text[i:i+w])})
			i += w
		default:
			r, w := utf8.DecodeRuneInString(text[i:end])
			if unicode.IsLetter(r) {
				dst, i = refLexWord(dst, text, i, end, &low, filt, tab)
				continue
			}
			dst = append(dst, tok{s: i, e: i + w, kind: kPunct, ent: find(tab, text[i:i+w])})
			i += w
		}
	}
	return dst
}

// lexWord reads letters (and apostrophes inside a word); "p.m."-style dotted
// abbreviations are one token; a known abbreviation ("Sept.") keeps its dot.
func refLexWord(dst []tok, text string, i, end int, low *[32]byte, filt *wordFilter, tab *wordTable) ([]tok, int) {
	s := i
	for i < end {
		// An ASCII letter without decoding it (unicode.IsLetter holds
		// for no other ASCII byte).
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) {
			i += w
			continue
		}
		// "o'clock" keeps its apostrophe; "Monday's" ends before it.
		if r == '\'' && i+1 < end && text[s:i] == "o" {
			i += w
			continue
		}
		break
	}
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
	r, _ := utf8.DecodeRuneInString(text[s:i])
	t.cap = unicode.IsUpper(r)
	n := 0
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

// lexCases are invented texts with the shapes the lexer treats apart:
// dotted abbreviations, o'clock, Q3, possessives, decades, hyphens, clock
// times, non-ASCII letters and marks, long words.
var lexCases = []string{
	invented,
	"At 10 a.m. on Sept. 3 the U.S. envoy met Brindlemoor's mayor; by 5 o'clock, O'Neill's Q3 and H1 figures were out.",
	"Zoë and Ångström's café opened in the ’90s — the mid-1990s – at 7.45pm, 15:30:05 and 2031-03-04, 8/18/2031, 2 1/2 hours.",
	"Über-long: Pneumonoultramicroscopicsilicovolcanoconiosis, q4, h5, Q1's, x.y.z, a.b, I.T., 3rd, 11th-hour, twenty-one.",
	"\u00e9t\u00e9 \ufffd\xff\xfe bad bytes, \u0394elta, \u6771\u4eac time, \u00a3300m, 4\u00bd days, «quoted» words…",
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
	got, want := lex(nil, s, 0, len(s)), refLex(nil, s, 0, len(s))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("%q: token %d %+v, want %+v", s, k, got[k], want[k])
		}
	}
}
