package event

import "strings"

// isLastPerson says whether entity e is the person coded last: one of its
// name's words is the name the coder filed ("Gref" of "German Gref").
func (c *coder) isLastPerson(e int) bool {
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
