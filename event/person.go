package event

import "strings"

// isLastPerson says whether entity e is the person coded last: the
// entity his recalled name was linked to, or one of its name's words is
// the name the coder filed ("Gref" of "German Gref").
func (c *coder) isLastPerson(e int) bool {
	if c.lastPerson.entity >= 0 && c.lastPerson.entity == e {
		return true // recalled by a name the entity stage joined to e
	}
	name := c.lastPerson.name
	if name == "" {
		return false
	}
	for _, w := range strings.Fields(c.s.doc.Entities[e].Name) {
		if strings.EqualFold(w, name) {
			return true
		}
	}
	return false
}

// linkPerson links the actor of a phrase coded by its role alone ("Prime
// Minister Dick Schoof" when the person has no code: ---GOV) to the person
// the entity stage made of the phrase's head u, with his name, so that the
// event is found under him: it had no entity and the name "Prime
// Minister".
func (c *coder) linkPerson(a *actor, u int) {
	if c.people == nil {
		return
	}
	if e := c.people[c.s.off+u]; e >= 0 {
		a.entity, a.name = e, c.s.doc.Entities[e].Name
	}
}

// nameAfterTitle is the coded person whose name follows a phrase of
// tokens first … last that is a title alone: "Secretary of State Colin
// Powell met …", which the parser split into two subjects, coded the
// title as ---GOV with no one behind it, while the entity stage had the
// person, his role and his code. The person is the actor, with the code
// his titles give him (entityCode), the evidence running over his name.
func (c *coder) nameAfterTitle(first, last int) (actor, bool) {
	k := last + 1
	if c.ents == nil || k >= len(c.s.forms) {
		return actor{}, false
	}
	if t := c.s.doc.Tokens[c.s.off+last]; t.End <= t.Start || c.s.doc.Text[t.Start] < 'A' || c.s.doc.Text[t.Start] > 'Z' {
		return actor{}, false // a title before a name is written with a capital: not "a great man Gordon Brown"
	}
	e := c.ents[c.s.off+k]
	if e < 0 || c.s.upos[k] != "PROPN" || c.s.doc.Entities[e].Type != "PERSON" || c.s.doc.Entities[e].Actor == "" {
		return actor{}, false // "told MPs he would …": a pronoun starts the next clause
	}
	end := k
	for end+1 < len(c.s.forms) && c.ents[c.s.off+end+1] == e {
		end++
	}
	// The name is the title's: hung on it, or on the same word as it
	// (the parser's second subject), not the subject of a clause of its own.
	th, nh := c.phraseHead(first, last), c.phraseHead(k, end)
	if hn, ht := c.s.head[nh], c.s.head[th]; !(hn >= first && hn <= last || ht >= k && ht <= end || hn == ht) {
		return actor{}, false
	}
	return actor{code: c.entityCode(e), name: c.s.doc.Entities[e].Name, entity: e, first: first, last: end}, true
}
