package text

import (
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text (wire copy, e-mail, plain-text archives) breaks its
// lines at a fixed width, mid-sentence, and marks a paragraph by indenting
// its first line or by a blank line. Read line by line, every wrapped line
// became a paragraph, and so a sentence of its own: "The ministry said
// output would rise" and "by four pct next year." were two sentences, the
// second no one's. A line break inside such a paragraph is a space.

// maxWrapWidth is the widest line a hard-wrapped text has: wrappers break
// at 60 to 80 columns, while text with a paragraph per line runs to
// hundreds.
const maxWrapWidth = 100

// line is one line of the text: [start, end) without its line break.
type line struct{ start, end int }

// wrapInfo is what the paragraph joiner knows of a text's lines.
type wrapInfo struct {
	wrapped bool
	// marked: paragraphs open with an indented line or after a blank
	// line.
	marked bool
	width  int // the widest line, in runes
}

// readWrap decides whether s is hard-wrapped: three lines of text or
// more, none wider than maxWrapWidth, paragraphs marked by indentation or
// blank lines, and most line breaks between two lines of text (the later
// one not indented) falling where no sentence ends. A text with a
// paragraph to a line ends nearly every line with a stop; a list or table
// of short lines is indented (wire tables) or has no more than a few such
// breaks.
func readWrap(s string) wrapInfo {
	var w wrapInfo
	text, mid, breaks, indents := 0, 0, 0, 0
	var prev line
	for i, k := 0, 0; i <= len(s); k++ {
		l, next := nextLine(s, i)
		i = next
		before := prev
		prevBlank := k == 0 || blankLine(s, before)
		prev = l
		if blankLine(s, l) {
			continue
		}
		n := utf8.RuneCountInString(s[l.start:l.end])
		if n > maxWrapWidth {
			return wrapInfo{}
		}
		w.width = max(w.width, n)
		if text > 0 && prevBlank {
			w.marked = true // a blank line between paragraphs
		}
		text++
		if prevBlank {
			continue
		}
		if indented(s, l) {
			w.marked = true
			indents++
			continue
		}
		breaks++
		if !endsStop(s, before) {
			mid++
		}
	}
	// (An indented paragraph start is itself the mark of typed text, so
	// there one break mid-sentence is enough.) A text that does not mark
	// its paragraphs is left a line at a time: there a line is as often a
	// sentence, a table row or a list item as a wrap (CoNLL's Reuters,
	// results tables after a colon), and no rule seen tells them apart
	// well enough.
	w.wrapped = w.marked && text >= 3 && 2*mid >= breaks && (mid >= 2 || mid >= 1 && indents > 0)
	return w
}

// softBreak reports whether the break between lines a and b (b right after
// a, neither blank) is a wrap inside a paragraph; first says a is the
// text's first line. Never before an indented line, a list item or a
// dateline, nor next to a line with no lower-case letter (a headline or a
// table row in capitals); and a first line is a headline unless it opens
// with a dateline, was full (the first word of b would not have fitted
// after it) or runs on into a lower-case word. Every other break of a
// wrapped text is soft.
func (w wrapInfo) softBreak(s string, a, b line, first bool) bool {
	if !w.wrapped || indented(s, b) || listItem(s, b) || !hasLowerIn(s, a) || !hasLowerIn(s, b) ||
		DatelineLen(s[b.start:b.end]) > 0 {
		return false
	}
	if first && DatelineLen(s[a.start:a.end]) == 0 {
		r, _ := decode(s, b.start)
		full := utf8.RuneCountInString(s[a.start:a.end])+1+firstWordLen(s, b) > w.width
		return full || !endsStop(s, a) && unicode.IsLower(r)
	}
	return true
}

// blankLine: nothing but spaces.
func blankLine(s string, l line) bool {
	a, e := trimSpace(s, l.start, l.end)
	return a >= e
}

// indented: the line opens with a space or tab.
func indented(s string, l line) bool {
	return l.start < l.end && (s[l.start] == ' ' || s[l.start] == '\t')
}

// listItem: the line opens with a bullet or a dash and a space.
func listItem(s string, l line) bool {
	r, n := decode(s, l.start)
	switch r {
	case '•', '·', '▪', '*', '-', '–', '—':
		return l.start+n < l.end && s[l.start+n] == ' '
	}
	return false
}

// endsStop: the line's last word ends with a stop or a colon, maybe inside
// closing quotation marks or brackets.
func endsStop(s string, l line) bool {
	_, e := trimSpace(s, l.start, l.end)
	for e > l.start {
		r, n := decodeLast(s, e)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']':
			e -= n
			continue
		case '.', '!', '?', ':', '…':
			return true
		}
		return false
	}
	return false
}

func hasLowerIn(s string, l line) bool {
	for i := l.start; i < l.end; {
		r, n := decode(s, i)
		if unicode.IsLower(r) {
			return true
		}
		i += n
	}
	return false
}

// firstWordLen is the length in runes of the line's first word.
func firstWordLen(s string, l line) int {
	n := 0
	for i := l.start; i < l.end; {
		r, w := decode(s, i)
		if IsSpace(r) {
			if n > 0 {
				break
			}
		} else {
			n++
		}
		i += w
	}
	return n
}
