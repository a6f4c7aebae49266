package event

import "dateline/syntax"

// Phrases that name no side (built-in mode): a thing does not act, a
// thing's place is where it is, not whom an act is done to, a pronoun
// spelt like a country is none, and what the infinitive of a verb of
// intent names is that infinitive's side.

// thingSource says whether the source phrase src of a clause coded code
// is headed by a thing that names no actor itself, with the actor only
// inside it: "Asian investment helps bridge the gap", "the UK's adoption
// of digital TV has helped", "our business strategy will allow us",
// "a win by Mr Kerry would have given Mr Blair …". The thing is the
// cause, not a side that says, helps, allows or gives. A thing is a
// noun whose usual WordNet sense is an act, idea, quality, possession,
// amount, event, phenomenon, time, feeling or motive (thingSenses), not
// an artefact or a substance, where WordNet often misses the people
// ("fans", "the paper", "the studio"). Kept: force and protest (14x–20x)
// may be named by their means ("Russian air strikes hit …").
func (c *coder) thingSource(v, src int, code string) bool {
	s := c.s
	if c.lx.petrarch || src < 0 || s.upos[src] != "NOUN" || len(code) < 2 || code[:2] >= "14" {
		return false
	}
	if !c.ownOrShared(v, src) {
		return false // a subject borrowed from afar, often through a misparse
	}
	if p := s.caseOf(src); p != "" && p != "BY" {
		return false // "With the election …, angry MPs warned": a misparsed opening phrase, not the subject
	}
	if !thingSenses[syntax.NounSense(s.lemmas[src])] || peopleNouns[s.lemmas[src]] || c.personLike(src) {
		return false
	}
	if c.misparsedIntent(src) {
		return false
	}
	for _, k := range s.kids[v] {
		if k != src && s.base[k] == "nsubj" {
			return false // two subjects: "a Japanese Finance [Ministry official] told Reuters"
		}
	}
	for _, k := range s.kids[src] {
		if (k > src && s.isNominal(k) && s.caseOf(k) == "") || s.base[k] == "nsubj" {
			// "a senior Japanese Finance Ministry official", "the
			// Qualifications and Curriculum Authority", "the founder
			// and former boss": the parse's head is not the phrase's.
			return false
		}
	}
	return true
}

// thingSenses are the WordNet noun classes of things that do not act.
var thingSenses = map[int]bool{wnAct: true, wnAttribute: true, syntax.NounCognition: true, wnEvent: true,
	syntax.NounFeeling: true, syntax.NounMotive: true, wnPhenomenon: true, wnPossession: true, wnQuantity: true, wnTime: true}

// WordNet noun classes (lexicographer files) syntax.NounSense returns
// that the syntax package has no names for.
const (
	wnAct        = 4
	wnAttribute  = 7
	wnEvent      = 11
	wnPhenomenon = 19
	wnPossession = 21
	wnQuantity   = 23
	wnTime       = 28
)

// peopleNouns name a body of people in news though WordNet's usual sense
// of the word is an act or a quality: "the Chinese leadership", "Yukos'
// management", "the opposition", "the prosecution", "a government task
// force", "the Tory majority".
var peopleNouns = map[string]bool{"LEADERSHIP": true, "MANAGEMENT": true, "OPPOSITION": true, "PROSECUTION": true,
	"DEFENCE": true, "DEFENSE": true, "FORCE": true, "MAJORITY": true, "MINORITY": true}

// meetNouns are meetings held in a side's city.
var meetNouns = map[string]bool{"MEETING": true, "SUMMIT": true, "VISIT": true, "TRIP": true}

// placeOfThing says whether the actor a, found inside the phrase headed
// by u, is a city named in a locative phrase of a thing ("purchased two
// copies of the single in Edinburgh", "demonstrated a phone at the
// conference in Cannes", "a problem with the route in the area of
// Darlington"): where the thing is, not a side. A role keeps its city's
// country ("police in Lagos", placeOfHead), and so does a country
// ("the violence in Darfur" may be the side criticised), and so does
// a city where force is used or protest made ("troops attacked a house
// in Nablus": the city's country is attacked).
func (c *coder) placeOfThing(a actor, u int) bool {
	s := c.s
	if c.lx.petrarch || s.upos[u] != "NOUN" || c.actCode >= "14" || c.personLike(u) || tieNouns[s.lemmas[u]] || meetNouns[s.lemmas[u]] {
		return false // "will hold talks in Beijing": the talks are with China
	}
	hd := c.phraseHead(a.first, a.last)
	if hd <= u || !isCity(c.nameText(hd)) {
		return false
	}
	for k := hd; k >= 0 && k != u; k = s.head[k] {
		if locativeCase[s.caseOf(k)] {
			return true
		}
	}
	return false
}

// ownOrShared says whether src is the subject of v itself, of the verb
// v is the infinitive, gerund or conjunct of ("the media attention had
// helped to move …"), or the noun v's clause hangs on ("a government
// scheme to offer …", "his policy of charging …"), not a phrase the
// subject search reached through an object ("have the assets frozen
// after the government ignored …").
func (c *coder) ownOrShared(v, src int) bool {
	s := c.s
	if s.head[src] == v {
		return true
	}
	h := s.head[v]
	if h < 0 {
		return false
	}
	if h == src {
		return s.base[v] == "acl"
	}
	return s.head[src] == h && s.base[src] == "nsubj"
}

// pronounName says whether the dictionary phrase of n tokens at i is a
// pronoun spelt like a name: "told us", "gave us" are not the US (the
// dictionaries match words in upper case). Built-in mode: PETRARCH
// matches words as they are.
func (c *coder) pronounName(i, n int) bool {
	return !c.lx.petrarch && n == 1 && c.s.upos[i] == "PRON"
}

// inClauseOf says whether the phrase tgt lies in an infinitive or
// gerund clause of v rather than among v's own arguments: "plans to
// build a plant in India", "seeking to buy out investors in Fox".
func (c *coder) inClauseOf(v, tgt int) bool {
	s := c.s
	for k := tgt; k >= 0; k = s.head[k] {
		if s.head[k] == v {
			return s.isVerb(k) && (s.base[k] == "xcomp" || s.base[k] == "advcl")
		}
	}
	return false
}

// misparsedIntent says whether the noun src is an intent verb the parser
// took for a plural noun: "The Chilean president plans to visit Peru"
// parsed with "plans" as a noun the infinitive hangs on and the subject
// as its compound. A real noun has no person or body compounded before
// it ("the government's plans to …", "the budget plans").
func (c *coder) misparsedIntent(src int) bool {
	s := c.s
	if !intentVerbs[s.lemmas[src]] || s.xpos[src] != "NNS" {
		return false
	}
	for _, k := range s.kids[src] {
		if k < src && s.base[k] == "compound" && c.actorWord(k) {
			return true
		}
	}
	return false
}
