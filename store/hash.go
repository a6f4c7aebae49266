package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormaliseText is the form an article's identity is computed from: Unicode
// NFC, paragraphs (separated by blank lines) kept, all other whitespace runs
// collapsed to one space, ends trimmed. Two copies that differ only in line
// wrapping or spacing are the same article; a copy whose paragraphs are
// split differently is not (its text, as analysed, differs in structure).
func NormaliseText(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	para := false  // a blank line was seen since the last word
	space := false // whitespace was seen since the last word
	newlines := 0  // newlines in the current whitespace run
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newlines++
				if newlines >= 2 {
					para = true
				}
			}
			continue
		}
		if b.Len() > 0 {
			switch {
			case para:
				b.WriteString("\n\n")
			case space:
				b.WriteByte(' ')
			}
		}
		para, space, newlines = false, false, 0
		b.WriteRune(r)
	}
	return b.String()
}

// ContentHash is the hex SHA-256 of an article's normalised title and text:
// the identity that makes exact duplicates one article. The title counts as
// the first paragraph, so a reader that keeps the headline inside the text
// and one that splits it off agree.
func ContentHash(title, text string) string {
	t := NormaliseText(title)
	body := NormaliseText(text)
	h := sha256.New()
	if t != "" {
		h.Write([]byte(t))
		if body != "" {
			h.Write([]byte("\n\n"))
		}
	}
	h.Write([]byte(body))
	return hex.EncodeToString(h.Sum(nil))
}

// ArticleID is an article's store id: the first 128 bits of its content
// hash, short enough for a URL and still unique in practice.
func ArticleID(hash string) string {
	if len(hash) > 32 {
		return hash[:32]
	}
	return hash
}

// EntityKey is the normalised name entities are joined on across articles:
// case-folded, whitespace collapsed.
func EntityKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}

// EntityID is the global id of the entity of a type and name: the same in
// every backend and every run, so writes stay idempotent without a lookup.
func EntityID(typ, name string) string {
	sum := sha256.Sum256([]byte(typ + "\x00" + EntityKey(name)))
	return "e" + hex.EncodeToString(sum[:8])
}
