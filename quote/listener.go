package quote

// Listeners, and the entity a speaker or listener word belongs to: the
// name around it, a title run, a time word that names no one.

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// listenerOf finds whom the cue addresses: an indirect object, the object
// of a verb that also holds a clause ("told reporters that …", "urged
// Ukraine to …"), or "to X" after a verb of saying ("said to reporters").
func (w *work) listenerOf(v int, c *cue) int {
	if c.frame == FrameObj || c.source {
		return -1
	}
	if c.frame == FrameCcomp {
		for _, k := range w.children(v) {
			if w.d.Tokens[k].Rel == "ccomp" {
				if l := w.listenerInClause(v, int(k)); l >= 0 {
					return l
				}
			}
		}
	}
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "iobj":
			return int(k)
		case "obj":
			if c.frame != FrameObj {
				return int(k)
			}
		case "obl", "obl:to":
			if w.hasCase(int(k), "to") && int(k) > v {
				return int(k)
			}
		}
	}
	return -1
}

func (w *work) hasCase(n int, word string) bool {
	for _, k := range w.children(n) {
		if w.d.Tokens[k].Rel == "case" && strings.EqualFold(w.word(int(k)), word) {
			return true
		}
	}
	return false
}

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
	if e := w.titledName(t); e >= 0 {
		return e
	}
	if e := w.nameOpeningPhrase(t); e >= 0 {
		return e
	}
	if m := w.mention[t]; m >= 0 {
		if p := w.personInRun(t); p >= 0 {
			return p
		}
		return w.d.Mentions[m].Entity
	}
	for si, rels := range relSets {
		if si == 0 && w.mention[t] < 0 && entity.IsSourceNoun(w.word(t)) {
			// A title names the person joined to it, not the body or
			// place that qualifies the title ("the Senate Minority
			// Leader, Ana Ruiz,", "Labour leader Ana Ruiz").
			if e := w.joinedEntity(t, rels, "PERSON"); e >= 0 {
				return e
			}
		}
		if e := w.joinedEntity(t, rels, ""); e >= 0 {
			return e
		}
	}
	return -1
}

// titledName returns the person named beside title t when t's own
// mention is no person's name: a title the tagger made a body ("US
// Ambassador to Ruritania Ana Ruiz" with "US Ambassador" an ORG and the
// name in apposition), or a description whose mention the entity stage
// kept apart or gave to someone else ("the mayor of Dunmore, Ana Ruiz,"
// and "the head of the Harbour Board, Ana Ruiz," with the name parsed
// as a conjunct inside the phrase). The name is set beside the title
// (apposition or flat run on it) or between commas closing its phrase.
// -1 when there is none.
func (w *work) titledName(t int) int {
	if w.d.Tokens[t].UPOS == "PRON" || !isTitle(w.word(t)) {
		return -1
	}
	own := w.mention[t]
	if own < 0 || w.d.Mentions[own].Kind == text.MentionName && w.entityTypeAt(t) == "PERSON" {
		return -1 // no mention (entityBy's title rule) or a person's name
	}
	lo, hi := w.subtree(t)
	for u := t + 1; u < hi; u++ {
		m := w.mention[u]
		if m < 0 || m == own || w.d.Mentions[m].Kind != text.MentionName || w.inQuote[u] >= 0 ||
			w.d.Entities[w.d.Mentions[m].Entity].Type != "PERSON" || w.inClause(u, t) {
			continue
		}
		first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
		last := tokenAt(w.d.Tokens, w.d.Mentions[m].End-1)
		if first != u || first <= lo {
			continue
		}
		beside := w.head(first) == t && oneOf(w.d.Tokens[first].Rel, []string{"appos", "flat", "flat:name"})
		closing := w.word(first-1) == "," && (last+1 >= hi || w.word(last+1) == ",")
		if beside || closing {
			return w.d.Mentions[m].Entity
		}
	}
	return -1
}

// joinedEntity returns the entity of the first mention, of type typ ("":
// any), in the phrase of a child of t by one of rels, outside clauses
// in it; -1 when none.
func (w *work) joinedEntity(t int, rels []string, typ string) int {
	for _, k := range w.children(t) {
		if !oneOf(w.d.Tokens[k].Rel, rels) {
			continue
		}
		lo, hi := w.subtree(int(k))
		for u := lo; u < hi; u++ {
			if m := w.mention[u]; m >= 0 && !w.inClause(u, int(k)) {
				if e := w.d.Mentions[m].Entity; typ == "" ||
					w.d.Entities[e].Type == typ && w.inQuote[u] < 0 && !partyLabel(w.d.Slice(w.d.Mentions[m].Span)) {
					return e
				}
			}
		}
	}
	return -1
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

// timeWords are nouns of time that the parser takes for a subject when
// they sit between the subject and its verb.
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "day": true, "week": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true, "yesterday": true,
	"tonight": true, "weekend": true, "days": true, "weeks": true, "months": true, "years": true,
	// Months, but not those that are also common words (may, march, august).
	"january": true, "february": true, "april": true, "june": true, "july": true, "september": true,
	"october": true, "november": true, "december": true}

func isTimeWord(s string) bool { return timeWords[lower(s)] }

// besideTime returns the true subject of verb v when the parse made time
// word t its subject: another subject of v, or a noun or name
// compounded with the time word before it ("the court this month"), or
// the noun just before it ("Ruiz on Tuesday", "Ruiz in recent weeks").
// -1 when none.
func (w *work) besideTime(v, t int) int {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) != t && !isTimeWord(w.word(int(k))) && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; (r == "compound" || r == "nmod") && int(k) < t && isNominal(w.d.Tokens[k].UPOS) {
			return int(k)
		}
	}
	sent := w.d.Sentences[w.sentOf[t]]
	adp, mod := false, false
	for u := t - 1; u >= sent.FirstToken && u >= t-4; u-- {
		switch up := w.d.Tokens[u].UPOS; {
		case up == "ADP":
			adp = true
			continue
		case up == "DET":
			continue
		case up == "ADJ" || up == "NUM":
			// "Ruiz in recent weeks", "Ruiz for the past two months",
			// but not "tweets early Friday": only in a phrase with
			// a preposition.
			mod = true
			continue
		case up == "VERB" && (w.d.Tokens[u].XPOS == "VBN" || w.d.Tokens[u].XPOS == "VBD") && u-1 >= sent.FirstToken &&
			(w.d.Tokens[u-1].UPOS == "NOUN" || w.d.Tokens[u-1].UPOS == "PROPN"):
			// "a report published Wednesday said": the participle
			// describes the noun before it, which speaks.
			adp = true
			continue
		case up == "PROPN" || up == "NOUN":
			if w.inQuote[u] < 0 && !isTimeWord(w.word(u)) && (adp || !mod) {
				return u
			}
		}
		break
	}
	return -1
}

// compoundName returns the name right before a noun cue with no
// determiner ("Okafor argues that …", "…,” Brandt notes.", the parser
// reading the verb as a noun), or -1. Parsers hang the name on the noun
// as a compound or as a modifier (amod, nmod, flat) alike.
func (w *work) compoundName(n int) int {
	name := -1
	for _, k := range w.children(n) {
		switch r := w.d.Tokens[k].Rel; {
		case r == "det" || r == "nmod:poss":
			return -1
		case nameModifierRels[r] && int(k) == n-1 && w.d.Tokens[k].UPOS == "PROPN" && w.inQuote[k] < 0:
			name = int(k)
		}
	}
	return name
}

// nameModifierRels are the relations a parse gives a name before a noun
// it modifies.
var nameModifierRels = map[string]bool{"compound": true, "amod": true, "nmod": true, "flat": true, "nmod:unmarked": true}

// ofNumber reports whether token t is a number right after "of" ("the
// mother of three replied"): what it counts is the noun before, and a
// parse that makes it the subject names no one by it.
func (w *work) ofNumber(t int) bool {
	return t > 0 && w.d.Tokens[t].UPOS == "NUM" && strings.EqualFold(w.word(t-1), "of")
}

// countsOf reports whether token t is a quantity word or number followed
// by "of" ("seven of 10 farmers", "most of whom"), not itself after "of".
func (w *work) countsOf(t int) bool {
	if t < 0 || t+1 >= len(w.d.Tokens) || w.ofNumber(t) || !strings.EqualFold(w.word(t+1), "of") {
		return false
	}
	switch w.d.Tokens[t].UPOS {
	case "NUM", "PRON", "DET", "ADJ":
		return true
	}
	return false
}

// countsPeople reports whether the quantity at token t ("some of the
// nurses", "one of Lee's backers") counts people: the noun it hangs by
// "of" names people, or is a plural of an agent noun (-ers, -ors, -ists,
// -ians, -ants, -ents: "bidders", "analysts"), not "one of the drawbacks".
func (w *work) countsPeople(t int) bool {
	for _, k := range w.children(t) {
		if w.d.Tokens[k].Rel != "nmod" || int(k) < t {
			continue
		}
		if w.people(int(k)) {
			return true
		}
		wd := lower(w.word(int(k)))
		for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents"} {
			if strings.HasSuffix(wd, suf) {
				return true
			}
		}
		return false
	}
	return false
}

// listenerInClause returns the person a verb of telling addresses when
// the parse made it a first subject of the clause told ("told the
// reporters waiting outside she would appeal", both "reporters" and "she"
// subjects of "appeal"): the subject right after the verb, before
// another subject of the clause. Else -1.
func (w *work) listenerInClause(v, clause int) int {
	if clause <= v || !addresseeVerbs[lower(w.d.Tokens[v].Lemma)] {
		return -1
	}
	first, second := -1, -1
	for _, k := range w.children(clause) {
		if r := w.d.Tokens[k].Rel; r != "nsubj" && r != "nsubj:pass" || int(k) < v {
			continue
		}
		if first < 0 {
			first = int(k)
		} else if second < 0 {
			second = int(k)
		}
	}
	if first < 0 || second < 0 {
		return -1
	}
	if lo, _ := w.subtree(first); w.firstWord(v+1, lo+1) != lo {
		return -1 // not right after the verb
	}
	return first
}

// clauseSubjectIn returns the subject of a clause that lies wholly in
// [lo, hi) with its predicate, a noun or name ("Lee's aides were
// pleased"), or -1: a stretch between commas that is a clause of its own,
// not an aside on the noun before it ("Okafor, who runs a bakery, said").
// (A pronoun subject is left to the search above, which resolves it.)
func (w *work) clauseSubjectIn(lo, hi int) int {
	for t := lo; t < hi; t++ {
		r := w.d.Tokens[t].Rel
		if r != "nsubj" && r != "nsubj:pass" || w.d.Tokens[t].UPOS == "PRON" || w.inQuote[t] >= 0 {
			continue
		}
		if h := w.head(t); h > t && h < hi {
			return t
		}
	}
	return -1
}

// personInRun returns the person named in the flat name run that token t
// heads when t itself is a place, else -1: parsers often head a title run
// with the state or country that opens it ("New Jersey Gov. Ana Ruiz
// said", "New" the subject with "Jersey Gov. Ana Ruiz" flat on it), and
// it is the person who speaks, not the place.
func (w *work) personInRun(t int) int {
	body, named := false, false
	rels := speakerRels[0]
	switch w.entityTypeAt(t) {
	case "GPE", "LOC", "NORP":
	case "ORG":
		// And a body: "NATO Secretary-General Ana Ruiz", "Acme chief
		// executive Ana Ruiz" with the body the head.
		body = true
	case "PERSON", "MISC":
		// And a name the tagger typed a person that qualifies a title
		// ("Lee aide Ana Ruiz", a club or town taken for a person in
		// "Dunmore boss Tom Weller"): the person after the title
		// speaks. Only in a run of words, not an apposition
		// ("Ana Ruiz, manager Tom Weller's wife,").
		body, named, rels = true, true, []string{"flat", "compound", "flat:name"}
	default:
		return -1
	}
	place := w.mention[t]
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; int(k) < t || r != "list" && !oneOf(r, rels) {
			continue
		}
		lo, hi := w.subtree(int(k))
		for u := lo; u < hi; u++ {
			if m := w.mention[u]; m >= 0 && m != place && w.inQuote[u] < 0 && w.d.Entities[w.d.Mentions[m].Entity].Type == "PERSON" &&
				!partyLabel(w.d.Slice(w.d.Mentions[m].Span)) {
				first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
				before := w.word(first - 1)
				if named && w.bodyWordBefore(first, t) {
					// "Ana Ruiz, head of software firm Acme," with the
					// body typed a person and listed on her name: a
					// body named after its kind. (A person after a
					// person's title may be the subject the parse
					// listed on a name before it: "Lee, former
					// Ambassador Tom Weller told".)
					continue
				}
				if body && !isTitle(before) {
					// A body heads the run only with a title before
					// the person (not a headline's "Unions Rip Ana
					// Ruiz").
					continue
				}
				return w.d.Mentions[m].Entity
			}
		}
	}
	return -1
}

// pastModifier returns the clause whose subject a participle p after a
// comma takes, given the clause x the parse hangs it on: not a clause
// that describes a noun ("criticized the deal reached after long talks,
// saying …", "expand programs that help farmers, acknowledging …"), which
// ends before the comma, but the clause of that noun. A participle with
// no comma before it may describe the noun's clause ("a letter that
// arrived Friday saying …" is the letter's).
func (w *work) pastModifier(p, x int) int {
	if w.d.Tokens[p].XPOS != "VBG" {
		return x
	}
	if lo, hi := w.subtree(p); !w.commaBefore(w.firstWord(lo, hi)) {
		return x
	}
	for step := 0; x >= 0 && step < 4; step++ {
		switch w.d.Tokens[x].Rel {
		case "acl", "acl:relcl", "ccomp":
		default:
			return x
		}
		// "Lee said the plan failed, adding that …": the plan adds
		// nothing. A clause of a person keeps it ("Lee said Ruiz left,
		// adding …" may be either's; "officials who met on Friday,
		// saying …" are the officials).
		s := w.subjectHere(x)
		if s >= 0 && isRelativePronoun(w.word(s)) {
			s = w.antecedent(s)
		}
		if s >= 0 && w.people(s) || s < 0 && w.d.Tokens[x].Rel == "ccomp" {
			return x
		}
		n := w.head(x)
		if n < 0 || n > p {
			return x
		}
		up := w.predicateOf(n)
		if up < 0 {
			return x
		}
		x = up
	}
	return x
}

// subjectHere returns the nominal subject of clause x itself, or -1.
func (w *work) subjectHere(x int) int {
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; r == "nsubj" || r == "nsubj:pass" {
			return int(k)
		}
	}
	return -1
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
	return entity.IsSourceNoun(word) || titleWords[lower(word)]
}

// bodyWordBefore reports whether a word naming a kind of body stands
// among the three words before token first, after token t and within its
// commas ("of software firm Dunmore Code").
func (w *work) bodyWordBefore(first, t int) bool {
	for u := first - 1; u > t && u >= first-3; u-- {
		if w.d.Tokens[u].UPOS == "PUNCT" {
			return false
		}
		if bodyWords[lower(w.word(u))] {
			return true
		}
	}
	return false
}

// bodyWords name kinds of body, which IsSourceNoun counts as sources
// but which stand before a body's name, not a person's.
var bodyWords = map[string]bool{"firm": true, "company": true, "group": true, "maker": true, "manufacturer": true,
	"agency": true, "club": true, "band": true, "party": true, "union": true, "network": true, "website": true}

// titleWords are titles IsSourceNoun does not know as sources.
var titleWords = map[string]bool{"director": true, "chairman": true, "chairwoman": true, "chair": true, "head": true,
	"chief": true, "moderator": true, "host": true, "editor": true, "coach": true, "manager": true, "founder": true,
	"ceo": true, "president": true, "secretary": true, "commissioner": true, "governor": true, "general": true}
