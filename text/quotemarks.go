package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropContinuationMarks removes from a quotation's words the opening marks
// of its later paragraphs. The news convention opens every paragraph of a
// long quotation with a mark and closes only the last, and feeds that
// flatten the text run those paragraphs into one line (`…were tired.
// "They will rest …`); either way the mark belongs to the quotation's
// punctuation, not to what was said, as the first opening mark does.
// Nested quotations keep theirs: a double mark inside a quotation that
// neither opens a paragraph nor follows the end of a sentence before a
// capital is not a paragraph's.
func dropContinuationMarks(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if (r == '"' || r == '“' || r == '«') && opensParagraph(s, i, w) {
			b.WriteString(s[last:i])
			last = i + w
		}
		i += w
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// opensParagraph reports whether the mark at s[i:i+w] opens a paragraph:
// first on its line, or after a sentence's end and a space with a capital
// or digit after it (a paragraph break the text lost).
func opensParagraph(s string, i, w int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && (s[j-1] == '\n' || s[j-1] == '\r') {
		return true
	}
	if j == i || j == 0 {
		return false
	}
	switch s[j-1] {
	case '.', '?', '!':
	default:
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+w:])
	return unicode.IsUpper(next) || unicode.IsDigit(next)
}
