package timex

import (
	"math/bits"
	"strings"
)

// A need is what a required element of a rule accepts: a token of one of
// its words (a literal) or of one of its categories (a class or a node).
// A rule can match in a sentence only if the sentence's tokens meet all
// its needs; most sentences hold no time, and most meet the needs of no
// rule of a layer (a month, a unit, "ago", a node), so the layer skips
// them without walking their tokens.
//
// Needs are numbered once for all layers (identical elements share one);
// a sentence's met needs are gathered from its tokens: each lexicon entry
// knows the literal needs it meets (entry.meets), each category the class
// needs (catMeets).
type needSet [4]uint64

const maxNeeds = len(needSet{}) * 64

func (s *needSet) add(id int) { s[id>>6] |= 1 << (id & 63) }

func (s *needSet) or(o *needSet) {
	s[0] |= o[0]
	s[1] |= o[1]
	s[2] |= o[2]
	s[3] |= o[3]
}

// within says whether every need of s is in met.
func (s *needSet) within(met *needSet) bool {
	return s[0]&^met[0]|s[1]&^met[1]|s[2]&^met[2]|s[3]&^met[3] == 0
}

type needKey struct {
	cats  uint64
	words string
}

var (
	needIDs = map[needKey]int{}
	// alwaysMet holds the needs every token meets (a class that is no
	// category, such as @cap).
	alwaysMet needSet
	// catMeets holds, by category bit, the class needs a token of that
	// category meets.
	catMeets [64]needSet
)

// needOf numbers the need of element e.
func needOf(e *elem) int {
	k := needKey{words: strings.Join(e.words, "|")}
	if e.words == nil {
		k.cats = classMask(e.cls)
	}
	if id, ok := needIDs[k]; ok {
		return id
	}
	id := len(needIDs)
	if id == maxNeeds {
		panic("timex: the rules have more needs than a needSet holds")
	}
	needIDs[k] = id
	switch {
	case e.words != nil:
		for _, w := range e.words {
			lexicon[w].meets.add(id)
		}
	case k.cats == catAny:
		alwaysMet.add(id)
	default:
		for m := k.cats; m != 0; m &= m - 1 {
			catMeets[bits.TrailingZeros64(m)].add(id)
		}
	}
	return id
}

// needs is the needs of p's required elements.
func (p pattern) needs() needSet {
	var s needSet
	for k := range p {
		if !p[k].opt {
			s.add(needOf(&p[k]))
		}
	}
	return s
}

// sentenceHas gathers what a sentence's tokens are: their categories and
// the needs they meet.
type sentenceHas struct {
	cats uint64
	met  needSet
}

func (h *sentenceHas) addTok(t *tok) {
	h.cats |= tokMask(t)
	if t.ent != nil {
		h.met.or(&t.ent.meets)
	}
}

// gathered adds the class needs of the categories of the tokens added:
// then met holds what the sentence's base layer meets. A layer adds only
// nodes and drops tokens, so these, with catNode once a layer has made a
// node, cover the tokens of every layer.
func (h *sentenceHas) gathered() { h.addCats(h.cats) }

// addCats adds the class needs of categories m (those of the tokens
// added, or catNode once a layer has made a node).
func (h *sentenceHas) addCats(m uint64) {
	h.cats |= m
	for ; m != 0; m &= m - 1 {
		h.met.or(&catMeets[bits.TrailingZeros64(m)])
	}
	h.met.or(&alwaysMet)
}

// mayMatch is false when no rule of the layer can match in a sentence
// whose tokens meet only the needs met.
func (c *cascade) mayMatch(met *needSet) bool {
	for k := range c.needs {
		if c.needs[k].within(met) {
			return true
		}
	}
	return false
}
