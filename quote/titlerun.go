package quote

// A speaker named with a title or a description before the verb, where
// the parse or the tagger got the phrase wrong. Until 2026-11-30 six rules
// read the words of such a phrase, each again; the cases they cover:
//
// Read from the head of a noun phrase down its parse, for any entity
// lookup (entityBy, so for speakers, listeners and subjects alike; these
// are phrasePerson's three cases, namedphrase.go):
//
//   - titledName: a title whose own mention is no person's name (a
//     nominal, or a title the tagger made a body: "US Ambassador to
//     Ruritania Ana Ruiz" with "US Ambassador" an ORG) speaks as the
//     person set beside it (apposition, flat run) or named between commas
//     closing its phrase ("the mayor of Dunmore, Ana Ruiz,").
//   - nameOpeningPhrase: a body or place name heading the phrase, whose
//     phrase opens with a person's name and a comma ("Ana Ruiz, treasurer
//     and finance chief at Acme Rail, said" with "Rail" the head; "And Ana
//     Ruiz, chief analyst at Acme, said" past the conjunction).
//   - personInRun: a place, body, or a name typed a person heading a flat
//     run with a person after it ("New Jersey Gov. Ana Ruiz", "NATO
//     Secretary-General Ana Ruiz", "Dunmore boss Tom Weller"); a body or
//     name only with a title right before the person (not "Unions Rip Ana
//     Ruiz"), a name not with a body's kind before the person ("Ana Ruiz,
//     head of software firm Dunmore Code," with the firm typed a person).
//
// Read along the words from a cue's subject to its verb, for the speaker
// of a cue only (titleRunSpeaker below: readTitleRun reads the words once
// and keeps where each case's run breaks; the decisions follow it):
//
//   - titleRunPerson (titleRun.capPerson): a capitalised title word with
//     no mention of its own (or the entity stage's nominal source made of
//     it) opening a run of
//     capitalised nouns, names and adjectives, with a title among them,
//     that ends in a person's name ("Deputy Prime Minister Ana Ruiz said"
//     with the name a conjunct of "Deputy"); not after a word that is no
//     title ("End Lee 'denial'"), nor a body's name in the run. It
//     overrides the subject's entity.
//   - personBeforeVerb: the subject's entity is no person and a person's
//     name ends right before the verb (past auxiliaries and adverbs: "has
//     also said"), after words from the subject on that are nouns, names,
//     adjectives, "of" between capitalised words, or a possessive, with a
//     title or honorific among them ("CBI chief economist Ana Ruiz said",
//     "Acme's chief executive Tom Weller has said", "Prime Minister of
//     Ruritania Ana Ruiz wrote"); not with another person first ("Lee and
//     Ruiz said" is not Ruiz's), nor "a longtime friend of former Acme boss
//     X" (lower-case "of"). A possessive or a lower-case noun right
//     before the name stands for the title (describedName: "Greek
//     sprinter Yannis Koutros has denied", "Calder United's Sam Ferreby
//     said").
//     With a comma right before the verb (personBetweenCommas): a person's
//     name between that comma and the one before, after a subject phrase
//     with a title word and no verb, punctuation or other person ("The head
//     of the Acme ferry firm, Ana Ruiz, said", "Harbour Minister, Tom Weller
//     MP, said").
//   - honorificSpeaker (titleRun.honorific, names): with no speaker yet,
//     an honorific with no mention heading the subject and one or two
//     capitalised names after it ("Mr Okafor added", "Lord Weller told"):
//     the person named before with that surname, or a new one
//     (entity.AddHonorificName).
//
// Who decides: the tree reading first (entityOf gives the subject's
// entity), then a capitalised title run overrides it, then the run to the
// verb when that entity is no person, then the honorific when there is
// none.
//
// The tree reading cannot join the word reading: entityBy answers for
// phrases with no verb (listeners, the subject of a writer's sentence,
// the cue model's features), where there is no run to a verb to read.

import (
	"dateline/entity"
	"dateline/text"
)

// titleRunSpeaker returns the speaker of a cue whose subject token is s
// and whose verb is v, given sp, the subject's entity (entityOf): the
// person a title run from s names, when the parse or tagger gave the
// phrase to a title, body or place; else sp. The words from s are read
// once (readTitleRun); the cases are tried in the order of the file's
// comment.
func (w *work) titleRunSpeaker(s, v, sp int) int {
	if s < 0 || s >= len(w.mention) {
		return sp
	}
	byVerb := sp < 0 || w.d.Entities[sp].Type != "PERSON"
	r := w.readTitleRun(s, v, byVerb)
	if r.capPerson >= 0 {
		return r.capPerson // "Deputy Mayor Ana Ruiz said" with "Ruiz" a conjunct
	}
	if byVerb {
		if e := w.personBeforeVerb(&r, s, v); e >= 0 {
			return e // "CBI chief economist Ana Ruiz said" with "CBI" the subject
		}
		if e := w.personClosingRun(s, v); e >= 0 {
			return e // "…, said Acme chief executive Ana Ruiz." with "Acme" the subject
		}
	}
	if sp < 0 && r.honorific && r.names > 0 {
		return entity.AddHonorificName(w.d, s, s+1+r.names) // "Mr Okafor added" with no mention
	}
	return sp
}

// titleRun is what one reading of the words from a subject token s on
// finds: for each case, where its run of words breaks, and the words it
// needs. A position "none" is the end of the reading.
type titleRun struct {
	// A capitalised run from s (titleRunPerson's case): the person whose
	// name mention ends it, or -1.
	capPerson int

	// The run to the verb (personBeforeVerb's case): last is the last
	// word before the verb past auxiliaries and adverbs; bad the first
	// word that is no noun, name, adjective, "of" between capitalised
	// words or possessive, or names a person; titled the first title or
	// honorific among the nouns, names and adjectives.
	last, bad, titled int

	// A phrase closed by a comma before the name (personBetweenCommas):
	// the first verbal, punctuation or quoted word, the first title word,
	// the first word with a person's mention and the first with another
	// person's than that one, and their entities.
	clauseBad, title, person1, person2 int
	ent1                               int

	// An honorific heading the subject (honorificSpeaker's case), with
	// no mention, and the capitalised names (at most two) after it.
	honorific bool
	names     int
}

// readTitleRun reads the words from s up to verb v, or to the end of a
// title run when v comes before it, within s's sentence; the run to the
// verb only when byVerb (personBeforeVerb is tried only for a subject
// whose entity is no person).
func (w *work) readTitleRun(s, v int, byVerb bool) titleRun {
	sent := w.d.Sentences[w.sentOf[s]]
	end := min(sent.EndToken, max(v, s+maxTitleRun+1))
	r := titleRun{capPerson: -1, last: s, bad: end, titled: end, clauseBad: end, title: end, person1: end, person2: end, ent1: -1}

	// titleRunPerson's run opens on a capitalised word with no mention,
	// or the entity stage's nominal source made of it alone.
	capOpen := w.inQuote[s] < 0 && upperInitial(w.word(s)) && isRunWord(w.d.Tokens[s].UPOS)
	if m := w.mention[s]; m >= 0 && (w.d.Mentions[m].Kind != text.MentionNominal || w.d.Mentions[m].End > w.d.Tokens[s].End) {
		capOpen = false // a name of its own, or a description running on
	}
	if !byVerb {
		r.bad, r.clauseBad = s, s
	}
	capTitled := false
	r.honorific = w.addSources && w.mention[s] < 0 && w.inQuote[s] < 0 && entity.IsHonorific(w.word(s))
	namesOpen := r.honorific

	for t := s; t < end; t++ {
		tok := &w.d.Tokens[t]
		quoted := w.inQuote[t] >= 0
		if t > s && t < v && !((tok.UPOS == "AUX" || tok.UPOS == "ADV") && !quoted) {
			r.last = t
		}
		if !capOpen && !namesOpen && r.bad < end && r.clauseBad < end {
			continue // every case's run has broken: only last is read on
		}
		wd := w.word(t)
		up := upperInitial(wd)
		title := (capOpen || r.bad == end || r.clauseBad == end) && w.isTitleTok(t)
		person := -1
		if m := w.mention[t]; m >= 0 {
			if e := w.d.Mentions[m].Entity; e >= 0 && w.d.Entities[e].Type == "PERSON" {
				person = e
			}
		}

		if capOpen {
			switch {
			case quoted || t > s+maxTitleRun || !up || !isRunWord(tok.UPOS):
				capOpen = false
			case t > s && w.mention[t] >= 0:
				m := w.mention[t]
				if capTitled && person >= 0 && tokenAt(w.d.Tokens, w.d.Mentions[m].Start) == t {
					r.capPerson = person
				}
				capOpen = false
			default:
				capTitled = capTitled || title
			}
		}

		if r.bad == end {
			switch u := tok.UPOS; {
			case person >= 0:
				r.bad = t
			case u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "VERB" && !up && (title || t+1 < end && w.isTitleTok(t+1)):
				// (A lower-case title tagged a verb is the title, and a
				// participle before a title is part of it: "Acme
				// delegate Ana Ruiz added", "Acme managing director
				// Tom Weller said" with "delegate", "managing" verbs.)
				if r.titled == end && (title || entity.IsHonorific(wd)) {
					r.titled = t
				}
			case u == "ADP" && lower(wd) == "of", u == "CCONJ" && (lower(wd) == "and" || wd == "&"):
				// "of" or "and" between capitalised words: "Bank of
				// Ruritania", "Tarn and Dunmore centre Tom Vik".
				if t == s || t+1 >= end || !upperInitial(w.word(t-1)) || !upperInitial(w.word(t+1)) {
					r.bad = t
				}
			case u == "PART" && isPossessiveMark(wd):
			default:
				r.bad = t
			}
		}

		if r.clauseBad < end {
			// personBetweenCommas reads no further than its first
			// verbal or punctuation word.
		} else if isVerbal(tok.UPOS) || w.isPunct(t) || quoted {
			r.clauseBad = t
		} else if r.title == end && title {
			r.title = t
		}
		if person >= 0 && r.clauseBad == end {
			if r.person1 == end {
				r.person1, r.ent1 = t, person
			} else if r.person2 == end && person != r.ent1 {
				r.person2 = t
			}
		}

		if namesOpen && t > s {
			if t <= s+2 && !quoted && up && tok.UPOS == "PROPN" {
				r.names++
			} else {
				namesOpen = false
			}
		}
	}
	return r
}

// personBeforeVerb returns the person whose name mention ends the run r
// read from subject s right before verb v (or, after a comma there, the
// one personBetweenCommas finds), or -1.
func (w *work) personBeforeVerb(r *titleRun, s, v int) int {
	if v <= s+1 || w.d.Tokens[v].UPOS != "VERB" || w.sentOf[s] != w.sentOf[v] || w.inQuote[s] >= 0 {
		return -1
	}
	if w.word(r.last) == "," {
		return w.personBetweenCommas(r, s, r.last)
	}
	e, first := w.personEndingAt(r.last)
	if e < 0 || first <= s || w.inQuote[first] >= 0 {
		return -1
	}
	if r.bad < first || r.titled >= first && !w.describedName(first) {
		return -1
	}
	if w.d.Tokens[first-1].UPOS == "ADP" && w.lowWord(first-1) == "of" {
		return -1 // "of" right before the name: "a friend of X"
	}
	return e
}

// personBetweenCommas returns the person whose name mention fills the
// words between the comma at token comma, right before the verb, and the
// comma before it, set beside a subject phrase that s opens before that
// first comma, with a title word and no verb, punctuation or other person
// in it: the name in apposition is who the subject is. -1 when there is
// none.
func (w *work) personBetweenCommas(r *titleRun, s, comma int) int {
	e, first := w.personEndingAt(comma - 1)
	if e < 0 || first-1 <= s || w.word(first-1) != "," || w.inQuote[first] >= 0 {
		return -1
	}
	other := r.person1
	if r.ent1 == e {
		other = r.person2
	}
	if r.clauseBad < first-1 || other < first-1 || r.title >= first-1 {
		return -1
	}
	return e
}

// personEndingAt returns the person whose name mention ends with token
// t, and the mention's first token; -1 when there is none.
func (w *work) personEndingAt(t int) (e, first int) {
	m := w.mention[t]
	if m < 0 || w.d.Mentions[m].End != w.d.Tokens[t].End || w.d.Mentions[m].Kind != text.MentionName {
		return -1, -1
	}
	e = w.d.Mentions[m].Entity
	if e < 0 || w.d.Entities[e].Type != "PERSON" {
		return -1, -1
	}
	return e, tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
}

// maxTitleRun is the most words of a title read before the name it heads.
const maxTitleRun = 5

// isRunWord reports whether a word of a tag may stand in a run of a title
// and a name.
func isRunWord(upos string) bool { return upos == "PROPN" || upos == "NOUN" || upos == "ADJ" }

func isPossessiveMark(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }
