package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadlineWords is the most words a first line with no title to match
// has to be read as a headline.
const maxHeadlineWords = 20

// HeadlineEnd returns where the headline that opens the document's text
// ends (the end of its first paragraph), 0 when the text opens with none:
// a first paragraph that is the article's title, or, for an article with
// no title, a first paragraph of one line and at most maxHeadlineWords
// words that does not end as a sentence does, with more text after it.
// It needs the paragraphs.
func (d *Document) HeadlineEnd() int {
	if len(d.Paragraphs) < 2 {
		return 0
	}
	p := d.Paragraphs[0]
	line := strings.TrimSpace(d.Text[p.Start:p.End])
	switch {
	case line == "":
		return 0
	case d.Title != "":
		if line != strings.TrimSpace(d.Title) {
			return 0
		}
	case strings.ContainsRune(line, '\n') || len(strings.Fields(line)) > maxHeadlineWords || endsAsSentence(line):
		return 0
	}
	return p.End
}

// endsAsSentence: the line ends with a stop, maybe inside closing quotation
// marks or brackets.
func endsAsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;,…", r)
}
