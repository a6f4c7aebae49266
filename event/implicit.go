package event

// This file fills a clause's target from outside the clause when the
// clause has none: from the sentence before (anaphora) or from another
// mention of its object elsewhere in the document (implicit arguments).

// anaphoricTarget codes an object that points back to an earlier event:
// a definite event noun names whoever did that event ("X detained Y's
// sailors. … Y criticized the detentions": the detentions are X's); an
// object with this/these/that/those ("Zelensky welcomed this commitment")
// the source of the last event of an earlier sentence.
func (c *coder) anaphoricTarget(v int) []actor {
	s := c.s
	o := s.child(v, "obj")
	if o < 0 || s.upos[o] != "NOUN" {
		return nil
	}
	det := ""
	for _, k := range s.kids[o] {
		if s.base[k] == "det" {
			det = s.lemmas[k]
		}
	}
	demonstrative := false
	switch det {
	case "THIS", "THESE", "THAT", "THOSE":
		demonstrative = true
	case "THE":
	default:
		return nil
	}
	if act := nominalVerbs[s.lemmas[o]]; act != "" {
		for i := c.sentStart - 1; i >= 0 && i >= c.sentStart-64; i-- {
			if c.evAct[i] == act {
				e := c.events[i].Actor1
				return []actor{{code: e.Code, name: e.Name, entity: e.Entity, first: o, last: o, recalled: true}}
			}
		}
	}
	if demonstrative && c.prevSource.code != "" {
		a := c.prevSource
		a.first, a.last = o, o
		return []actor{a}
	}
	return nil
}

// implicitTarget fills the missing target of a clause whose patient is a
// bare event noun from another mention of that noun in the document: in
// an article that speaks of "security guarantees for Ukraine", "these
// guarantees would be provided by European countries" provides them to
// Ukraine. (Nominal predicates leave such arguments implicit and the
// discourse supplies them; Gerber and Chai, 2010.)
func (c *coder) implicitTarget(v int, passive bool, subj int) []actor {
	s := c.s
	n := subj
	if !passive {
		n = s.child(v, "obj")
	}
	if n < 0 || s.upos[n] != "NOUN" {
		return nil
	}
	if !c.implicitDone {
		c.implicitDone = true
		c.collectImplicit()
	}
	acts := c.implicit[s.lemmas[n]]
	if len(acts) == 0 {
		return nil
	}
	out := make([]actor, len(acts))
	for i, a := range acts {
		a.first, a.last = n, n
		out[i] = a
	}
	return out
}

// implicitCase are the prepositions by which a noun names whom it is
// for or against: "guarantees for X", "aid to X", "sanctions on X".
var implicitCase = map[string]bool{"FOR": true, "TO": true, "ON": true, "AGAINST": true, "WITH": true}

// collectImplicit files, for every noun of the document with a "for",
// "to", "on", "against" or "with" phrase that names an actor, the actor
// under the noun's lemma (the first mention wins).
func (c *coder) collectImplicit() {
	if c.implicit == nil {
		c.implicit = map[string][]actor{}
	}
	if c.s2 == nil {
		c.s2 = &sent{}
	}
	d := c.s.doc
	saved := c.s
	c.s = c.s2
	defer func() { c.s = saved }()
	for si, sn := range d.Sentences {
		if sn.EndToken <= sn.FirstToken || sn.EndToken > len(d.Tokens) || sn.FirstToken < 0 {
			continue
		}
		has := false
		for k := sn.FirstToken; k < sn.EndToken; k++ {
			if d.Tokens[k].UPOS == "NOUN" {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		// The sentence being coded is looked at in a copy of its own: the
		// coder is in the middle of it (its walk buffer is in use).
		if si == c.cur {
			c.s2.reset(d, sn)
			c.s = c.s2
		} else {
			c.s = c.sentence(d, si)
		}
		s := c.s
		for n := range s.forms {
			if s.upos[n] != "NOUN" || c.implicit[s.lemmas[n]] != nil {
				continue
			}
			for _, k := range s.kids[n] {
				if s.base[k] != "nmod" || !implicitCase[s.caseOf(k)] {
					continue
				}
				if acts := c.codeNP(k, nil); len(acts) > 0 {
					c.implicit[s.lemmas[n]] = acts // token ranges are set by the user
					break
				}
			}
		}
	}
}
