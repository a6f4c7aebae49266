package event

import "dateline/syntax"

// everydayTakes are verbs of seizing (CAMEO 171, "seize or damage
// property") and of force (190, 182) whose everyday sense with a thing as
// object is neither: a film takes $305m, a show takes an award, a rise
// takes the shine off a budget, a minister takes no notice, a firm grabs
// headlines, a team snatches victory; markets hit highs, a quake hits
// shares, exports beat forecasts, a deal is struck. "Face" and
// "encounter" (CAMEO 040, meet) with a thing are undergoing it: a firm
// faces competition, a government faces opposition from MPs; facing
// MPs is still meeting them. "Leave" and "join" (040) with a thing are
// no departure or meeting: a plan leaves a scar across a region, a
// country joins the euro; leaving Iraq or joining the EU still codes.
// Their patterns
// ("take hostages", "take control of", "take part in") code as before.
var everydayTakes = map[string]bool{"TAKE": true, "CATCH": true, "GRAB": true, "SNATCH": true,
	"HIT": true, "BEAT": true, "STRIKE": true, "FACE": true, "ENCOUNTER": true, "LEAVE": true, "JOIN": true}

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

// thinkVerbs are the verbs of the dictionaries' CONSIDER block (040,
// consult) that say someone deliberates: "the industry will consider
// ways of …", "I think they feel …", "Mr Greenspan pondered the
// chancellor's skills". Coded by the verb alone they consult no one; the
// block's patterns ("consider participation" 014) still code.
var thinkVerbs = map[string]bool{"CONSIDER": true, "CONTEMPLATE": true, "EXCOGITATE": true, "MEDITATE": true,
	"MULL": true, "MUSE": true, "PONDER": true, "REASON": true, "RECONSIDER": true, "RUMINATE": true,
	"SPECULATE": true, "THINK": true, "WEIGH": true}

// wantVerbs say what someone wishes. Coded by the verb alone they act
// on no one unless they ask someone to act ("the unions want the
// government to withdraw the rules"): "the UK wants to make Africa's
// problems a priority", "Oxford wants Google's help", "migrants who want
// to work in the UK" are no appeal, and what is wanted is coded on its
// own clause (as an intent: intentVerbs).
var wantVerbs = map[string]bool{"WANT": true, "WISH": true}

// wantsNoOne says whether v is a want verb with no object asked to act.
func (c *coder) wantsNoOne(v int) bool {
	s := c.s
	if !wantVerbs[s.lemmas[v]] {
		return false
	}
	o := s.child(v, "obj")
	if o >= 0 && tieNouns[s.lemmas[o]] {
		return false // "wants closer links with the EU": an intent to cooperate
	}
	return o < 0 || s.child(v, "xcomp") < 0
}

// tieNouns are relations one wants with another side.
var tieNouns = map[string]bool{"LINK": true, "TIE": true, "RELATION": true, "RELATIONSHIP": true, "COOPERATION": true,
	"CO-OPERATION": true, "TALK": true, "DIALOGUE": true, "PARTNERSHIP": true, "MEMBERSHIP": true, "PEACE": true}

// patternOnly are verbs whose block code the dictionaries mean only
// through a pattern that names the force: "die in clashes" (190), "die
// after an assault" (1823), "die of natural causes" (no event); a plain
// "died on Friday at his home in California" names no one who killed.
// And the DESTROY block's verbs of surpassing (190 by the block's code):
// "China overtook the US as the biggest market", "rows dominated media
// attention", "the row overshadowed the summit". And hearing and
// learning (the HEAR block's 040, consult): "will hear motions from
// Deutsche Bank", "heard stories that Madrid was interested"; "heard
// reports" (090) and "heard the appeal" (020) are patterns. And needing
// (the DEMAND block's 100): "Indonesia no longer needs the debt freeze",
// "Britain needed a slimmer government", "most legislation needs the
// approval of parliament" ask no one; "needs help" (023) and "needs
// currency" (0231) are patterns. Expecting (030 by its own code):
// "the EU expects the German deficit to …", "is expected to point to"
// foresee, they promise nothing; "expects ties" (030) and "expects a
// visit" (036) are patterns. Leading and managing (the OVERSEE block's
// 060): "the government, led by President X", "Scissor Sisters led the
// winners", "leading some commentators to …" give no aid.
var patternOnly = map[string]bool{"DIE": true, "OVERTAKE": true, "DOMINATE": true, "OVERSHADOW": true,
	"OVERCOME": true, "MASTER": true, "HEAR": true, "LEARN": true,
	"NEED": true, "NECESSITATE": true, "EXPECT": true, "LEAD": true, "MANAGE": true}

// goingTo says whether v is "going to" before an infinitive, English's
// future ("we are going to make an impact in Africa", "nothing is going
// to get in the way of a unified party"): no one goes anywhere (GO is
// 040 by its block).
func (c *coder) goingTo(v int) bool {
	s := c.s
	if s.lemmas[v] != "GO" || s.xpos[v] != "VBG" {
		return false
	}
	for _, k := range s.kids[v] {
		if k > v && (s.base[k] == "xcomp" || s.base[k] == "advcl") && s.xpos[k] == "VB" && s.caseOf(k) == "TO" {
			return true
		}
	}
	return false
}
