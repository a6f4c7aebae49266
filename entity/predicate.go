package entity

import "slices"

// A job is also said of a person after the verb that gives it ("the board
// named her chief operating officer", "appointed Ruth Adeyemi as finance
// director", "she was appointed managing director") and after "as" ("she
// joined the bank as chief executive", "who served as finance director").
// predicateRoles gives such a title to the person as a role. It adds no
// agent code: the title may be past or future, and an actor code is read
// from titles before a name only.

// appointVerbs give a job to their object: lemmas, and the forms news uses
// when the tagger gave no lemma.
var appointVerbs = map[string]bool{
	"name": true, "appoint": true, "elect": true, "promote": true, "hire": true, "install": true,
	"named": true, "appointed": true, "elected": true, "promoted": true, "hired": true, "installed": true,
}

// titleDeterminers may stand between "as" and a title ("as its chief
// executive"); "a" and "an" may not: "as a child", "as a man", "as a
// judge and mentor" describe, they name no post.
var titleDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true}

// notRoleAs are words before "as" that make it no "in the job of" ("such
// as", "as well as", "the same as").
var notRoleAs = map[string]bool{"such": true, "well": true, "same": true, "much": true, "many": true, "so": true,
	"soon": true, "long": true, "far": true}

func (r *resolver) predicateRoles() {
	// Each token is asked whether it appoints once here: mayGiveTitle
	// asks it of every token's neighbours.
	r.appoint = slices.Grow(r.appoint[:0], len(r.d.Tokens))[:len(r.d.Tokens)]
	for i := range r.appoint {
		r.appoint[i] = r.readAppointVerb(i)
	}
	for si, s := range r.d.Sentences {
		for p := s.FirstToken + 1; p < s.EndToken; p++ {
			if !r.mayGiveTitle(p) {
				continue
			}
			a, ok := r.titleFrom(si, p)
			if !ok {
				continue
			}
			if e := r.holderBefore(p); e != nil {
				r.addRole(e, agentWord{a.role, ""})
			}
		}
	}
}

// mayGiveTitle is a cheap test that the words before token p are "as", an
// appointing verb, or one before a pronoun or a name.
func (r *resolver) mayGiveTitle(p int) bool {
	q := p - 1
	if r.class[q]&clsTitleDet != 0 && q > 0 && r.lower[q-1] == "as" {
		return true
	}
	if r.lower[q] == "as" || r.isAppointVerb(q) {
		return true
	}
	first := q
	for first > 0 && r.named[q] >= 0 && r.named[first-1] == r.named[q] {
		first--
	}
	return first > 0 && r.isAppointVerb(first-1)
}

// titleFrom returns the longest job title that starts at token p and ends
// in a role word before a word that is no name ("chief operating officer";
// a title before a name is read by titleBefore).
func (r *resolver) titleFrom(si, p int) (agentWord, bool) {
	s := r.d.Sentences[si]
	if r.named[p] >= 0 || !r.titleWord(p, startsUpper(r.words[p])) {
		return agentWord{}, false
	}
	for end := min(p+maxTitleWords+1, s.EndToken); end > p; end-- {
		if end < s.EndToken && r.named[end] >= 0 {
			continue
		}
		a, start, ok := r.agentAt(si, end)
		if !ok || start < p || r.titleStart(si, start, p, -1) != p {
			continue
		}
		if end < s.EndToken && r.titleWord(end, startsUpper(r.words[start])) && !titleModifiers[r.lower[end]] {
			return agentWord{}, false // "chief" of "chief conductor", a noun after it
		}
		return r.wholeTitle(a, p, start), true
	}
	return agentWord{}, false
}

// holderBefore returns the person a title starting at token p is said of,
// or nil: the object of an appointing verb right before it ("named her",
// "appointed Ruth Adeyemi"), or, after "as", the person right before "as"
// or the subject of the verb "as" hangs from; after a passive appointing
// verb ("was appointed"), its subject.
func (r *resolver) holderBefore(p int) *ent {
	s := r.d.Sentences[r.sentOf[p]]
	q := p - 1
	if q > s.FirstToken && titleDeterminers[r.lower[q]] && r.lower[q-1] == "as" {
		q--
	}
	switch {
	case r.lower[q] == "as":
		if q == s.FirstToken || notRoleAs[r.lower[q-1]] {
			return nil
		}
		if e := r.personAt(q - 1); e != nil {
			return e
		}
		return r.subjectOf(r.d.Tokens[p].Head, p)
	case r.isAppointVerb(q):
		if q > s.FirstToken && passiveAux[r.lower[q-1]] {
			return r.subjectOf(q, -1)
		}
		return nil
	}
	e := r.personAt(q)
	if e == nil {
		return nil
	}
	first := q
	for first > s.FirstToken && r.named[q] >= 0 && r.named[first-1] == r.named[q] {
		first--
	}
	if first > s.FirstToken && r.isAppointVerb(first-1) {
		return e
	}
	return nil
}

var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

func (r *resolver) isAppointVerb(i int) bool {
	if len(r.appoint) == len(r.d.Tokens) {
		return r.appoint[i] // read by predicateRoles
	}
	return r.readAppointVerb(i)
}

func (r *resolver) readAppointVerb(i int) bool {
	return r.class[i]&clsAppoint != 0 || r.d.Tokens[i].UPOS == "VERB" && appointVerbs[r.d.Tokens[i].Lemma]
}

// personAt returns the person whose mention covers token i, or nil.
func (r *resolver) personAt(i int) *ent {
	if i < 0 {
		return nil
	}
	if e := r.entityAt(i); e >= 0 && r.ents[e].typ == "PERSON" {
		return r.ents[e]
	}
	return nil
}

// subjectOf returns the person who is the subject of verb v in the parse
// (through the verb a relative clause's "who" stands for), or nil. The
// title's own token is passed to find the verb when the title's head
// hangs from it.
func (r *resolver) subjectOf(v, title int) *ent {
	if !r.parsed || v < 0 || v >= len(r.d.Tokens) {
		return nil
	}
	if title >= 0 {
		// The title word at p may be a modifier; its head noun hangs
		// from the verb.
		for k := 0; k < 3 && r.d.Tokens[v].UPOS != "VERB" && r.d.Tokens[v].Head >= 0; k++ {
			v = r.d.Tokens[v].Head
		}
	}
	for i := r.d.Sentences[r.sentOf[v]].FirstToken; i < r.d.Sentences[r.sentOf[v]].EndToken; i++ {
		if t := r.d.Tokens[i]; t.Head == v && (t.Rel == "nsubj" || t.Rel == "nsubj:pass") {
			return r.personAt(i)
		}
	}
	return nil
}
