// Package dedup finds duplicate articles: exact duplicates by a hash of the
// normalised text, and near-duplicates (syndicated wire copies with a new
// headline, a byline or one paragraph changed) by MinHash over word
// shingles, with an LSH index that links a new article to the story group of
// an earlier one.
//
// Everything here is deterministic across runs and machines, so hashes and
// sketches can be stored and compared later.
package dedup

import (
	"crypto/sha256"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Words yields the normalised words of text: Unicode NFKC, lower case, and
// every run of characters that are not letters, digits or combining marks
// treated as one separator. Punctuation, quotation-mark style, dashes and
// line breaks therefore make no difference, which is what two copies of one
// wire story differ by when different sites clean them.
func Words(text string) iter.Seq[string] {
	if !norm.NFKC.IsNormalString(text) {
		text = norm.NFKC.String(text)
	}
	return func(yield func(string) bool) {
		var b strings.Builder
		ascii := true
		start := -1
		flush := func(end int) bool {
			if start < 0 {
				return true
			}
			w := text[start:end]
			start = -1
			if !ascii || hasUpper(w) {
				b.Reset()
				for _, r := range w {
					b.WriteRune(unicode.ToLower(r))
				}
				w = b.String()
			}
			ascii = true
			return yield(w)
		}
		for i := 0; i < len(text); {
			// ASCII, nearly every byte of an English text, by a table and
			// without a call (SketchOf's words were half its time).
			if c := text[i]; c < utf8.RuneSelf {
				if asciiWord[c] {
					if start < 0 {
						start = i
					}
				} else if start >= 0 && !flush(i) {
					return
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if start < 0 {
					start = i
				}
				ascii = false
			} else if !flush(i) {
				return
			}
			i += size
		}
		flush(len(text))
	}
}

// asciiWord holds isWordRune of the ASCII characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// Normalize returns the normalised words of text joined by single spaces:
// the form Hash digests.
func Normalize(text string) string {
	var b strings.Builder
	for w := range Words(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// Hash is the SHA-256 of Normalize(text): two texts that differ only in
// case, whitespace or punctuation have the same hash. An empty or
// punctuation-only text hashes like the empty string.
func Hash(text string) [32]byte {
	h := sha256.New()
	// One reused buffer: the hash takes []byte and the words are strings.
	buf := make([]byte, 0, 64)
	first := true
	for w := range Words(text) {
		buf = buf[:0]
		if !first {
			buf = append(buf, ' ')
		}
		first = false
		buf = append(buf, w...)
		h.Write(buf)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}
