package quote

import (
	"strings"

	"dateline/syntax"
)

// A verb of stance in its bare form after a plural subject, read by the
// tagger as a noun: "Two-thirds support lowering the fee", "Most
// farmers polled oppose the port tax", "Younger voters favour building a
// second terminal". Poll stories say so of a share of the people asked,
// and a reader (and PolNeAR) takes it for their stance, what the object
// names. misreadPluralVerb reads the same shape before a clause ("Most
// say they …"); here the verb holds an object.

// objectStanceVerbs are the seed's stance verbs (seed.go) that take the
// object they report: support or opposition.
var objectStanceVerbs = wordSet(nil, "support", "oppose", "favor", "favour", "reject")

// misreadStanceProb is how sure such a stance is: the cue model never
// saw a misread verb with an object.
const misreadStanceProb = 0.6

// misreadStanceVerb reports whether noun token i is such a verb: a
// stance verb as written after a plural subject (bareSeedAfterPlural),
// before what opens its object: a gerund, a name, or a noun phrase
// ("support background checks", "oppose the new toll"). Not before a
// preposition or punctuation: "40 percent support among women", "voter
// support for the mayor" stay nouns.
func (w *work) misreadStanceVerb(i int) bool {
	if !objectStanceVerbs[w.lowWord(i)] || !w.bareSeedAfterPlural(i) || !w.holdsStance(w.stanceSubject(i)) {
		return false
	}
	switch n := &w.d.Tokens[i+1]; n.UPOS {
	case "VERB":
		return n.XPOS == "VBG"
	case "PROPN", "NOUN", "ADJ", "DET", "NUM":
		return true
	case "ADV":
		// "support at least lowering", "oppose outright any toll"
		return !strings.EqualFold(w.word(i+1), "not")
	}
	return false
}

// stanceSubject returns the head of the subject of misread verb i: the
// word before it, or the plural before a participle ("the senators
// surveyed support …").
func (w *work) stanceSubject(i int) int {
	if w.d.Tokens[i-1].XPOS == "VBN" {
		return i - 2
	}
	return i - 1
}

// holdsStance reports whether subject head s can hold a stance: people or
// a body (a person or group noun, a name, a pronoun), or a share or count
// of those asked ("two-thirds", "most", "35"). Things favour nothing in
// this sense: "the coming contests favour Lee" is the writer's reading.
func (w *work) holdsStance(s int) bool {
	t := &w.d.Tokens[s]
	switch t.UPOS {
	case "PROPN", "PRON", "NUM":
		return true
	}
	if isShareWord(w.lowWord(s)) {
		return true
	}
	switch syntax.NounSense(w.lemma(s)) {
	case syntax.NounPerson, syntax.NounGroup:
		return true
	}
	return false
}

// misreadStanceComplement makes cue c, on such a verb, an object frame
// whose content runs from the word after the verb to the end of its
// clause, held by the subject's head: the word before the verb, or the
// plural before a participle ("the senators surveyed support …").
func (w *work) misreadStanceComplement(c *cue) bool {
	i := c.tok
	c.frame = FrameObj
	c.lo, c.hi = i+1, i+2
	w.trimRegion(c)
	w.extendRight(c, true)
	if w.quotedIn(c.lo, c.hi+1) {
		return false // see misreadComplement
	}
	c.subj = w.stanceSubject(i)
	c.ruleProb, c.score = misreadStanceProb, misreadStanceProb
	return c.hi > c.lo
}
