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
