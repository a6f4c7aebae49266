package source

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Cleaned is plain text with its page furniture removed, and the metadata
// the removed bylines and date lines carried.
type Cleaned struct {
	Text      string
	Author    string    // from a "By …" line; empty when none
	Published time.Time // from a byline or date line; zero when none
	Dropped   []string  // the removed lines, trimmed, in order
}

// headLines and tailLines bound where bylines and bare date lines are
// taken as metadata: a page puts them above or below the article, while
// the same words mid-article belong to it.
const (
	headLines = 6
	tailLines = 3
)

// Clean removes page furniture from plain text by general line rules: a
// line goes when, as a whole, it is a navigation or widget label (language
// pickers, share rows, "Advertisement", "Read more", newsletter and cookie
// notices, "Skip to content"), and a byline or date line near the top or
// bottom goes into Author/Published. Every other line is kept as it is;
// line ends become "\n", runs of blank lines become one, and the text is
// trimmed. Clean never removes a line with the shape of a sentence unless
// it is a cookie notice in the site's own voice.
func Clean(s string) Cleaned {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")

	// Position of each line among the non-blank lines, from both ends.
	nonBlank := 0
	for _, l := range lines {
		if !isBlank(l) {
			nonBlank++
		}
	}
	var c Cleaned
	kept := make([]string, 0, len(lines))
	pos := 0
	for _, l := range lines {
		t := strings.TrimFunc(l, unicode.IsSpace)
		if t == "" {
			kept = append(kept, "")
			continue
		}
		edge := pos < headLines || pos >= nonBlank-tailLines
		pos++
		if isFurniture(t) {
			c.Dropped = append(c.Dropped, t)
			continue
		}
		if pos > nonBlank-tailLines {
			// "(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)":
			// the wire's credit line, whose names were taken for
			// people of the story ("Ana Ruiz in Lima; Editing").
			if names, ok := creditLine(t); ok {
				if c.Author == "" {
					c.Author = names
				}
				c.Dropped = append(c.Dropped, t)
				continue
			}
		}
		if edge {
			if b, ok := parseByline(t); ok {
				if c.Author == "" {
					c.Author = b.Author
				}
				if c.Published.IsZero() {
					c.Published = b.Published
				}
				c.Dropped = append(c.Dropped, t)
				continue
			}
		}
		if pos <= headLines && c.Published.IsZero() {
			// "ROTTERDAM, Netherlands (March 3, 2026) — Dock workers …":
			// the first paragraph's wire dateline dates a plain-text
			// story that has no date line of its own.
			if d, ok := datelineDate(t); ok {
				c.Published = d
			}
		}
		kept = append(kept, strings.TrimRightFunc(l, unicode.IsSpace))
	}
	c.Text = joinParagraphs(kept)
	return c
}

// joinParagraphs joins lines, keeping at most one blank line in a row and
// none at either end.
func joinParagraphs(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

func isBlank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }

// headline returns the first line of text when it reads as a headline: not
// the only line, short, without sentence-final punctuation, and set off by
// a blank line or short enough to be a title on its own.
func headline(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || first == "" {
		return ""
	}
	words := len(strings.Fields(first))
	if utf8.RuneCountInString(first) > 150 || words > 20 || endsSentence(first) || !hasLetter(first) {
		return ""
	}
	if strings.HasPrefix(rest, "\n") || words <= 12 {
		return first
	}
	return ""
}

// endsSentence: the line ends as a sentence or clause does.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;,…", r)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
