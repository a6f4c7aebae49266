package event

import "slices"

// This file holds what removes events after a sentence is coded:
// discard phrases and reported clauses.

// discarded says whether the whole sentence is discarded by a discard
// phrase (sports results, weather, "years ago"). With PETRARCH
// dictionaries any phrase discards the sentence, as in PETRARCH. With the
// built-in ones a phrase only discards the clause it belongs to (see
// c.discardAt): "after talks with X, Y mentioned his first meeting with Z
// since the invasion three years ago" keeps the talks.
func (c *coder) discarded() bool {
	s := c.s
	c.discardAt = c.discardAt[:0]
	for i := 0; i < len(s.forms); i++ {
		f, l := s.ids(c.lx, i)
		d, n := c.lx.discards.matchIDs(s.forms, s.lemmas, i, f, l)
		if n == 0 || d == nil {
			continue
		}
		if d.Story {
			c.storyDiscard = true
			return true
		}
		if c.lx.petrarch {
			return true
		}
		a := c.clauseOf(c.phraseHead(i, i+n-1))
		if a < 0 {
			return true
		}
		c.discardAt = append(c.discardAt, a)
		i += n - 1
	}
	return false
}

// clauseOf is the nearest token at or above t that events are coded on:
// a verb or an event noun; -1 when there is none.
func (c *coder) clauseOf(t int) int {
	s := c.s
	for steps := 0; t >= 0 && steps <= len(s.forms); steps++ {
		if s.isVerb(t) {
			return t
		}
		if _, ok := nominalVerbs[s.lemmas[t]]; ok && s.upos[t] == "NOUN" {
			return t
		}
		t = s.head[t]
	}
	return -1
}

// filter drops the sentence's events whose clause a discard phrase marked,
// and those of reporting clauses (dropReporting).
func (c *coder) filter() {
	evs := c.events[c.sentStart:]
	keep := 0
	for i := range evs {
		if c.reported(i) || slices.Contains(c.discardAt, c.evVerb[i]) {
			continue
		}
		evs[keep] = evs[i]
		c.evVerb[keep], c.evComp[keep] = c.evVerb[i], c.evComp[i]
		c.evAct[c.sentStart+keep] = c.evAct[c.sentStart+i]
		keep++
	}
	c.events = c.events[:c.sentStart+keep]
	c.evAct = c.evAct[:c.sentStart+keep]
	c.evVerb, c.evComp = c.evVerb[:keep], c.evComp[:keep]
}

// reported says whether event i of the sentence has as target the subject
// of a complement clause that has events of its own: in "the minister
// said X had broken off ties with Y" the news is X's act on Y, not the
// minister's on X. PETRARCH folds the two into one event instead, so with
// its dictionaries the outer event stays.
func (c *coder) reported(i int) bool {
	comp := c.evComp[i]
	if c.lx.petrarch || comp < 0 {
		return false
	}
	for j, v := range c.evVerb {
		if c.evComp[j] < 0 && c.s.inSubtree(v, comp) {
			return true
		}
	}
	return false
}
