package event

import (
	"dateline/gazetteer"
	"dateline/syntax"
)

// This file holds the rules on what an argument is, beyond where the
// parse puts it: coordinated actors of a reciprocal act act on each
// other, a city the act happens in is not its target, and freeing
// persons needs persons to free.

// mutualEvents codes a reciprocal act of a coordinated subject ("Kenya
// and Ethiopia signed an agreement", "Chile and Peru will meet",
// "police and protesters clashed outside a court") as one event for each
// ordered pair of its conjuncts, as PETRARCH does for a compound actor
// ('%'): the act is each side's on the other. It applies when the clause
// names no counterpart of its own (an object, a with- or against-phrase,
// a target in a complement clause): "A and B met C" stays A→C, B→C. It
// reports whether it coded the clause.
func (c *coder) mutualEvents(cl clause, src, tgt int, sources []actor) bool {
	if c.lx.petrarch || len(sources) < 2 || cl.passive || !c.coordinatedSubject(src) || !c.reciprocal(cl) {
		return false
	}
	if tgt >= 0 && c.counterpart(cl, tgt) {
		return false
	}
	n := len(c.events)
	for i, a := range sources {
		for j, b := range sources {
			if i != j {
				c.emit(cl, a, b, cl.code)
			}
		}
	}
	return len(c.events) > n
}

// coordinatedSubject says whether the phrase at src has a nominal
// conjunct ("Kenya and Ethiopia", "the union and the ministry").
func (c *coder) coordinatedSubject(src int) bool {
	s := c.s
	if src < 0 {
		return false
	}
	for _, k := range s.kids[src] {
		if s.rel[k] == "conj" && s.isNominal(k) {
			return true
		}
	}
	return false
}

// reciprocal says whether the clause's act is done by each side to the
// other when two sides do it together: consulting, meeting and
// negotiating (CAMEO 04, but for visiting, hosting and mediating, which
// have a direction or a third party), diplomatic cooperation and signing
// an agreement (050, 057), material cooperation (06), the intents to
// cooperate and to meet (030, 031, 036), and fighting verbs that need
// two sides ("clash", "fight"; "attack" and "storm" share their code but
// have a direction).
func (c *coder) reciprocal(cl clause) bool {
	code := cl.code
	switch {
	case len(code) < 3:
		return false
	case code[:2] == "04":
		return code[:3] != "042" && code[:3] != "043" && code[:3] != "045"
	case code[:2] == "06", code[:3] == "050", code[:3] == "057", code[:3] == "030", code[:3] == "031", code[:3] == "036":
		return true
	case code[:2] == "19":
		return c.s.isVerb(cl.v) && twoSidedFight[c.s.lemmas[cl.v]]
	}
	return false
}

// twoSidedFight are the fighting verbs whose subject may be both sides.
var twoSidedFight = map[string]bool{
	"CLASH": true, "FIGHT": true, "BATTLE": true, "SKIRMISH": true, "DUEL": true, "QUARREL": true,
	"FEUD": true, "SPAR": true, "WRESTLE": true, "GRAPPLE": true,
}

// counterpart says whether the target found at tgt is the other side of
// the act: not so for a phrase of the verb's own that says where or why
// ("clashed outside a hospital", "met over the border dispute"), which
// the target search takes only for want of a better one.
func (c *coder) counterpart(cl clause, tgt int) bool {
	s := c.s
	if cl.comp >= 0 || s.head[tgt] != cl.v {
		return true
	}
	switch relBase(s.rel[tgt]) {
	case "obl", "nmod":
		switch s.caseOf(tgt) {
		case "WITH", "AGAINST", "BETWEEN", "TO", "":
			return true
		}
		return false
	}
	return true
}

// locativeCase are the prepositions of a place an act happens in.
var locativeCase = map[string]bool{"IN": true, "AT": true, "NEAR": true, "OUTSIDE": true, "INSIDE": true}

// cityOfAct says whether the phrase at k, a prepositional phrase of a
// verb, names the city the act happens in ("met in Geneva", "clashed in
// Ibadan"): where, not whom. A country stays a target ("intervened in
// Syria", "invested in Kenya"), as does "at" with a verb of aiming,
// which the dictionaries spell out in their patterns.
func (c *coder) cityOfAct(k int) bool {
	s := c.s
	if c.lx.petrarch || s.upos[k] != "PROPN" || !locativeCase[s.caseOf(k)] {
		return false
	}
	return isCity(c.nameText(k))
}

// isCity says whether name is a city in the gazetteer and no country.
func isCity(name string) bool {
	g, err := gazetteer.Load()
	if err != nil || g == nil || name == "" {
		return false
	}
	if _, ok := g.Country(name); ok {
		return false
	}
	return len(g.City(name)) > 0
}

// nameText is the proper name headed at k: k and the words joined to it
// by compound and flat relations.
func (c *coder) nameText(k int) string {
	s := c.s
	first, last := k, k
	for _, m := range s.kids[k] {
		if r := relBase(s.rel[m]); r == "compound" || r == "flat" {
			first, last = min(first, m), max(last, m)
		}
	}
	return c.text(first, last)
}

// freesNoPerson says whether a pattern coded as freeing persons (CAMEO
// 0841) matched a word that frees something else: the object of the
// verb "release" or the of-phrase of the noun ("would release 40 million
// cubic metres of water", "the release of 4 billion naira") names no
// person, group or animal. k is the pattern's last matched word; a word
// that names persons itself ("prisoners") frees them.
func (c *coder) freesNoPerson(k int) bool {
	s := c.s
	if k < 0 {
		return false
	}
	thing := -1
	switch {
	case s.isNominal(k):
		if c.personLike(k) {
			return false
		}
		for _, m := range s.kids[k] {
			if (relBase(s.rel[m]) == "nmod") && s.caseOf(m) == "OF" {
				thing = m
				break
			}
		}
	case s.isVerb(k):
		thing = s.child(k, "obj")
	default: // "set free": what the verb sets
		thing = s.child(c.verb, "obj")
	}
	return thing >= 0 && !c.personLike(thing)
}

// personLike says whether the noun phrase at k may name persons: its
// head is a pronoun or name, an entity or actor, a role of the agent dictionary,
// or a noun whose usual WordNet sense is a person, group or animal. A
// noun WordNet does not know is given the benefit of the doubt.
func (c *coder) personLike(k int) bool {
	s := c.s
	switch s.upos[k] {
	case "PRON", "PROPN", "NUM":
		return true
	}
	if c.actorWord(k) {
		return true // the head word itself: "tonnes of fuel to Chad" frees no one
	}
	switch syntax.NounSense(s.lemmas[k]) {
	case syntax.NounPerson, syntax.NounGroup, syntax.NounAnimal, -1:
		return true
	}
	return false
}

// placeOfHead says whether the actor a is named in a locative phrase
// after the head u of its phrase ("reporters in Addis Ababa").
func (c *coder) placeOfHead(a actor, u int) bool {
	hd := c.phraseHead(a.first, a.last)
	return hd > u && locativeCase[c.s.caseOf(hd)]
}
