package quote

import (
	"sort"
	"strconv"
	"strings"

	"dateline/entity"
	"dateline/text"
	"dateline/tone"
)

// subjectsVerb returns the verb whose subject s is when that verb stands
// between s and cue v, a participle ("The Housing Commissioner, Tom
// Weller, was quoted as saying": "quoted"), else v: a title run is read
// from the subject up to its own verb, not over the verbs between it and
// the participle. (Only for a participle: a finite cue has no other verb
// of its subject, and a title word the tagger read as a verb, "Uefa
// delegate Tom Weller added", is no such verb.)
func (w *work) subjectsVerb(s, v int) int {
	if s < 0 || w.d.Tokens[v].XPOS != "VBG" || !strings.HasPrefix(w.d.Tokens[s].Rel, "nsubj") {
		return v
	}
	if h := w.head(s); h > s && h < v && w.sentOf[h] == w.sentOf[v] && w.d.Tokens[h].UPOS == "VERB" {
		return h
	}
	return v
}

// resolve turns candidates into quotes, in text order, finding speakers:
// the cue's subject's entity; for a quotation with no cue, the speaker of
// the quote just before it when that one is near (same or previous
// paragraph).
func (w *work) resolve(cands []cand) []text.Quote {
	out := make([]text.Quote, 0, len(cands))
	lastSpeaker, lastEnd := -1, -1
	for _, c := range cands {
		claim := w.headlineClaim(&c) // "Harbour talks 'make progress'": see headlineclaim.go
		if claim {
			c.cue, c.cont = -1, false
		}
		q := text.Quote{Kind: c.kind, Span: w.trimSpan(c.span), Speaker: -1, Listener: -1, Confidence: c.conf}
		if q.End <= q.Start {
			continue
		}
		for _, p := range c.parts {
			if p = w.trimSpan(p); p.End > p.Start {
				q.Parts = append(q.Parts, p)
			}
		}
		switch {
		case claim:
			// No cue and no speaker: the claim's source is named in the
			// body, if anywhere.
		case c.cue >= 0:
			cu := &w.cues[c.cue]
			if !cu.passive && !cu.source && w.headlinePassive(cu.tok) {
				cu.subj, cu.passive = -1, true // "Mayor urged to quit": see passive.go
			}
			if cu.passive && cu.subj < 0 {
				cu.subj = w.passiveSpeaker(cu)
			}
			if k := w.headlineSaysSpeaker(cu.tok); k >= 0 {
				cu.subj = k // "Fares 'will rise', says mayor"
			}
			q.Cue = w.d.Text[w.d.Tokens[cu.tok].Start:w.d.Tokens[cu.last].End]
			q.CueSpan = text.Span{Start: w.d.Tokens[cu.tok].Start, End: w.d.Tokens[cu.last].End}
			// A title run before the verb the parse or tagger got wrong
			// ("CBI chief economist Ana Ruiz said" with "CBI" the
			// subject, "Mr Okafor added" with no mention): titlerun.go.
			q.Speaker = w.titleRunSpeaker(cu.subj, w.subjectsVerb(cu.subj, cu.tok), w.entityOf(cu.subj))
			if e := w.closingIt(cu, q.Speaker, out); e >= 0 {
				q.Speaker = e // "… in Leeds, it said": see closingit.go
				if w.addSources {
					entity.RelinkPronoun(w.d, cu.subj, e)
				}
			}
			if q.Speaker < 0 || w.isDescription(cu.subj) {
				// "the 34-year-old said", "the Swede said" (typed a
				// nationality by the tagger)
				if e := w.descriptionSpeaker(cu.subj, out); e >= 0 || q.Speaker < 0 {
					q.Speaker = e
				}
			}
			if w.addSources && cu.subj >= 0 && w.mention[cu.subj] < 0 && w.countsOf(cu.subj) &&
				w.d.Tokens[cu.subj].UPOS != "NOUN" && w.d.Tokens[cu.subj].UPOS != "PROPN" && w.countsPeople(cu.subj) {
				// "Some of the nurses Lee met said": the quantity with
				// what it counts speaks, not a name found inside it.
				if e := entity.AddSource(w.d, cu.subj); e >= 0 {
					q.Speaker = e
				}
			}
			if a := w.authorOf(cu.subj); a >= 0 {
				// "according to a letter by Ana Ruiz", "a statement
				// released by the union said": the author speaks
				// through the document; an author the entity stage gave
				// no entity ("a statement from the ministry") gets one.
				e := w.entityOf(a)
				if e < 0 && w.addSources {
					e = entity.AddSource(w.d, a)
				}
				if e >= 0 {
					q.Speaker = e
				}
			}
			relink, self := -1, -1
			if q.Speaker >= 0 && w.namedInOwnWords(cu.subj, q.Speaker, &q, cu) {
				// "Lee has failed the town, he said" with "he" given
				// to Lee: the pronoun is open, and not for Lee.
				q.Speaker, relink, self = -1, q.Speaker, q.Speaker
			} else if q.Speaker >= 0 && w.namedOnlyInQuotes(cu.subj, q.Speaker) {
				// "“If the committee were …,” he told a lunch": the
				// entity stage gave "he" a name from inside quoted
				// words; a speaker is named in the writer's words, so
				// the pronoun is open (pronounSpeaker below), and moves
				// to the speaker found; with none found it stays.
				q.Speaker, relink = -1, q.Speaker
			} else if q.Speaker >= 0 && w.asideOnly(cu.subj, q.Speaker, q.Span, out) {
				// "“…,” said Ana Ruiz, head of the Dunmore Trust. “…,”
				// he added" with "he" given to the trust typed a
				// person: the speaker just quoted goes on, when the
				// pronoun rules find her too (no new person opens a
				// sentence between).
				if e := w.pronounSpeaker(cu.subj, out); e >= 0 && e == out[len(out)-1].Speaker {
					if w.addSources {
						entity.RelinkPronoun(w.d, cu.subj, e)
					}
					q.Speaker = e
				}
			}
			if cu.source && w.word(cu.tok) == ":" {
				// A label before a colon names the speaker by itself;
				// what the parse hangs on it is the line's words
				// ("PENCE: Gennifer Flowers will not attend").
				q.Speaker = w.entityBy(cu.subj, nil)
			}
			q.Listener = w.quoteListener(cu, &q)
			if q.Speaker < 0 && w.addSources && cu.subj >= 0 && cu.subj == w.relayedSpeaker(cu.tok) {
				// "the Herald quotes a source close to the talks": the
				// source relayed, which the entity stage did not make
				// one as an object.
				q.Speaker = entity.AddSource(w.d, cu.subj)
			}
			if q.Speaker < 0 && w.addSources && w.countsOf(cu.subj) {
				// "Nearly seven of 10 farmers say" with "farmers" a
				// second subject: the quantity with what it counts.
				q.Speaker = entity.AddSource(w.d, cu.subj)
			}
			if q.Speaker < 0 && !cu.source && !cu.passive && w.d.Tokens[cu.tok].UPOS == "VERB" {
				// The parse's subject names no one: try the noun just
				// before the verb ("Tom Weller, who voted …, urged").
				if alt := w.nearSubject(cu.tok); alt >= 0 && alt != cu.subj && !(w.bareName(cu.subj) && w.describes(alt, cu.subj)) {
					q.Speaker = w.entityOf(alt)
					if q.Speaker < 0 && (cu.subj < 0 || w.ofNumber(cu.subj)) && w.addSources &&
						(w.d.Tokens[alt].UPOS == "NOUN" || countsPeople(w.word(alt)) || w.nounReadAsAdjective(alt)) {
						// "the mother of three replied": a noun source
						// the entity stage had no reason to make one
						// (the parse may take "three" for the subject);
						// so "…,” wrote another" (a quantity).
						q.Speaker = entity.AddSource(w.d, alt)
					}
				}
			}
			if q.Speaker < 0 && cu.subj < 0 && w.d.Tokens[cu.tok].UPOS == "NOUN" {
				// "Okafor argues that …" with the verb read as a noun:
				// the name compounded with it holds it.
				h := w.compoundName(cu.tok)
				if h < 0 {
					h = w.nameBeforeVerbReadAsNoun(cu.tok)
				}
				if h >= 0 {
					if q.Speaker = w.entityOf(h); q.Speaker < 0 && w.addSources {
						q.Speaker = entity.AddSource(w.d, h)
					}
				}
			}
			if q.Speaker < 0 && cu.subj >= 0 && isRelativePronoun(w.word(cu.subj)) {
				// "the union, which said …": the noun the clause describes.
				if ante := w.antecedent(cu.subj); ante >= 0 {
					if q.Speaker = w.entityOf(ante); q.Speaker < 0 && w.addSources {
						q.Speaker = entity.AddSource(w.d, ante)
					}
				}
			}
			if q.Speaker < 0 && w.addSources {
				// A noun subject of a speech verb is a source even when
				// the entity stage had no reason to make it one.
				q.Speaker = entity.AddSource(w.d, cu.subj)
			}
			if q.Speaker < 0 && w.addSources && cu.subj >= 0 && w.inQuote[cu.subj] < 0 && entity.IsWriterPronoun(w.word(cu.subj)) {
				// "I believe …" outside quotation marks: the writer's
				// own voice (op-eds, columns, editorials).
				q.Speaker = entity.AddWriter(w.d, cu.subj)
			}
			if q.Speaker < 0 && w.addSources && cu.subj >= 0 && w.inQuote[cu.subj] < 0 && entity.IsAddresseePronoun(w.word(cu.subj)) {
				// "You can think of the race as …" outside quotation
				// marks: the writer puts the thought to the reader (or,
				// in a printed interview, the guest).
				q.Speaker = entity.AddAddressee(w.d, cu.subj)
			}
			if q.Speaker < 0 && cu.subj >= 0 {
				// "he said" that the entity stage left open: see
				// pronounSpeaker.
				if e := w.pronounSpeakerBut(cu.subj, out, self); e >= 0 {
					q.Speaker = e
					q.Confidence *= 0.8
					if relink >= 0 && w.addSources {
						entity.RelinkPronoun(w.d, cu.subj, e)
					}
				} else if relink >= 0 {
					q.Speaker = relink
				}
			}
			if q.Speaker >= 0 && w.addSources && cu.subj >= 0 {
				// "Lee and Ruiz met, each arguing …": each of the two
				// speaks, not the first named alone.
				sent := w.d.Sentences[w.sentOf[cu.subj]]
				if each := w.eachOf(cu.tok); each > cu.subj {
					if sp, ok := w.coordination(cu.subj, sent.FirstToken, each); ok {
						if e := entity.AddCoordination(w.d, sp); e >= 0 {
							q.Speaker = e
							entity.LinkPronoun(w.d, each, e)
						}
					}
				} else if cu.subj < cu.tok && w.inQuote[cu.subj] < 0 {
					// "Ruiz and Weller said …", "Both Ruiz and Weller
					// said …": the two together.
					if sp, ok := w.coordination(cu.subj, sent.FirstToken, cu.tok); ok {
						if e := entity.AddCoordination(w.d, sp); e >= 0 {
							q.Speaker = e
						}
					}
				}
			}
			if q.Speaker >= 0 && w.addSources && w.d.Tokens[cu.tok].UPOS == "NOUN" {
				// "Despite his doubts about the plan, Lee …": the
				// possessive of a noun cue whose holder is the main
				// clause's subject is that subject (frontedNounHolder).
				for _, k := range w.children(cu.tok) {
					if int(k) != cu.subj && w.d.Tokens[k].Rel == "nmod:poss" && possessivePronoun[lower(w.word(int(k)))] {
						entity.RelinkPronoun(w.d, int(k), q.Speaker)
					}
				}
			}
			if q.Speaker >= 0 && w.addSources {
				// The pronoun that names the speaker ("it said", "the
				// union, which said") is a mention of the speaker.
				rel := -1
				if s, r := w.subjectPath(cu.tok); s == cu.subj {
					rel = r // "Bush, who signed the bill authorizing …"
				}
				for _, t := range [3]int{cu.subj, w.relativeSubject(cu.tok), rel} {
					if t >= 0 && w.mention[t] < 0 {
						entity.LinkPronoun(w.d, t, q.Speaker)
					}
				}
			}
		case c.cont && lastEnd >= 0 && w.near(lastEnd, q.Start):
			q.Speaker = lastSpeaker
			if e := w.introducedAfter(c.first, lastEnd); e >= 0 {
				// “…,” Lee said. Then Ruiz made her case. “…”: the
				// person the writer's sentence between brings in.
				q.Speaker = e
			}
		case !c.cont:
			// An uncued fragment in the writer's sentence ("Lee called
			// the plan “a waste of everyone's time and money”", the
			// verb not a cue): the subject of the clause it sits in.
			q.Speaker = w.fragmentSpeaker(c.first, out)
			q.Confidence *= 0.8
		case c.cont:
			// No quote just before: the person the sentence before is about
			// ("Ruiz was blunt. “We have had enough.”").
			q.Speaker = w.introducedBefore(c.first)
			q.Confidence *= 0.8
		}
		if q.Speaker < 0 {
			q.Confidence *= 0.6
		}
		if q.Listener == q.Speaker {
			q.Listener = -1
		}
		// Last, the share of such quotes found right (see Calibration).
		q.Confidence = w.calib.Apply(q.Kind, min(max(q.Confidence, 0), 1))
		q.Tone = tone.Of(w.d, q.Pieces()...)
		q.ID = "Q" + strconv.Itoa(len(out)+1)
		out = append(out, q)
		if q.Speaker < 0 && c.cue >= 0 && w.cues[c.cue].passive && lastEnd >= 0 && w.near(lastEnd, q.Start) {
			// "“…,” Lee said when asked why. “…”": the passive holds
			// no one; the quotation after it goes on with Lee.
			lastEnd = q.End
			continue
		}
		if q.Kind == text.QuoteIndirect && q.Confidence < weakCarry && q.Speaker >= 0 &&
			w.d.Entities[q.Speaker].Type != "PERSON" {
			// "“…,” Lee says. If ferry firms wish to save, … “…”": a
			// weak reported cue in the writer's sentence between ("wish",
			// "showed", "pointing") held by a thing or a body is no
			// new speaker; the quotation after it goes on with the one
			// quoted before. A person's weak one is ("…, he said" after
			// a partial quote of his party's words), and so is one whose
			// speaker was not found ("One broker said …").
			continue
		}
		lastSpeaker, lastEnd = q.Speaker, q.End
	}
	return out
}

// weakCarry is the calibrated confidence below which an indirect quote
// does not pass its speaker on to an uncued quotation after it: about
// half of such quotes are speech at all.
const weakCarry = 0.6

// introducedBefore returns the entity that is the subject of the sentence
// before token t, when that sentence is in t's paragraph or the one
// before; else -1.
func (w *work) introducedBefore(t int) int { return w.entityOf(w.subjectBefore(t)) }

// subjectBefore returns the subject token of the root of the sentence
// before token t, when that sentence is in t's paragraph or the one
// before; else -1.
func (w *work) subjectBefore(t int) int {
	si := int(w.sentOf[t])
	if si <= 0 {
		return -1
	}
	prev := w.d.Sentences[si-1]
	if !w.near(prev.Start, w.d.Tokens[t].Start) {
		return -1
	}
	for u := prev.FirstToken; u < prev.EndToken; u++ {
		if w.head(u) < 0 && w.inQuote[u] < 0 {
			for _, k := range w.children(u) {
				if w.d.Tokens[k].Rel == "nsubj" {
					return int(k)
				}
			}
		}
	}
	return -1
}

// introducedAfter is introducedBefore for a quotation after a quote
// ending at byte end: the person, group or body that is the subject of
// the writer's sentence right before token t, when that sentence lies
// wholly after the quote; else -1.
func (w *work) introducedAfter(t, end int) int {
	si := int(w.sentOf[t])
	if si <= 0 || w.d.Sentences[si-1].Start < end {
		return -1
	}
	// Only the subject's own mention or a name set beside it: a thing
	// with a name inside it ("The repair of the Harbour Board boats
	// showed …") brings in no one.
	e := w.listenerEntity(w.subjectBefore(t))
	if e < 0 {
		return -1
	}
	switch w.d.Entities[e].Type {
	case "PERSON", "ORG", "GROUP", "NORP":
		return e
	}
	return -1
}

// near reports whether byte offset b is in the same paragraph as a, or the
// next one.
func (w *work) near(a, b int) bool {
	pa, pb := paragraphAt(w.d.Paragraphs, a), paragraphAt(w.d.Paragraphs, b)
	return pb-pa <= 1
}

// paragraphAt returns the index of the paragraph holding byte b.
func paragraphAt(ps []text.Span, b int) int {
	return sort.Search(len(ps), func(i int) bool { return ps[i].End > b })
}
