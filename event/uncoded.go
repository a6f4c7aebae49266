package event

import "strings"

// uncodedTarget is a named person the dictionaries and the gazetteer do
// not know, set where a target stands ("US Secretary of State X met Wang
// Yi": Wang Yi has no code). The event is kept with an empty code and the
// person's name and entity, as GDELT leaves an actor it cannot code blank:
// the meeting happened, and who was met is in the record (PETRARCH's
// new_actor_length option names such an actor by its phrase too). Only
// for meetings (CAMEO 04x by meet, visit, host, phone, talk …: meeting),
// whose other side is a person or body: with every code, 23 events on
// 800 BBC articles, most of them names the tagger typed as persons that
// are not ("beat Standard Chartered", "promote The Holy Bible", "directed
// Harry Potter"). The uncoded source of a meeting is taken the same way
// (codeVerb). Built-in mode only; PETRARCH codes no uncoded actor.
func (c *coder) uncodedTarget(v, src int) []actor {
	s := c.s
	if c.people == nil {
		return nil
	}
	for _, k := range s.kids[v] {
		switch s.base[k] {
		case "obj", "iobj", "obl":
		default:
			continue
		}
		if k == src || c.timePhrase(k) || c.cityOfAct(k) {
			continue
		}
		if a, ok := c.uncodedPerson(k); ok {
			return []actor{a}
		}
	}
	return nil
}

// uncodedPerson says whether the phrase headed at k is a person's name
// of two words or more ("Wang Yi", not "Wang" alone nor "the minister"),
// or a role noun with such a name in apposition, whose entity has no
// actor code.
func (c *coder) uncodedPerson(k int) (actor, bool) {
	s := c.s
	e := c.people[s.off+k]
	if e < 0 || s.upos[k] != "PROPN" {
		// "Its chairman, Mahmoud Ali Youssouf, met …": the name in
		// apposition to a role noun.
		for _, m := range s.kids[k] {
			if s.rel[m] == "appos" && s.upos[k] == "NOUN" {
				return c.uncodedPerson(m)
			}
		}
		return actor{}, false
	}
	ent := &s.doc.Entities[e]
	first, last := k, k
	for first > 0 && c.people[s.off+first-1] == e {
		first--
	}
	for last+1 < len(s.forms) && c.people[s.off+last+1] == e {
		last++
	}
	if first == last {
		return actor{}, false
	}
	return actor{name: ent.Name, entity: e, first: first, last: last}, true
}

// codable says whether an event between a and b can be recorded: both
// coded, or one coded and the other a named person with no code
// (uncodedTarget), not the same one. The coded side must then name a
// country or body, not a bare role ("the company", "chief executive"),
// nor a city ("hosted in London"): on 800 BBC articles those were most of
// the uncoded meetings, and wrong.
func codable(a, b actor) bool {
	if a.code == "" {
		a, b = b, a
	}
	switch {
	case b.code != "":
		return true
	case a.code == "":
		return false
	}
	return b.entity >= 0 && b.entity != a.entity && !strings.HasPrefix(a.code, "---") && !isCity(a.name)
}

// meeting says whether the clause at v is a consultation (CAMEO 04x) by
// a verb that takes a person as its other side: the dictionaries give
// 04x to "leave the company", "join the firm" too, and "called X's work
// extraordinary" is no call.
func (c *coder) meeting(v int, code string) bool {
	return len(code) >= 2 && code[:2] == "04" && meetVerbs[c.s.lemmas[v]]
}

var meetVerbs = map[string]bool{"MEET": true, "VISIT": true, "HOST": true, "RECEIVE": true, "WELCOME": true,
	"TALK": true, "PHONE": true, "TELEPHONE": true, "CONSULT": true, "CONTACT": true, "NEGOTIATE": true}

// uncodedObject says whether the object of v is a named person with no
// code: its obj, or a name the parser made a second subject after the
// verb ("sentenced former minister Peter Kamau to …" parsed with "Peter
// Kamau" as nsubj). Built-in mode only (people is nil otherwise).
func (c *coder) uncodedObject(v, src int) bool {
	s := c.s
	if c.people == nil {
		return false
	}
	for _, k := range s.kids[v] {
		if k == src || !(s.base[k] == "obj" || s.base[k] == "nsubj" && k > v) {
			continue
		}
		if _, ok := c.uncodedPerson(k); ok {
			return true
		}
	}
	return false
}

// uncodedSubject is the named person with no code among the subjects of
// v: src itself, or a second subject the parser split off a role noun
// ("Its chairman, Mahmoud Ali Youssouf, met …" with both as nsubj).
func (c *coder) uncodedSubject(v, src int) (actor, bool) {
	s := c.s
	if a, ok := c.uncodedPerson(src); ok {
		return a, true
	}
	for _, k := range s.kids[v] {
		if k != src && s.base[k] == "nsubj" && k < v {
			if a, ok := c.uncodedPerson(k); ok {
				return a, true
			}
		}
	}
	return actor{}, false
}
