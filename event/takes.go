package event

import "dateline/syntax"

// everydayTakes are verbs of seizing (CAMEO 171, "seize or damage
// property") and of force (190, 182) whose everyday sense with a thing as
// object is neither: a film takes $305m, a show takes an award, a rise
// takes the shine off a budget, a minister takes no notice, a firm grabs
// headlines, a team snatches victory; markets hit highs, a quake hits
// shares, exports beat forecasts, a deal is struck. Their patterns
// ("take hostages", "take control of", "take part in") code as before.
var everydayTakes = map[string]bool{"TAKE": true, "CATCH": true, "GRAB": true, "SNATCH": true,
	"HIT": true, "BEAT": true, "STRIKE": true}

// takesThing says whether the verb v (everydayTakes), coded by its own code and
// no pattern, has as object (its subject, when passive) an amount or a
// thing that no one seizes or strikes: money, a prize, notice, sales, a
// deal. People, groups, places, vehicles, buildings and goods (WordNet's
// person, group, animal, location and artifact nouns), names and
// pronouns can be.
func (c *coder) takesThing(v int, passive bool, subj int) bool {
	s := c.s
	if !everydayTakes[s.lemmas[v]] {
		return false
	}
	o := s.child(v, "obj")
	if passive {
		o = subj
	}
	if o < 0 {
		return false
	}
	switch s.upos[o] {
	case "NUM", "SYM":
		return true // "took $305m", "took 40%"
	case "PROPN", "PRON":
		return false
	}
	if c.ents != nil && c.ents[s.off+o] >= 0 {
		return false
	}
	switch syntax.NounSense(s.forms[o]) {
	case -1, syntax.NounTops, syntax.NounPerson, syntax.NounGroup, syntax.NounAnimal, syntax.NounLocation, syntax.NounArtifact:
		return false
	}
	return true
}

// lightNouns are the nouns of light-verb phrases whose clause is the act:
// "took the step of writing to X", "made the decision to expel X", "took
// the opportunity to thank X" say that the subject wrote, expelled or
// thanked; nothing is taken or made.
var lightNouns = map[string]bool{"STEP": true, "DECISION": true, "MOVE": true, "MEASURE": true,
	"OPPORTUNITY": true, "CHANCE": true, "TROUBLE": true, "LIBERTY": true}

// lightVerbs are the verbs of those phrases.
var lightVerbs = map[string]bool{"TAKE": true, "MAKE": true}

// lightClause is the clause of v's light-noun object (the gerund or
// infinitive hung on it), when v is a light verb; -1 otherwise.
func (c *coder) lightClause(v int) int {
	s := c.s
	if !lightVerbs[s.lemmas[v]] {
		return -1
	}
	o := s.child(v, "obj")
	if o < 0 || !lightNouns[s.lemmas[o]] {
		return -1
	}
	return c.nounClause(o)
}

// nounClause is the verb of a clause that modifies the noun n after it
// ("the step of writing", "the decision to expel"); -1 when there is none.
func (c *coder) nounClause(n int) int {
	s := c.s
	for _, k := range s.kids[n] {
		if k > n && s.base[k] == "acl" && s.isVerb(k) {
			if x := s.xpos[k]; x == "VBG" || x == "VB" {
				return k
			}
		}
	}
	return -1
}
