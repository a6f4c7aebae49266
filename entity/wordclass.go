package entity

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// A token's word classes: which of the word lists that the resolver asks
// of every token (by its lower-cased text) hold it. Each list was a map
// lookup per token and pass, about a fifth of the stage on BBC articles,
// for words that are almost never in them; one lookup per token, made
// once per document (tokenView.class), now tells which lists to ask.
const (
	clsPronoun   uint8 = 1 << iota // pronounWords[lower]
	clsAppoint                     // appointVerbs[lower]
	clsHonorific                   // honorifics[strings.TrimSuffix(lower, ".")]
	clsAgent                       // extraAgents[lower]
	clsTitleDet                    // titleDeterminers[lower]
)

// wordClasses holds the classes of every word that has one: a word
// outside it is in none of the lists (a key of each list, or an
// honorific with a full stop after it).
var wordClasses = func() map[string]uint8 {
	var cands []string
	for w := range pronounWords {
		cands = append(cands, w)
	}
	for w := range appointVerbs {
		cands = append(cands, w)
	}
	for w := range honorifics {
		cands = append(cands, w, w+".")
	}
	for w := range extraAgents {
		cands = append(cands, w)
	}
	for w := range titleDeterminers {
		cands = append(cands, w)
	}
	m := make(map[string]uint8, len(cands))
	for _, w := range cands {
		if c := classOf(w); c != 0 {
			m[w] = c
		}
	}
	return m
}()

// classOf asks each list about lower, as the resolver's tests do.
func classOf(lower string) uint8 {
	var c uint8
	if _, ok := pronounWords[lower]; ok {
		c |= clsPronoun
	}
	if appointVerbs[lower] {
		c |= clsAppoint
	}
	if _, ok := honorifics[strings.TrimSuffix(lower, ".")]; ok {
		c |= clsHonorific
	}
	if _, ok := extraAgents[lower]; ok {
		c |= clsAgent
	}
	if titleDeterminers[lower] {
		c |= clsTitleDet
	}
	return c
}

// classFilter has the bit classFilterBit(w) set for every word of
// wordClasses: a word whose bit is clear is in none of the lists, which
// is the answer for most tokens (about nine in ten of a news text) without
// hashing the word for the map.
var classFilter = func() (f [classFilterWords]uint64) {
	for w := range wordClasses {
		b := classFilterBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}()

const classFilterWords = 64 // 4,096 bits for about 150 words

// classFilterBit mixes a word's length and its first two and last bytes.
func classFilterBit(w string) uint {
	n := len(w)
	h := uint(n)*0x9e5 ^ uint(w[0])*0x3b1 ^ uint(w[n-1])*0x1f ^ uint(w[min(1, n-1)])*0x2d7
	return h % (classFilterWords * 64)
}

// classOfLower is wordClasses[lower], asked of the map only when the
// filter lets the word through.
func classOfLower(lower string) uint8 {
	if lower == "" {
		return wordClasses[lower]
	}
	if b := classFilterBit(lower); classFilter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	return wordClasses[lower]
}

// lowerArena lower-cases the tokens of a document: an ASCII word with a
// capital is lowered into one buffer shared by the document's tokens (the
// strings are never written after), instead of a string of its own each
// (strings.ToLower's); other words are lowered by strings.ToLower.
type lowerArena struct{ buf []byte }

// lower returns strings.ToLower(w); size is the text's length, a quarter
// of which the buffer is made with (capitalised words are about a tenth of
// a news text's bytes), and made again when it is full.
func (a *lowerArena) lower(w string, size int) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	if len(a.buf)+len(w) > cap(a.buf) {
		// Strings cut from the old buffer keep it alive: nothing written
		// there is moved.
		a.buf = make([]byte, 0, max(size/4, 64, len(w)))
	}
	start := len(a.buf)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		a.buf = append(a.buf, c)
	}
	b := a.buf[start:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}
