package quote

import "dateline/syntax"

// offersThing reports whether cue c is a verb of offering, launching or
// handing over (givingVerbs) whose subject is a firm or a thing and whose
// object is no words or thoughts: "Telewest is to offer a video
// recorder", "Google has launched a search service", "the console offers
// support for wireless games". That is trade, not speech. A person or a
// government offering ("offered his condolences", "the UK offered
// £960m"), and anyone offering advice, a view or a plan (an object of
// WordNet's communication, cognition, feeling or motive classes) stay
// cues, as PolNeAR annotates them.
func (w *work) offersThing(c *cue) bool {
	if c.frame != FrameObj || w.d.Tokens[c.tok].UPOS != "VERB" || !givingVerbs[w.lemma(c.tok)] || !w.firmOrThing(c.subj) {
		return false
	}
	objs := w.kidsOf(c.tok, "obj")
	if len(objs) == 0 {
		return false
	}
	switch syntax.NounSense(w.d.Tokens[objs[0]].Lemma) {
	case syntax.NounCognition, syntax.NounCommunication, syntax.NounFeeling, syntax.NounMotive:
		return false
	}
	return true
}

// givingVerbs hand something over or put it on the market.
var givingVerbs = map[string]bool{"offer": true, "provide": true, "supply": true, "deliver": true,
	"sell": true, "give": true, "grant": true, "award": true, "introduce": true, "launch": true,
	"unveil": true, "release": true, "market": true}

// firmOrThing reports whether the subject at token s is an organisation
// (by its entity) or a common noun of no person, group, document or idea
// ("the console", "the package"). A pronoun or no subject tells nothing.
func (w *work) firmOrThing(s int) bool {
	if s < 0 {
		return false
	}
	if e := w.entityOf(s); e >= 0 {
		return w.d.Entities[e].Type == "ORG"
	}
	if w.d.Tokens[s].UPOS != "NOUN" {
		return false
	}
	switch syntax.NounSense(w.d.Tokens[s].Lemma) {
	case syntax.NounPerson, syntax.NounGroup, syntax.NounCommunication, syntax.NounCognition, -1:
		return false
	}
	return true
}
