package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// NormaliseText is the form an article's identity is computed from: Unicode
// NFC, paragraphs (separated by blank lines) kept, all other whitespace runs
// collapsed to one space, ends trimmed. Two copies that differ only in line
// wrapping or spacing are the same article; a copy whose paragraphs are
// split differently is not (its text, as analysed, differs in structure).
func NormaliseText(s string) string {
	// A string made once from the appended bytes (which are never written
	// again): one allocation, as the strings.Builder this replaced.
	b := appendNormalised(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// asciiSpace holds unicode.IsSpace of the ASCII characters.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// appendNormalised appends NormaliseText(s) to b. ASCII, nearly all of an
// English article, is read byte by byte from a table and copied a word at
// a time; other characters are decoded and tested one by one as before
// (an invalid byte is written as U+FFFD, as a range over the string reads
// it). It was a call to unicode.IsSpace and to WriteRune a character,
// 0.6% of an ingest's instructions for a hash of each article.
func appendNormalised(b []byte, s string) []byte {
	s = norm.NFC.String(s)
	start := len(b)
	para := false  // a blank line was seen since the last word
	space := false // whitespace was seen since the last word
	newlines := 0  // newlines in the current whitespace run
	for i := 0; i < len(s); {
		c := s[i]
		j := i + 1 // the end of what is written
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				space = true
				if c == '\n' {
					newlines++
					if newlines >= 2 {
						para = true
					}
				}
				i = j
				continue
			}
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			j = i + size
			if unicode.IsSpace(r) {
				space = true
				i = j
				continue
			}
			if r == utf8.RuneError && size == 1 {
				b = writeSep(b, start, para, space)
				para, space, newlines = false, false, 0
				b = utf8.AppendRune(b, r)
				i = j
				continue
			}
		}
		b = writeSep(b, start, para, space)
		para, space, newlines = false, false, 0
		b = append(b, s[i:j]...)
		i = j
	}
	return b
}

// writeSep writes the separator a word after others takes: a paragraph
// break after a blank line, else a space after whitespace.
func writeSep(b []byte, start int, para, space bool) []byte {
	if len(b) > start {
		switch {
		case para:
			b = append(b, "\n\n"...)
		case space:
			b = append(b, ' ')
		}
	}
	return b
}

// ContentHash is the hex SHA-256 of an article's normalised title and text:
// the identity that makes exact duplicates one article. The title counts as
// the first paragraph, so a reader that keeps the headline inside the text
// and one that splits it off agree.
func ContentHash(title, text string) string {
	// Both normalised into one buffer and hashed at once: the normalised
	// strings and their copies as []byte for the hash were four
	// allocations the size of the article.
	buf := appendNormalised(make([]byte, 0, len(title)+len(text)+2), title)
	if n := len(buf); n > 0 {
		buf = append(buf, "\n\n"...)
		if buf = appendNormalised(buf, text); len(buf) == n+2 {
			buf = buf[:n] // no body: no break after the title
		}
	} else {
		buf = appendNormalised(buf, text)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:])
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
	if key, ok := asciiEntityKey(name); ok {
		return key
	}
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}

// asciiEntityKey is EntityKey of an ASCII name (which NFC leaves as it
// is), in one pass: the name itself when it is already the key, as most
// names in lower case are not but the keys the queries look up are. It
// reports false for a name with any other character. Fields, Join and
// ToLower were three allocations a name, for every entity stored.
func asciiEntityKey(name string) (string, bool) {
	same := true // name is its own key so far
	sep := false // a space is due before the next word
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case asciiSpace[c]:
			same = same && c == ' ' && i > 0 && !sep && i < len(name)-1
			sep = true
		default:
			same = same && !('A' <= c && c <= 'Z')
			sep = false
		}
	}
	if same {
		return name, true
	}
	b := make([]byte, 0, len(name))
	sep = false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if asciiSpace[c] {
			sep = len(b) > 0
			continue
		}
		if sep {
			b = append(b, ' ')
			sep = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// EntityID is the global id of the entity of a type and name: the same in
// every backend and every run, so writes stay idempotent without a lookup.
func EntityID(typ, name string) string {
	var buf [128]byte
	b := append(append(append(buf[:0], typ...), 0), EntityKey(name)...)
	sum := sha256.Sum256(b)
	var id [1 + 2*8]byte
	id[0] = 'e'
	hex.Encode(id[1:], sum[:8])
	return string(id[:])
}
