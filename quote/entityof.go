package quote

// The entity a speaker or listener word belongs to: its own mention, the
// person a title run names (namedphrase.go), a name joined to it.

import (
	"strings"

	"dateline/entity"
)

// entityOf returns the entity a noun phrase headed by token t refers to:
// the entity of a mention covering the head; else of a name joined to the
// head ("spokesman Josh Earnest", "Zelensky, the president"); else the
// owner of a possessed speaker ("Macron's office"); else the body a
// speaker speaks for ("a spokeswoman for the ministry", "the city of
// Phoenix"). -1 when none: a speaker is never guessed.
func (w *work) entityOf(t int) int { return w.entityBy(t, speakerRels[:]) }

// listenerEntity is entityOf for a listener: the mention on the head or a
// name joined to it, but not a place or body after it ("told reporters at
// City Hall" names no listener).
func (w *work) listenerEntity(t int) int { return w.entityBy(t, speakerRels[:1]) }

// speakerRels are the relations entityOf follows from a head with no
// mention of its own, in order of preference.
var speakerRels = [...][]string{{"flat", "compound", "appos", "flat:name"}, {"nmod:poss"}, {"nmod", "compound"}}

// entityBy is entityOf following only the relation sets given.
func (w *work) entityBy(t int, relSets [][]string) int {
	if t < 0 || t >= len(w.mention) {
		return -1
	}
	if m := w.mention[t]; m >= 0 {
		if p := w.phrasePerson(t); p >= 0 {
			return p // a title, body or place heading a phrase that names a person
		}
		return w.d.Mentions[m].Entity
	}
	if w.bareName(t) {
		return w.nameRunEntity(t)
	}
	for si, rels := range relSets {
		if si == 0 && w.mention[t] < 0 && w.isSourceNounTok(t) {
			// A title names the person joined to it, not the body or
			// place that qualifies the title ("the Senate Minority
			// Leader, Ana Ruiz,", "Labour leader Ana Ruiz").
			if e := w.joinedEntity(t, rels, "PERSON"); e >= 0 {
				return e
			}
			if e := w.titleOfBodyPerson(t); e >= 0 {
				return e // before a place or body that qualifies the title ("UK Minister of …")
			}
		}
		if w.mention[t] < 0 && oneOf("nmod", rels) {
			// A head no title list knows, with a body and a name after
			// it ("Custodian of State Ana Ruiz"): the name, not the body
			// that comes first.
			if e := w.titleOfBodyPerson(t); e >= 0 {
				return e
			}
		}
		if e := w.joinedEntity(t, rels, ""); e >= 0 {
			return e
		}
	}
	return -1
}

// titleOfBodyPerson returns the person named after the body of title t
// ("Minister of the Interior Ana Ruiz", the name hung on the body): the
// title names the person, not the body; -1 when its "of" phrase names no
// person before an "and" (not "the star of Gold Rush and Tom Vik", two
// things the title is of).
func (w *work) titleOfBodyPerson(t int) int {
	for _, k := range w.children(t) {
		if int(k) < t || w.d.Tokens[k].Rel != "nmod" || !w.hasCase(int(k), "of") {
			continue
		}
		lo, hi := w.subtree(int(k))
		for u := lo; u < hi; u++ {
			if wd := w.lowWord(u); wd == "and" || wd == "or" {
				break
			}
			if m := w.mention[u]; m >= 0 && w.inQuote[u] < 0 && !w.inClause(u, int(k)) {
				if e := w.d.Mentions[m].Entity; e >= 0 && w.d.Entities[e].Type == "PERSON" {
					return e
				}
			}
		}
	}
	return -1
}

// joinedEntity returns the entity of the first mention, of type typ ("":
// any), in the phrase of a child of t by one of rels, outside clauses
// in it; -1 when none. Children set right after t come first
// (setAfter): a name set after a noun names it, a word before it
// qualifies it ("Ruritania broadcaster Dunmore FM" with the country a
// compound and the name in apposition is the station's).
func (w *work) joinedEntity(t int, rels []string, typ string) int {
	for _, first := range [...]bool{true, false} {
		for _, k := range w.children(t) {
			if !oneOf(w.d.Tokens[k].Rel, rels) {
				continue
			}
			lo, hi := w.subtree(int(k))
			if w.setAfter(t, lo) != first {
				continue
			}
			for u := lo; u < hi; u++ {
				if m := w.mention[u]; m >= 0 && !w.inClause(u, int(k)) {
					if e := w.d.Mentions[m].Entity; typ == "" ||
						w.d.Entities[e].Type == typ && w.inQuote[u] < 0 && !partyLabel(w.d.Slice(w.d.Mentions[m].Span)) {
						return e
					}
				}
			}
		}
	}
	return -1
}

// setAfter reports whether a phrase starting at token lo follows head t
// with no punctuation between: a name set after a noun. After a comma the
// phrase may be what the noun reports ("a poll, most of the voters
// …").
func (w *work) setAfter(t, lo int) bool {
	if lo <= t {
		return false
	}
	for u := t + 1; u <= lo; u++ { // the comma may open the phrase's own subtree
		if w.isPunct(u) {
			return false
		}
	}
	return true
}

// inClause reports whether token u sits in a clause below token top (a
// relative clause inside a noun phrase names other people).
func (w *work) inClause(u, top int) bool {
	for step := 0; u != top && u >= 0 && step < 8; step++ {
		switch r := w.d.Tokens[u].Rel; {
		case strings.HasPrefix(r, "acl"), r == "ccomp", r == "advcl", r == "parataxis":
			return true
		}
		u = w.head(u)
	}
	return false
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// partyLabel reports whether s is a party-and-state label ("R-Ky.",
// "D-Ohio"), which taggers sometimes take for a person's name.
func partyLabel(s string) bool {
	p, st, ok := strings.Cut(strings.TrimSuffix(s, "."), "-")
	return ok && len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z' && len(st) >= 2 && len(st) <= 6 && !strings.ContainsAny(st, " -")
}

// isTitle reports whether word names a post held by a person, as a title
// before a name ("Secretary-General", "chief executive", "director").
func isTitle(word string) bool {
	lw := lower(word)
	for _, prefix := range titlePrefixes {
		if rest, ok := strings.CutPrefix(lw, prefix); ok && rest != "" {
			word, lw = rest, rest // "ex-minister", "co-chairman", "vice-president"
			break
		}
	}
	return entity.IsSourceNoun(word) || titleWords[lw]
}

// titlePrefixes make a title of a title: a former holder's, a shared
// one, a deputy's.
var titlePrefixes = []string{"ex-", "co-", "vice-", "deputy-"}

// titleWords are titles IsSourceNoun does not know as sources.
var titleWords = map[string]bool{"director": true, "chairman": true, "chairwoman": true, "chair": true, "head": true,
	"chief": true, "moderator": true, "host": true, "editor": true, "coach": true, "manager": true, "founder": true,
	"ceo": true, "president": true, "secretary": true, "commissioner": true, "governor": true, "general": true,
	// A band's members are named after it ("Franz Ferdinand frontman Alex
	// Kapranos").
	"frontman": true, "frontwoman": true, "singer": true, "guitarist": true, "drummer": true, "bassist": true,
	"vocalist": true, "keyboardist": true}
