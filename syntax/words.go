package syntax

import (
	"unicode"
	"unicode/utf8"

	pc "dateline/internal/perceptron"
)

// word holds the hashed views of one token that features combine. Hashing
// happens once per token, so features cost a few multiplications each.
type word struct {
	form    uint64 // normalised form, case kept
	lower   uint64 // normalised lower-case form
	shape   uint64 // "Xxxx", "dd.dd", …
	pre     [3]uint64
	suf     [4]uint64
	suf5    uint64
	pre4    uint64
	hyph    uint64     // lower-case hash of the part after the last hyphen, 0 for none
	flags   uint64     // title case, all caps, digit, hyphen, first in sentence
	known   bool       // lower seen in training (set by lookupLex)
	hyphAmb uint64     // ambiguity class of the part after the last hyphen
	lexTag  int32      // the tag dictionary's tag, -1 when not in it
	amb     uint64     // ambiguity class: hash of the set of tags seen with the word
	wn      uint64     // WordNet classes, 0 for none (set by lookupLex)
	morph   uint64     // ending and WordNet classes of a stem, for unknown words
	hyphWn  uint64     // 1 + WordNet classes of the part after the last hyphen, 0 for none
	cl      clusterIDs // word cluster, for a model trained with them (set by lookupLex)
	// tl and tlFirst: the word's tag list and first tag in the tag
	// lexicon (taglex.go) for a model trained with it, else 0.
	tl, tlFirst uint64
}

const (
	flagTitle = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagFirst
	flagLower
)

// normRune maps typographic variants to the forms web text (and the
// training treebank) mostly uses, so curly quotes and long dashes in news
// behave like their plain counterparts.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '′':
		return '\''
	case '“', '”', '„', '″', '«', '»':
		return '"'
	case '–', '—', '―', '−':
		return '-'
	case '…':
		return '.'
	}
	return r
}

// fnv step over the UTF-8 bytes of r.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * 1099511628211
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return h
}

const fnvOffset = 14695981039346656037

// shapeClass is the character class used in word shapes.
func shapeClass(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r >= utf8.RuneSelf && unicode.IsLetter(r):
		return 'x'
	}
	return r
}

// makeWord hashes a token. first marks the sentence's first token.
func makeWord(s string, first bool) word {
	var w word
	form, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var prev rune = -1
	run := 0
	nr := 0
	var flags uint64
	upper, lowers := 0, 0
	// Prefixes are taken as the first runes arrive; suffixes need the
	// rune positions, kept for up to 32 runes (longer words use the tail).
	var tail [5]rune
	hyph := uint64(0)
	for _, r := range s {
		r = normRune(r)
		lr := unicode.ToLower(r)
		form = hashRune(form, r)
		lower = hashRune(lower, lr)
		if r == '-' {
			hyph = fnvOffset
		} else if hyph != 0 {
			hyph = hashRune(hyph, lr)
		}
		if nr < 3 {
			w.pre[nr] = lower
		}
		if nr == 3 {
			w.pre4 = lower
		}
		nr++
		copy(tail[:], tail[1:])
		tail[4] = lr
		c := shapeClass(r)
		switch c {
		case 'X':
			upper++
		case 'x':
			lowers++
		case 'd':
			flags |= flagDigit
		case '-':
			flags |= flagHyphen
		}
		if c == prev {
			run++
		} else {
			run = 1
			prev = c
		}
		if run <= 3 {
			shape = hashRune(shape, c)
		}
	}
	for i := nr; i < 3; i++ {
		w.pre[i] = lower
	}
	if nr < 4 {
		w.pre4 = lower
	}
	if hyph != fnvOffset {
		w.hyph = hyph
	}
	// Suffix k is the hash of the last k runes.
	for k := 1; k <= 5; k++ {
		var h uint64
		if k > nr {
			h = lower + uint64(k) // short words: their whole form, marked by length
		} else {
			h = uint64(fnvOffset)
			for _, r := range tail[5-k:] {
				h = hashRune(h, r)
			}
		}
		if k == 5 {
			w.suf5 = h
		} else {
			w.suf[k-1] = h
		}
	}
	switch {
	case upper > 0 && lowers == 0 && upper > 1:
		flags |= flagUpper
	case upper > 0:
		flags |= flagTitle
	case lowers > 0:
		flags |= flagLower
	}
	if first {
		flags |= flagFirst
	}
	w.form, w.lower, w.shape, w.flags = form, lower, shape, flags
	w.lexTag = -1
	return w
}

// Word hashes for positions outside the sentence.
var (
	padWord  = word{form: pc.String("<pad>"), lower: pc.String("<pad>"), shape: pc.String("<pad>"), lexTag: -1}
	rootWord = word{form: pc.String("<root>"), lower: pc.String("<root>"), shape: pc.String("<root>"), lexTag: -1}
)

// lowerKey is the hash under which the lexicon knows a word: its
// normalised lower-case form.
func lowerKey(s string) uint64 { return makeWord(s, false).lower }
