package syntax

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/internal/gzfile"
	"dateline/internal/u64tab"
)

// The WordNet lexicon tells the tagger which open classes (noun, verb,
// adjective, adverb) a word can belong to, most used first. The treebank
// shows about 20,000 word forms; WordNet knows 83,000 more, which is what
// the tagger needs for the rare words of news text ("reallocate",
// "bellicose"). See wordnet/README.md for the source and licence.
//
//go:embed wordnet/pos.tsv.gz
var wordnetGz []byte

var (
	wnOnce sync.Once
	wnLex  *u64tab.Table[uint8] // lowerKey -> 1 + index in wnClasses
	// wnClasses are the distinct class lists ("nv", "r", …) in the order
	// first met in the file, which is fixed by the generator.
	wnClasses []string
)

// wordnet returns the lexicon, decoded on first use. A broken embedded
// file is a build error, caught by the tests; at run time it leaves the
// lexicon empty rather than panic.
func wordnet() *u64tab.Table[uint8] {
	wnOnce.Do(func() {
		wnLex, wnClasses, _ = decodeWordnet(wordnetGz)
	})
	return wnLex
}

func decodeWordnet(gz []byte) (*u64tab.Table[uint8], []string, error) {
	text, err := gzfile.Text(gz)
	if err != nil {
		return u64tab.New[uint8](0), nil, err
	}
	lex := u64tab.New[uint8](90000)
	ids := map[string]uint8{}
	var classes []string
	for line := range strings.Lines(text) {
		w, c, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || strings.HasPrefix(w, "#") {
			continue
		}
		id, ok := ids[c]
		if !ok {
			if len(classes) >= 254 {
				continue
			}
			c = strings.Clone(c) // not the whole text kept for a few bytes
			classes = append(classes, c)
			id = uint8(len(classes))
			ids[c] = id
		}
		lex.Put(lowerHash(fnvOffset, w), id)
	}
	return lex, classes, nil
}

// Morphological guesses for words neither the treebank nor WordNet knows
// as written: strip a regular ending and look the stem up ("reallocated"
// -> "reallocate" as a verb). The feature is the ending with the stem's
// classes, so the tagger learns what "-ed on a verb stem" means.
var wnEndings = []wnEnding{
	{"ies", []string{"y"}},
	{"ied", []string{"y"}},
	{"ing", []string{"", "e", "-"}},
	{"ed", []string{"", "e", "-"}},
	{"es", []string{""}},
	{"s", []string{""}},
	{"ier", []string{"y"}},
	{"iest", []string{"y"}},
	{"er", []string{"", "e", "-"}},
	{"est", []string{"", "e", "-"}},
	{"ily", []string{"y"}},
	{"ly", []string{"", "le"}},
	{"ness", []string{""}},
	{"ment", []string{""}},
	{"ation", []string{"e", "ate", ""}},
	{"able", []string{"", "e"}},
}

// wnEnding is a regular ending and what may be put back on its stem.
type wnEnding struct {
	end  string
	adds []string // what to put back after removing end
}

// wnMorph returns a hash of (ending, stem classes) for the first regular
// ending of word (in any case) whose stem WordNet knows, or 0.
func wnMorph(lex *u64tab.Table[uint8], word string) uint64 {
	for k, stem := range stemKeys(word, wnEndings) {
		if id := lex.Value(stem); id != 0 {
			return uint64(k+1)<<8 | uint64(id)
		}
	}
	return 0
}

// stemKeys yields, for each of endings that word ends with (in any case),
// the ending's index and the lower-case hash of each stem it may come
// from, in order. "-" in adds means the doubled final consonant is
// dropped ("stopped" -> "stop"). Stems are hashed, not built, so tagging
// allocates nothing for them.
func stemKeys(word string, endings []wnEnding) iter.Seq2[int, uint64] {
	return func(yield func(int, uint64) bool) {
		for k, e := range endings {
			n := len(word) - len(e.end)
			if n < 2 || !strings.EqualFold(word[n:], e.end) {
				continue
			}
			stem := word[:n]
			h := lowerHash(fnvOffset, stem)
			for _, add := range e.adds {
				s := h
				if add == "-" {
					if n < 3 || !strings.EqualFold(stem[n-1:], stem[n-2:n-1]) {
						continue
					}
					s = lowerHash(fnvOffset, stem[:n-1])
				} else {
					s = lowerHash(h, add)
				}
				if !yield(k, s) {
					return
				}
			}
		}
	}
}

// lowerHash continues the lower-case hash h of makeWord over s, so that
// lowerHash(fnvOffset, s) == lowerKey(s) without building a string.
//
// ASCII letters are lowered and hashed a byte at a time, as hashRune,
// normRune and unicode.ToLower treat them (the lexicons' 200,000 words,
// nearly all ASCII, went through a rune decoding and two calls a letter:
// about 60 M instructions a load); the rest from the first other byte on
// rune by rune.
func lowerHash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerHashRunes(h, s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// lowerHashRunes is lowerHash rune by rune.
func lowerHashRunes(h uint64, s string) uint64 {
	for _, r := range s {
		h = hashRune(h, unicode.ToLower(normRune(r)))
	}
	return h
}
