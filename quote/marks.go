// Package quote finds who said what: direct, partial and reported speech
// with speakers, cues and listeners.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// Quoted is one stretch of text between quotation marks. Span is the content
// without the outer marks; a quote that runs over paragraphs (news style: an
// opening mark at each paragraph, a closing mark only at the end) is one
// Quoted whose content includes the inner paragraph breaks and marks.
type Quoted struct {
	text.Span
	Open     text.Span // the opening mark
	Close    text.Span // the closing mark; zero when Unclosed
	Single   bool      // single marks (‘…’ or '…') rather than double
	Unclosed bool      // ended by the paragraph end, not by a mark
}

type markRole uint8

const (
	notMark markRole = iota
	opener
	closer
)

// classify decides whether the rune at i (of width w) opens or closes a
// quotation. Straight marks and ’ depend on their neighbours: an apostrophe
// inside a word ("he’s", "Russia’s") is neither.
func classify(s string, i, w int, r rune) (role markRole, single bool) {
	prev, next := ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+w < len(s) {
		next, _ = utf8.DecodeRuneInString(s[i+w:])
	}
	leftOpen := unicode.IsSpace(prev) || isOpenPunct(prev) || isDash(prev)
	// A mark may close right before another closing mark (the end of a
	// nested quote: …,'" said Lee), which isOpenPunct would take for an
	// opener.
	rightOpen := unicode.IsSpace(next) || unicode.IsPunct(next) && !isOpenPunct(next) || isDash(next) ||
		next == '"' && closesAt(s, i+w+1)
	switch r {
	case '“':
		if !leftOpen && rightOpen {
			// An opening mark typed where a closing one belongs,
			// right after a word (…too far,“ she said).
			return closer, false
		}
		return opener, false
	case '„', '«':
		return opener, false
	case '”', '»':
		if leftOpen && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
			// A closing mark typed where an opening one belongs, after
			// a space and before a word (… and ”the new fees …”).
			return opener, false
		}
		return closer, false
	case '‘', '‹':
		if unicode.IsSpace(next) {
			return notMark, true
		}
		return opener, true
	case '›':
		return closer, true
	case '’':
		// A closing single mark, never an apostrophe inside a word.
		if unicode.IsLetter(next) || unicode.IsDigit(next) || unicode.IsSpace(prev) {
			return notMark, true
		}
		return closer, true
	case '"':
		switch {
		case leftOpen && !unicode.IsSpace(next):
			return opener, false
		case !unicode.IsSpace(prev) && rightOpen:
			return closer, false
		}
		return notMark, false
	case '\'':
		switch {
		case leftOpen && unicode.IsLetter(next):
			return opener, true
		case !unicode.IsSpace(prev) && rightOpen && !unicode.IsLetter(next):
			return closer, true
		}
		return notMark, true
	}
	return notMark, false
}

// closesAt reports whether nothing but space, punctuation or the end of
// the text follows byte offset i: a straight mark there is a closer.
func closesAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || unicode.IsPunct(r) && !isOpenPunct(r)
}

func isOpenPunct(r rune) bool {
	return r == '(' || r == '[' || r == '{' || r == '“' || r == '‘' || r == '"'
}

func isDash(r rune) bool { return r == '—' || r == '–' || r == '-' }

func isMarkRune(r rune) bool {
	switch r {
	case '“', '”', '„', '«', '»', '‘', '’', '‹', '›', '"', '\'', '`':
		return true
	}
	return false
}

// markAt decodes the mark at s[i:]. Two apostrophes (”) are one straight
// double mark and two backquotes (“) an opening one, as in newswire that
// was typed on ASCII keyboards (”We will,” he said).
func markAt(s string, i int) (r rune, w int) {
	r, w = utf8.DecodeRuneInString(s[i:])
	if r == '\'' && i > 0 && strings.HasPrefix(s[i:], "'''") {
		// Three apostrophes after a word close a nested quote and then
		// the outer one (…call it 'plain,''' said Lee): the single mark
		// comes first. (Before a word the double mark opens first, as
		// below.)
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(prev) && !isOpenPunct(prev) {
			return r, 1
		}
	}
	if (r == '\'' || r == '`') && i+1 < len(s) && s[i+1] == s[i] {
		if r == '`' {
			return '“', 2
		}
		return '"', 2
	}
	return r, w
}

// noMarkIn8 reports whether the eight bytes of b are ASCII and none is a
// straight quotation mark, an apostrophe or a backtick: FindQuoted steps
// over them at once (read as one word, as the Go runtime's byte searches
// do, rather than byte by byte).
func noMarkIn8(b string) bool {
	_ = b[7]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	has := func(c uint64) uint64 { // a high bit set in each byte of x equal to c (and, rarely, in others)
		v := x ^ (c * ones)
		return (v - ones) &^ v & highs
	}
	return (x|has('"')|has('\'')|has('`'))&highs == 0
}

// FindQuoted returns the outermost quoted stretches of s in order.
// Paragraphs bound every quote: an unclosed quote ends at its paragraph's
// end unless the next paragraph opens with a quotation mark (the
// continuation convention), so an unbalanced mark never swallows the rest
// of the article. Nested quotes stay inside their outer quote's content.
// paragraphs must be ordered and cover the text to be searched.
func FindQuoted(s string, paragraphs []text.Span) []Quoted {
	var out []Quoted
	var cur *Quoted  // the open outermost quote, possibly carried over paragraphs
	carried := false // cur was opened in an earlier paragraph
	depth := 0       // nesting inside cur
	for pi, p := range paragraphs {
		if cur != nil && !continuesQuote(s, p, *cur) {
			out = appendUnclosed(out, s, endUnclosed(*cur, paragraphs[pi-1]), carried)
			cur, depth = nil, 0
		}
		carried = cur != nil
		continued := cur != nil
		for i := p.Start; i < p.End; {
			if i+8 <= p.End && noMarkIn8(s[i:i+8]) {
				i += 8 // eight ASCII bytes, none a mark: most of the text
				continue
			}
			if c := s[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
				i++ // an ASCII byte that is no mark
				continue
			}
			r, w := markAt(s, i)
			if !isMarkRune(r) {
				i += w
				continue
			}
			role, single := classify(s, i, w, r)
			mark := text.Span{Start: i, End: i + w}
			i += w
			switch {
			case role == notMark && r == '"' && cur != nil && !cur.Single && depth == 0 && !continued && spaced(s, mark):
				// A straight mark set off by spaces while one is open
				// closes it (…the term 'outreach,' " he said).
				out = append(out, closeAt(*cur, mark))
				cur = nil
			case role == notMark && r == '‘' && cur != nil && depth > 0 && spaced(s, mark):
				// An opening single mark set off by spaces inside a nested
				// quote is its close typed the wrong way round (“…, ‘We
				// will, ‘ he said, ‘…’”): left open, it would keep the outer
				// quote from closing.
				depth--
			case role == notMark:
			case continued:
				// The paragraph's own opening mark continues the carried quote.
				continued = false
			case cur == nil && (role == opener || atStart(s, p, mark) && !single && !isAmbiguous(r)):
				// A paragraph may open with a closing mark typed the wrong
				// way round (”We will …”): at the very start it can only open.
				cur = &Quoted{Open: mark, Single: single, Span: text.Span{Start: mark.End}}
				depth = 0
				// Opened here, even in a paragraph that closed a
				// quotation carried from the one before.
				carried = false
			case cur == nil:
				// A closer with no opener in this paragraph: leave it alone
				// rather than guess where the quote began.
			case role == opener && !single && !cur.Single && depth == 0 && runOnParagraph(s, p, mark, r, cur.Open):
				// A paragraph of the quotation whose break was lost (text
				// flattened by a feed or an extractor: `…is late again. "Nobody
				// told us …`): the mark opens the next paragraph of the
				// same quotation, as the news convention does, and the
				// quotation goes on.
			case role == opener && single == cur.Single && depth == 0 && isAmbiguous(r):
				// A straight mark that looks like an opener while a quote of
				// the same kind is open is read as its close.
				out = append(out, closeAt(*cur, mark))
				cur = nil
			case role == opener:
				depth++
			case single != cur.Single && depth == 0:
				// A closing mark of the other kind (an apostrophe-like ’
				// inside a double quote) does not end it.
			case depth > 0:
				depth--
			default:
				out = append(out, closeAt(*cur, mark))
				cur = nil
			}
		}
		if cur != nil && pi == len(paragraphs)-1 {
			out = appendUnclosed(out, s, endUnclosed(*cur, p), carried)
			cur = nil
		}
	}
	return out
}

// appendUnclosed appends q, a quote its paragraph's end closed, or the
// quotes inside it when there are any: a mark never closed is an
// excerpt's marker or a typing slip more often than speech (`"The crowd
// rose, chanting “Home! Home!”`), and the quotations inside it are found
// as if it were not there. Only for a quote within one paragraph (carried
// false).
func appendUnclosed(out []Quoted, s string, q Quoted, carried bool) []Quoted {
	if !carried && q.End > q.Start {
		if inner := FindQuoted(s, []text.Span{q.Span}); len(inner) > 0 {
			return append(out, inner...)
		}
	}
	return append(out, q)
}

// spaced reports whether the mark has a space on each side.
func spaced(s string, mark text.Span) bool {
	return mark.Start > 0 && mark.End < len(s) && isSpaceByte(s[mark.Start-1]) && isSpaceByte(s[mark.End])
}

// atStart reports whether mark is the first thing in paragraph p.
func atStart(s string, p, mark text.Span) bool {
	return strings.TrimSpace(s[p.Start:mark.Start]) == ""
}

func isAmbiguous(r rune) bool { return r == '"' || r == '\'' }

func closeAt(q Quoted, mark text.Span) Quoted {
	q.Close = mark
	q.End = mark.Start
	return q
}

func endUnclosed(q Quoted, p text.Span) Quoted {
	q.Unclosed = true
	q.End = p.End
	return q
}

// continuesQuote reports whether paragraph p begins (after spaces) with an
// opening quotation mark of the same style as q's, straight or typeset:
// the news convention for a quotation over paragraphs. A paragraph opened
// by another style starts a quotation of its own (a straight-quoted
// excerpt, then a paragraph “…,” she said).
func continuesQuote(s string, p text.Span, q Quoted) bool {
	for i := p.Start; i < p.End; {
		r, w := markAt(s, i)
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isMarkRune(r) {
			return false
		}
		role, _ := classify(s, i, w, r)
		open, _ := markAt(s, q.Open.Start)
		return role == opener && markStyle(r) == markStyle(open)
	}
	return false
}

// markStyle groups quotation marks by how they are typed: straight, curly
// and guillemets, single or double.
func markStyle(r rune) int {
	switch r {
	case '"':
		return 0
	case '“', '”', '„':
		return 1
	case '«', '»':
		return 2
	case '\'', '`':
		return 3
	}
	return 4 // ‘ ’ ‹ ›
}

// runOnParagraph reports whether the double opening mark at mark, met while
// a double quotation opened by open is still open at its top level, opens
// a new paragraph of that quotation run into the same line: it follows the
// end of a sentence and a space (`…again. "Nobody …`) and a capital or digit
// follows it, and it is typed as the opening mark was (straight after
// straight, curly after curly). A close typed after a space is followed by
// a space or punctuation instead (`…again. " a driver said`), so it never
// matches.
func runOnParagraph(s string, p, mark text.Span, r rune, open text.Span) bool {
	o, _ := markAt(s, open.Start)
	if markStyle(r) != markStyle(o) || mark.Start < p.Start+2 || mark.End >= p.End {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[mark.End:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) {
		return false
	}
	i := mark.Start
	for i > p.Start && s[i-1] == ' ' {
		i--
	}
	if i == mark.Start || i <= p.Start {
		return false
	}
	switch s[i-1] {
	case '.', '?', '!':
		return true
	}
	return false
}
