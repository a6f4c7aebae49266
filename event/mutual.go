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
// a target in a complement clause; not a city the meeting is in, "opened
// negotiations in Geneva"): "A and B met C" stays A→C, B→C. It reports
// whether it coded the clause.
func (c *coder) mutualEvents(cl clause, src, tgt int, sources, targets []actor) bool {
	if c.lx.petrarch || len(sources) < 2 || cl.passive || !c.coordinatedSubject(src) || !c.reciprocal(cl) {
		return false
	}
	if tgt >= 0 && c.counterpart(cl, tgt) && !c.onlyCities(targets) {
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
// other when two sides do it together: verbs that need two sides
// ("meet", "agree", "negotiate", "clash", "fight"; "attack" and "storm"
// share the fighting code but have a direction), signing a formal
// agreement and negotiating whatever the verb (CAMEO 057, 046: "signed a
// treaty", "took part in the summit"), a pattern whose code is the same
// both ways, and a consultation or the intent
// of one whose object is a meeting ("held talks", "opened negotiations"). A generic code alone is not enough: "go",
// "take part" and "reveal" carry 040, 030 and 050 in the dictionaries.
func (c *coder) reciprocal(cl clause) bool {
	s := c.s
	if (s.isVerb(cl.v) && twoSided[s.lemmas[cl.v]]) || (cl.reverse != "" && cl.reverse == cl.code) {
		return true // the dictionary's own "[a:a]" says so too ("SIGN * {TRADE &TREATY} [0311:0311]")
	}
	code := cl.code
	switch {
	case len(code) < 3:
		return false
	case code[:3] == "057", code[:3] == "046":
		return true
	case code[:2] == "04" && code[:3] != "042" && code[:3] != "043" && code[:3] != "045", code[:3] == "036":
		o := s.child(cl.v, "obj")
		return o >= 0 && meetingNouns[s.lemmas[o]]
	}
	return false
}

// twoSided are the verbs whose subject may be both sides of the act.
var twoSided = map[string]bool{
	"MEET": true, "TALK": true, "NEGOTIATE": true, "CONFER": true, "CONSULT": true, "AGREE": true,
	"COOPERATE": true, "COLLABORATE": true, "ALLY": true, "RECONCILE": true, "SIGN": true,
	"CLASH": true, "FIGHT": true, "BATTLE": true, "SKIRMISH": true, "DUEL": true, "QUARREL": true,
	"FEUD": true, "SPAR": true, "WRESTLE": true, "GRAPPLE": true,
}

// meetingNouns are the objects that make a consultation of two sides
// ("held talks", "opened negotiations").
var meetingNouns = map[string]bool{
	"TALK": true, "MEETING": true, "NEGOTIATION": true, "DISCUSSION": true, "SUMMIT": true,
	"CONSULTATION": true,
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
	switch s.base[tgt] {
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
		if r := s.base[m]; r == "compound" || r == "flat" {
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
			if (s.base[m] == "nmod") && s.caseOf(m) == "OF" {
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

// placeOfHead says whether the actor a is a city named in a locative
// phrase after the head u of its phrase ("reporters in Addis Ababa").
// A country so named is whose the role is ("lawmakers in Gondor") and
// keeps naming it.
func (c *coder) placeOfHead(a actor, u int) bool {
	hd := c.phraseHead(a.first, a.last)
	return hd > u && locativeCase[c.s.caseOf(hd)] && isCity(c.nameText(hd))
}

// afterCase skips the prepositions a phrase's tokens open with ("to
// reporters in Kiev" is named "reporters in Kiev"), up to its head u.
func (c *coder) afterCase(f, u int) int {
	for f < u && c.s.upos[f] == "ADP" {
		f++
	}
	return f
}

// onlyCities says whether every target actor is coded from a city named
// in a locative phrase ("negotiations in Geneva"), not from its own head.
func (c *coder) onlyCities(targets []actor) bool {
	s := c.s
	for _, a := range targets {
		if c.actorWord(c.phraseHead(a.first, a.last)) {
			return false
		}
		city := false
		for t := a.first; t <= a.last && !city; t++ {
			city = s.upos[t] == "PROPN" && locativeCase[s.caseOf(t)] && isCity(c.nameText(t))
		}
		if !city {
			return false
		}
	}
	return len(targets) > 0
}
