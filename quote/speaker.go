package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/entity"
	"dateline/text"
)

// subjectOf finds who speaks through cue verb v: its subject; for a verb
// with none of its own ("…, adding that", "was quoted as saying", "and
// warned") the subject of the clause it hangs from; for a relative clause
// ("Smith, who said …") the noun it modifies. It returns the subject's head
// token, or -1.
func (w *work) subjectOf(v int) int {
	s, _ := w.subjectPath(v)
	return s
}

// agentOf returns the "by" agent of passive verb x (obl:agent), or -1.
func (w *work) agentOf(x int) int {
	for _, k := range w.children(x) {
		if w.d.Tokens[k].Rel == "obl:agent" && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	return -1
}

// subjectPath is subjectOf, also returning the relative pronoun the
// subject was found through ("Smith, who said": "who"), or -1: the
// pronoun is as much a mention of the speaker as the noun.
func (w *work) subjectPath(v int) (int, int) {
	skipped := false
	if s, rel := w.subjectPathOf(v, &skipped); s >= 0 || !skipped {
		return s, rel
	}
	return w.subjectPathOf(v, nil)
}

// subjectPathOf is subjectPath; with skipped set it passes over the
// subject of an existential clause above the verb ("said there was a
// general hostility, adding …": what exists does not speak) and records
// that it did, so that subjectPath can fall back on it when no one is
// found above.
func (w *work) subjectPathOf(v int, skipped *bool) (int, int) {
	if n := w.withSubject(v); n >= 0 {
		return n, -1
	}
	if n := w.relayedSpeaker(v); n >= 0 {
		return n, -1 // "the Herald quoted Lee as saying …": Lee
	}
	x := v
steps:
	for step := 0; step < 5 && x >= 0; step++ {
		x = w.outOfQuote(v, x)
		pass := -1
		for _, k := range w.children(x) {
			if w.inQuote[k] >= 0 {
				continue // words inside a quotation are not its attribution
			}
			switch w.d.Tokens[k].Rel {
			case "nsubj":
				if int(k) > x && w.lemma(x) == "tell" {
					// "…,” a source told Kestrel News" with the listener
					// parsed as an inverted subject: "tell" is not
					// inverted ("said Lee", never "told Lee"); the noun
					// after it is the one told.
					continue
				}
				if w.d.Tokens[k].UPOS == "DET" && int(k)+1 < len(w.d.Tokens) && isTimeWord(w.word(int(k)+1)) {
					continue // "This Friday Lee said": a time, not a subject
				}
				if w.subjectOfComplement(x, int(k)) {
					continue // "praised the plan and said the mayor can …": see subjectOfComplement
				}
				if w.objectOfFirstConjunct(x, int(k)) {
					continue // "wrote off Ruiz as “…,” condemned …": see objectOfFirstConjunct
				}
				if n := w.pastFrontedPhrase(x, int(k)); n >= 0 {
					return n, -1 // "On the ferry to Dunmore, Karl Brandt said": see pastFrontedPhrase
				}
				if skipped != nil && step > 0 && w.hasChildRel(x, "expl") {
					*skipped = true
					continue
				}
				if w.laterSubject(x, int(k)) {
					continue // "Greensboro, Sexton said, made …": see laterSubject
				}
				if isRelativePronoun(w.word(int(k))) && w.secondSubject(x, int(k)) {
					continue // "the board, which she said held …": she speaks; see secondSubject
				}
				if isRelativePronoun(w.word(int(k))) && w.d.Tokens[x].Rel == "acl:relcl" {
					if n := w.head(x); n >= 0 && w.isTimeTok(n) {
						// "released a letter Friday that says …": the
						// parse hung the clause on the time, which
						// does not speak; the clause's subject does.
						x = w.clauseOf(n)
						continue steps
					}
					if n := w.head(x); n > int(k) {
						// A relative clause hung on a noun after it
						// (after a dash: "Lee — who has argued … —
						// attacking the plan") describes the noun
						// before the pronoun.
						return w.antecedent(int(k)), int(k)
					}
					if u := w.personBefore(int(k)); u >= 0 {
						return u, int(k) // "a call from Ana Ruiz who said" hung on "call"
					}
					return w.head(x), int(k)
				}
				if w.isTimeTok(int(k)) {
					// "Ruiz on Tuesday said", "the court this month
					// rejected": the parser took the time for the subject.
					if n := w.besideTime(x, int(k)); n >= 0 {
						return n, -1
					}
					if w.d.Tokens[x].Rel != "root" {
						// "posted early Friday saying": no subject of
						// its own; look further up.
						continue
					}
				}
				if j := w.nameAfterTitle(x, int(k)); j >= 0 {
					return j, -1
				}
				if j := w.outerSubject(x, int(k)); j >= 0 {
					return j, -1 // "Those surveyed said": see outerSubject
				}
				if j := w.personBeforeApposition(x, int(k)); j >= 0 && step == 0 {
					return j, -1
				}
				return int(k), -1
			case "nsubj:pass":
				if step > 0 { // "X was quoted as saying"
					if a := w.agentOf(x); a >= 0 && step == 1 && w.d.Tokens[v].Rel == "advcl" && w.d.Tokens[v].XPOS == "VBG" && !w.hasMark(v, "as") {
						// "… were described by Johnson as a mandate,
						// saying …": the agent says it, not the thing
						// described ("was ordered by regulators to
						// restate …" is still the one ordered's). A participle
						// after "as" is said of the passive subject: "Lee was
						// quoted by the Herald as saying …" is Lee's.
						return a, -1
					}
					return int(k), -1
				}
				if pass < 0 {
					pass = int(k)
				}
			case "obl:agent": // "was told by X"
				return int(k), -1
			}
		}
		if n := w.relativeSwallowed(x); step == 0 && pass < 0 && n >= 0 {
			return n, -1
		}
		if pass >= 0 && !w.isPassive(x) {
			// A passive subject with no "be": the parser's mistake for
			// an active one ("Lee attacked Ruiz").
			return pass, -1
		}
		if h := w.seriesHead(x); h >= 0 {
			x = h
			continue
		}
		switch w.d.Tokens[x].Rel {
		case "advcl":
			if o := w.peopleBefore(x); o >= 0 {
				return o, -1 // "ignored officials saying that …"
			}
			if h := w.head(x); step == 0 && h >= 0 && objectControl[w.lemma(h)] {
				// "prompted the council at its meeting to order …" with
				// the infinitive read as a clause of purpose: the one
				// prompted does what it says.
				if o := w.controller(x); o >= 0 {
					return o, -1
				}
			}
			p := x
			if x = w.head(x); x >= 0 && !isVerbal(w.d.Tokens[x].UPOS) {
				// An adverbial clause hung on a noun ("pitched himself
				// to voters by telling them …" with "telling" on
				// "voters"): it belongs to the noun's clause.
				x = w.predicateOf(x)
			}
			x = w.pastModifier(p, x)
		case "xcomp":
			if o := w.controller(x); o >= 0 && step == 0 {
				// "forced Lee to admit that …" (the cue's own clause
				// only: "implored her to act, arguing that …" is the
				// subject's).
				return o, -1
			}
			x = w.head(x)
		case "conj", "advcl:relcl":
			if up := w.pastRelative(x); up >= 0 {
				x = up // "Lee praised Ruiz, who runs the port, and said …"
				continue
			}
			if n := w.subjectAfterAnd(x); n >= 0 {
				return n, -1 // "…, and Weller refused" with "Weller" hung elsewhere
			}
			if step == 0 && w.nextActOf(x) >= 0 {
				x = w.nextActOf(x) // "conceded that … but implied that …": see nextSpeechAct
				continue
			}
			p := x
			x = w.pastModifier(p, w.head(x)) // "said the plan failed, adding …"
		case "acl":
			if lo, hi := w.subtree(x); w.commaBefore(w.firstWord(lo, hi)) && (w.d.Tokens[x].XPOS != "VBN" || w.hasChildRel(x, "obj")) {
				// "…, adding that": the parse hung the participle on the
				// nearest noun, but it belongs to the clause, a
				// predicate's too ("was open about her doubts, saying
				// …"); a noun with no clause above it ("Officials in
				// the region, saying …") is what speaks. Not a past
				// participle with no object, most often passive ("the
				// rules, expected to …"), which the clause does not say.
				if up := w.predicateOf(w.head(x)); up >= 0 {
					x = up
					continue
				}
			}
			if n := w.head(x); n < 0 || w.speaksAsNoun(n) {
				return n, -1 // "officials saying that …"
			}
			// "a conference announcing that …", "a tour to talk with …":
			// a thing does not speak; the clause's subject does.
			x = w.clauseOf(w.head(x))
			continue
		default:
			if up := w.clauseOverNoun(v, x, step); up >= 0 {
				x = up
				continue
			}
			if step == 0 && w.participleReadAsClause(v) {
				// "…, he said, adding, “…”" with the participle taken for
				// what the verb before it says: it is that verb's clause.
				x = w.head(v)
				continue
			}
			if step == 0 || x >= v || !w.participleAfterComma(v) {
				return -1, -1
			}
			switch w.d.Tokens[x].Rel {
			case "root":
				// "At a rally in Leeds, Lee was blunt, saying …" with
				// "Lee" hung on the place: the main clause has no
				// subject in the parse, and the participle's is the
				// noun just before its verb (before the copula of a
				// predicate: "… is the plan's key point, hinting …" has
				// none). A clause as subject says nothing.
				if w.hasChildRel(x, "csubj") {
					return -1, -1
				}
				at := x
				for _, k := range w.children(x) {
					if w.d.Tokens[k].Rel == "cop" {
						at = int(k)
					}
				}
				if s := w.nearSubject(at); s >= 0 {
					return s, -1
				}
			case "ccomp":
				// "criticized the deal reached in May, saying …" with
				// "reached" read as a clause of "criticized": a clause
				// with no subject of its own holds no speaker; the
				// participle goes with the verb above it.
				x = w.predicateOf(w.head(x))
				continue
			}
			return -1, -1
		}
	}
	return -1, -1
}

// nameAfterTitle returns the name that follows title noun k when the
// parse made both subjects of verb x ("The firm's lawyer Ana Ruiz said",
// "Party leader Tom Weller said" with "lawyer" and "Ruiz" each an nsubj):
// the title describes the person named, who is the one speaking. -1 when
// k is no title or no name subject follows it at once.
func (w *work) nameAfterTitle(x, k int) int {
	if w.d.Tokens[k].UPOS != "NOUN" || !w.isTitleTok(k) {
		return -1
	}
	_, hi := w.subtree(k)
	for _, j := range w.children(x) {
		if int(j) <= k || w.d.Tokens[j].Rel != "nsubj" || w.inQuote[j] >= 0 {
			continue
		}
		// The name starts right after the title, not before it: not
		// the tail of a body's name the parse cut off ("a spokeswoman
		// for Dunmore Ferry Watch said" with "Watch" a second subject).
		lo, _ := w.subtree(int(j))
		if lo == hi && w.nameMention(int(j)) && tokenAt(w.d.Tokens, w.d.Mentions[w.mention[j]].Start) >= lo {
			return int(j)
		}
	}
	return -1
}

// seriesHead returns the verb before verb x that x follows in a series
// of verbs in one tense joined by commas, which the parse reads as
// parataxis ("described Ruiz as reckless, denounced her record and said
// …"): they share the first one's subject. -1 when x is no such verb.
func (w *work) seriesHead(x int) int {
	h := w.head(x)
	if w.d.Tokens[x].Rel != "parataxis" || h < 0 || h > x || w.d.Tokens[h].UPOS != "VERB" || w.d.Tokens[x].XPOS != w.d.Tokens[h].XPOS {
		return -1
	}
	return h
}

// speaksAsNoun reports whether the noun at token n may be who speaks
// through a participle or infinitive hung on it: a name, a pronoun, a
// mention of a person, group, body or place, or a noun naming one
// (entity.IsSourceNoun) or a title held by one (isTitle). Things and events ("conference", "tour",
// "investigation") do not.
func (w *work) speaksAsNoun(n int) bool {
	if w.isTimeTok(n) {
		return false // "posted early Friday saying that …"
	}
	if w.d.Tokens[n].UPOS != "NOUN" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w.word(n)); unicode.IsUpper(r) {
		return true // a name the tagger read as a noun ("Trump described")
	}
	if typ := w.entityTypeAt(n); typ != "" && typ != "MISC" {
		return true
	}
	return w.isTitleTok(n) // a title is held by a person: "by host Karl Brandt"
}

// fragmentSpeaker returns who speaks through a quoted fragment with no
// cue that starts at token t: the entity of the subject of the clause the
// fragment hangs from, outside the quotation, or of the clause that
// reports that one (a pronoun found as
// pronounSpeaker finds it, given the quotes before); -1 when there is
// none.
func (w *work) fragmentSpeaker(t int, before []text.Quote) int {
	x := t
	for step := 0; x >= 0 && w.inQuote[x] >= 0 && step < 12; step++ {
		x = w.head(x)
	}
	if x < 0 {
		return -1
	}
	v := w.clauseOf(x)
	// A fragment in reported words is the reporter's: "He said the
	// allies will act “to show …”" is his, not the allies'.
	for step := 0; v >= 0 && step < 6; step++ {
		r := w.d.Tokens[v].Rel
		if r != "ccomp" && r != "conj" && r != "xcomp" {
			break
		}
		up := w.clauseOf(w.head(v))
		if up < 0 || w.inQuote[up] >= 0 {
			break
		}
		v = up
	}
	if v < 0 || w.inQuote[v] >= 0 {
		return -1
	}
	s := w.subjectOf(v)
	if s < 0 || w.isPassive(v) {
		return -1
	}
	e := w.entityOf(s)
	if e < 0 && w.addSources {
		if e = entity.AddSource(w.d, s); e < 0 && entity.IsWriterPronoun(w.word(s)) {
			e = entity.AddWriter(w.d, s)
		}
	}
	if e < 0 {
		e = w.pronounSpeaker(s, before)
	}
	return e
}

// commaBefore reports whether a comma ends the text before token t,
// possibly inside a closing quotation mark (“…,” adding).
func (w *work) commaBefore(t int) bool {
	for t--; t >= 0; t-- {
		switch wd := w.word(t); {
		case wd == ",":
			return true
		case w.inQuote[t] >= 0 && w.isPunct(t):
			continue // the closing mark
		default:
			return false
		}
	}
	return false
}

// clauseOf returns the nearest verb at or above token x, or -1.
func (w *work) clauseOf(x int) int {
	for step := 0; x >= 0 && step < 6; step++ {
		if u := w.d.Tokens[x].UPOS; u == "VERB" || u == "AUX" {
			return x
		}
		x = w.head(x)
	}
	return -1
}

// predicateOf is clauseOf that also stops at a predicate that is no
// verb (see predicate).
func (w *work) predicateOf(x int) int {
	for step := 0; x >= 0 && step < 6; step++ {
		if u := w.d.Tokens[x].UPOS; u == "VERB" || u == "AUX" || w.predicate(x) {
			return x
		}
		x = w.head(x)
	}
	return -1
}

// predicate reports whether x heads a clause though it is no verb: a
// predicate with its copula ("Lee was blunt", "was open about …"), or
// the sentence's root with a subject of its own.
func (w *work) predicate(x int) bool {
	return w.hasChildRel(x, "cop") || w.d.Tokens[x].Rel == "root" && (w.hasChildRel(x, "nsubj") || w.hasChildRel(x, "nsubj:pass"))
}

func isNominal(upos string) bool { return upos == "PROPN" || upos == "NOUN" || upos == "PRON" }

func isRelativePronoun(s string) bool {
	if len(s) < 3 || len(s) > 5 { // no word of another length lower-cases to one
		return false
	}
	switch strings.ToLower(s) {
	case "who", "that", "which":
		return true
	}
	return false
}

// nameMention reports whether token t is a word of a name mention (not a
// pronoun or common noun): the tagger reads some names as other words
// ("Will" and "May" as modals, "Sanders" as a passive auxiliary).
func (w *work) nameMention(t int) bool {
	m := w.mention[t]
	return m >= 0 && w.d.Mentions[m].Kind == text.MentionName
}

// secondSubject reports whether verb x has another subject right after
// relative pronoun k, outside quotation marks ("the board, which she said
// held the records", parsed with "which" and "she" both subjects of
// "said"): the pronoun is the subject of the clause reported, moved to
// the front, and the second subject is who speaks. No verb stands
// between the pronoun and the second subject's phrase ("which the paper
// said", "who until Lee decided to run was"; not "who is mock elections
// manager" with a tagger's verb after the noun), and that is no phrase
// with a preposition ("which had in earlier years warned").
func (w *work) secondSubject(x, k int) bool {
	for _, j := range w.children(x) {
		if int(j) <= k || int(j) >= x || w.d.Tokens[j].Rel != "nsubj" || w.inQuote[j] >= 0 || isRelativePronoun(w.word(int(j))) {
			continue
		}
		lo, _ := w.subtree(int(j))
		if w.hasChildRel(int(j), "case") || w.hasVerb(k+1, lo) {
			continue
		}
		return true
	}
	return false
}
