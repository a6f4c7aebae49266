package syntax

import (
	_ "embed"
	"strings"
	"sync"

	"dateline/internal/gzfile"
)

// The tag lexicon of Eric Brill's tagger gives about 90,000 English words
// (from the Wall Street Journal and Brown corpora) the Penn Treebank tags
// they had there, most frequent first: a second opinion on the words the
// web treebank shows rarely or never. See taglex/README.md.
//
//go:embed taglex/brill.tsv.gz
var tagLexGz []byte

// tagLexicon maps the hash of a word as written (word.form; the lexicon
// keeps case: "May" and "may" differ) to its entry: the number of its tag
// list (its ambiguity class in the lexicon) in the low 16 bits, the
// number of its first tag above.
type tagLexicon map[uint64]uint32

// tagLex returns the embedded lexicon, decoded once. A broken embedded
// file is a build error caught by the tests; at run time it gives an
// empty lexicon, never a panic.
var tagLex = sync.OnceValue(func() tagLexicon {
	l, _ := decodeTagLex(tagLexGz)
	return l
})

// decodeTagLex reads the generator's "word<TAB>TAG TAG …" lines.
func decodeTagLex(gz []byte) (tagLexicon, error) {
	text, err := gzfile.Text(gz)
	if err != nil {
		return tagLexicon{}, err
	}
	lex := make(tagLexicon, 90000)
	classes, firsts := map[string]uint32{}, map[string]uint32{}
	id := func(ids map[string]uint32, s string) uint32 {
		n, ok := ids[s]
		if !ok {
			n = uint32(len(ids))
			ids[s] = n
		}
		return n
	}
	for line := range strings.Lines(text) {
		w, tags, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || strings.HasPrefix(w, "#") || tags == "" || len(classes) >= 1<<16-1 {
			continue
		}
		first, _, _ := strings.Cut(tags, " ")
		lex[formHash(w)] = id(classes, tags) | id(firsts, first)<<16
	}
	return lex, nil
}

// formHash is makeWord's hash of s as written (word.form) without
// building the word.
func formHash(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, normRune(r))
	}
	return h
}

// lookup sets w's lexicon features: the entry of the word as written,
// else of its lower-case form (a capitalised sentence opener), as the
// lexicon's README advises. tl is 1 for a word the lexicon lacks, else 2
// plus its class; tlFirst likewise with its first tag.
func (l tagLexicon) lookup(w *word) {
	e, ok := l[w.form]
	if !ok {
		e, ok = l[w.lower]
	}
	if !ok {
		w.tl, w.tlFirst = 1, 1
		return
	}
	w.tl, w.tlFirst = uint64(e&0xffff)+2, uint64(e>>16)+2
}
