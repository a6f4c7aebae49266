package syntax

import (
	_ "embed"
	"strings"
	"sync"

	"dateline/internal/gzfile"
	"dateline/internal/u64tab"
)

// WordNet supersenses as word classes for the parser: the lexicographer
// file of a noun's or verb's most frequent sense (noun.person, noun.time,
// verb.communication, … 45 in all). "said", "told" and "warned" share
// verb.communication, "Monday" and "week" noun.time, so what the treebank
// teaches about one word carries over to the rest of its class, as word
// clusters do for linear parsers (Koo et al. 2008). See wordnet/README.md.
//
//go:embed wordnet/senses.tsv.gz
var sensesGz []byte

var (
	snOnce sync.Once
	snLex  *u64tab.Table[uint16] // lowerKey -> noun file+1 | (verb file+1)<<8
)

// senses returns the supersense lexicon, decoded on first use; a broken
// embedded file leaves it empty (caught by the tests), never panics.
func senses() *u64tab.Table[uint16] {
	snOnce.Do(func() { snLex, _ = decodeSenses(sensesGz) })
	return snLex
}

func decodeSenses(gz []byte) (*u64tab.Table[uint16], error) {
	lex := u64tab.New[uint16](64000)
	text, err := gzfile.Text(gz)
	for line := range strings.Lines(text) {
		word, rest, ok1 := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		noun, verb, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || strings.Contains(verb, "\t") || strings.HasPrefix(word, "#") {
			continue
		}
		lex.Put(lowerHash(fnvOffset, word), senseNum(noun)|senseNum(verb)<<8)
	}
	return lex, err
}

// senseNum is 1 + a lexicographer file number, 0 for "-" or garbage.
func senseNum(s string) uint16 {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i >= 2 {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	if s == "" {
		return 0
	}
	return uint16(n + 1)
}

// senseEndings are the inflections stripped to find a word WordNet only
// knows by its lemma ("reporters", "warned"); irregular forms ("told")
// are found by the lemmatiser's exceptions in wordClass.
var senseEndings = wnEndings[:6]

// senseOf returns the senses of word (lower-case hash lower): its own, and
// for a class it lacks, those of the first regular stem WordNet knows.
func senseOf(lex *u64tab.Table[uint16], word string, lower uint64) uint16 {
	s := lex.Value(lower)
	if s&0xff != 0 && s>>8 != 0 {
		return s
	}
	for _, k := range stemKeys(word, senseEndings) {
		t := lex.Value(k)
		if s&0xff == 0 {
			s |= t & 0xff
		}
		if s>>8 == 0 {
			s |= t &^ 0xff
		}
		if t != 0 {
			return s
		}
	}
	return s
}

// Which of a word's senses its tag selects.
const (
	senseNone = iota
	senseNoun
	senseVerb
)

// setClasses fills x.c, the parser's class of each word: the supersense
// its tag selects (a noun's for NOUN and PROPN, a verb's for VERB), found
// under its lemma ("told" -> "tell"), else under the form or a regular
// stem; failing that, its universal tag.
// A model trained without them leaves x.c empty, which turns their
// features off.
func (m *Model) setClasses(x *sent, ws []word, tags []int32, words, lemmas []string) {
	if !m.senses {
		x.c = x.c[:0]
		return
	}
	n := len(tags)
	if cap(x.c) < n+1 {
		x.c = make([]uint64, n+1)
	}
	x.c = x.c[:n+1]
	lex := senses()
	for i, t := range tags {
		kind := m.senseKind[t]
		x.c[i] = m.uposOf[t]
		if kind == senseNone {
			continue
		}
		s := uint16(0)
		if i < len(lemmas) {
			s = lex.Value(lowerHash(fnvOffset, lemmas[i]))
		}
		shift := 0
		if kind == senseVerb {
			shift = 8
		}
		s = s >> shift & 0xff
		if s == 0 && i < len(words) {
			s = senseOf(lex, words[i], ws[i+2].lower) >> shift & 0xff
		}
		if s != 0 {
			x.c[i] = uint64(s)<<8 | uint64(kind)<<16
		}
	}
	x.c[n] = rootTag
}

// setSenseKinds fills m.senseKind from the tags' universal tags.
func (m *Model) setSenseKinds() {
	m.senseKind = make([]uint8, len(m.tags))
	for i, t := range m.tags {
		switch t.UPOS {
		case "NOUN", "PROPN":
			m.senseKind[i] = senseNoun
		case "VERB":
			m.senseKind[i] = senseVerb
		}
	}
}

// Noun lexicographer files of WordNet that NounSense returns.
const (
	NounTops          = 3  // noun.Tops: the unique beginners ("group", "thing")
	NounAnimal        = 5  // noun.animal
	NounArtifact      = 6  // noun.artifact
	NounCognition     = 9  // noun.cognition: ideas, views
	NounCommunication = 10 // noun.communication: words, messages, publications
	NounFeeling       = 12 // noun.feeling
	NounGroup         = 14 // noun.group
	NounLocation      = 15 // noun.location
	NounMotive        = 16 // noun.motive
	NounPerson        = 18 // noun.person
)

// NounSense returns the WordNet lexicographer file of the most frequent
// noun sense of word (any case; a regular plural is found by its stem),
// -1 when WordNet knows no noun of that spelling. Other stages ask it
// what kind of thing a noun names: "released the hostages" frees people,
// "released the water" does not.
func NounSense(word string) int {
	lex := senses()
	s := senseOf(lex, word, lowerHash(fnvOffset, word)) & 0xff
	return int(s) - 1
}
