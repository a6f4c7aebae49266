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
