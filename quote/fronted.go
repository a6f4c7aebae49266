package quote

import (
	"strings"

	"dateline/entity"
)

// frontWords open a clause that comes before its sentence's main clause
// ("When Lee mentioned the rents, she …"): the subordinators and the
// words of time and manner that open one too.
var frontWords = wordSet(subordinatorWords, "as", "after", "before", "until")

// cutFronted ends the content of a cue that sits in a clause fronted
// before its sentence's main clause at the comma that closes that clause:
// in "When Lee invoked the rents to rally her backers, she did not …" or
// "Wondering about the port, the council has …" what was invoked or
// wondered about stops at the comma before the main clause's subject. The
// parser often makes the fronted clause the root and hangs the main
// clause below it, so the content as parsed runs on into the writer's
// words; the clause is read from the words instead: the sentence opens
// with a subordinating word or with the cue itself, and the comma is the
// first after the content's start that a subject and its verb follow.
// Every end the cue model weighs is cut alike.
func (w *work) cutFronted(c *cue) {
	if c.lo <= c.tok || !w.inFrontedClause(c.tok) {
		return
	}
	w.cutAtComma(c, w.clauseOpens)
}

// cutAtComma ends every end of cue c's content at the first comma after
// its start at which opens(t+1, hi) holds, hi the farthest end. A
// quotation before such a comma, or no word before it, leaves c as it is.
func (w *work) cutAtComma(c *cue, opens func(u, hi int) bool) {
	hi := c.furthestEnd()
	for t := c.lo + 1; t < hi; t++ {
		if w.inQuote[t] >= 0 {
			return
		}
		if w.word(t) != "," || !opens(t+1, hi) {
			continue
		}
		if w.words(c.lo, t) > 0 {
			w.cutContentAt(c, t)
		}
		return
	}
}

// inFrontedClause reports whether verb v sits in a clause fronted before
// its sentence's main clause, read from the words: the sentence opens with
// a subordinating word, or with v itself as a participle, and no comma
// before v is followed by a clause of its own ("While touring the
// docks, Lee voted …": "voted" is the main clause's).
func (w *work) inFrontedClause(v int) bool {
	si := w.sentOf[v]
	if si < 0 {
		return false
	}
	s := w.d.Sentences[si]
	f := w.firstWord(s.FirstToken, s.EndToken)
	if f >= s.EndToken || w.inQuote[f] >= 0 {
		return false
	}
	if !frontWords[w.lowWord(f)] && (f != v || w.d.Tokens[f].XPOS != "VBG" && w.d.Tokens[f].XPOS != "VBN") {
		return false
	}
	for t := f; t < v; t++ {
		if w.word(t) == "," && w.clauseOpens(t+1, v+1) {
			return false
		}
	}
	return true
}

// clauseOpens reports whether the words from t open a clause with a
// subject of its own: a subject phrase that starts at t, within eight
// words and before any comma, whose head is a verb after it.
func (w *work) clauseOpens(t, end int) bool {
	for u := t; u < end && u < t+8; u++ {
		if w.word(u) == "," || w.inQuote[u] >= 0 {
			return false
		}
		if r := w.d.Tokens[u].Rel; r != "nsubj" && r != "nsubj:pass" {
			continue
		}
		if lo, _ := w.subtree(u); lo != t {
			return false
		}
		if h := w.head(u); h > u && h < end+1 && w.sentOf[h] == w.sentOf[t] {
			switch w.d.Tokens[h].UPOS {
			case "VERB", "AUX", "ADJ", "NOUN":
				return true
			}
		}
	}
	return false
}

// opensFronted reports whether the words [lo, a) before a comma at a are
// a fronted clause, not the start of what a cue set between commas
// reports: they open with a subordinating word or a participle and hold
// no other comma.
func (w *work) opensFronted(lo, a int) bool {
	f := w.firstWord(lo, a)
	if f >= a || w.inQuote[f] >= 0 || w.commaIn(f, a) {
		return false
	}
	return frontWords[w.lowWord(f)] || w.d.Tokens[f].XPOS == "VBG" || w.d.Tokens[f].XPOS == "VBN"
}

// holdsClause reports whether verb v has a clause of its own below it
// (a ccomp, or a parataxis the parse made of one): "who claimed that …"
// reports speech, "who praised the toll" does not.
func (w *work) holdsClause(v int) bool {
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "ccomp", "parataxis":
			return true
		}
	}
	return false
}

// enclosedRelative returns, for a comma at t that opens a relative clause
// on a noun of cue c's content ("warned that the mayor, who chairs the
// port, would block the plan"), the comma that closes it when the
// content as parsed goes on after it; else -1. Such a clause sits inside
// what was said and does not end it.
func (w *work) enclosedRelative(t int, c *cue) int {
	if w.word(t) != "," || w.inQuote[t] >= 0 || t+1 >= c.hi {
		return -1
	}
	switch w.lowWord(t + 1) {
	case "which", "who", "whom", "whose":
	default:
		return -1
	}
	v := w.head(t + 1)
	if v < 0 || !strings.HasPrefix(w.d.Tokens[v].Rel, "acl") {
		return -1
	}
	lo, hi := w.subtree(v)
	if w.word(hi-1) == "," {
		hi-- // the parse hung the closing comma on the clause
	}
	if hi+1 >= c.hi || w.word(hi) != "," {
		return -1
	}
	if w.attributionIn(lo, hi) {
		return -1 // "Carson, who claimed that …,": an attribution of its own
	}
	return hi
}

// attributionIn reports whether a verb between tokens lo and hi reports
// a clause of its own and is a strong cue: the words are an attribution.
func (w *work) attributionIn(lo, hi int) bool {
	for u := lo; u < hi; u++ {
		if w.d.Tokens[u].UPOS == "VERB" && w.lex.Score(w.lemma(u), FrameCcomp) >= strongCue && w.holdsClause(u) {
			return true
		}
	}
	return false
}

// frontedParticipleSubject returns the subject of a participle cue v
// that opens its sentence, alone or after a preposition or conjunction
// ("After thanking the crowd, Lee said …", "In addition to claiming
// that …, Ruiz has vowed …", "A week after announcing …, the union
// …"): such a participle has no subject of its own, and its speaker is the
// main clause's subject after the comma that ends it. The parser often
// makes the participle the root or hangs the main clause's subject on a
// noun inside the phrase, so the clause is read from the words: the first
// comma after v followed by a subject phrase and its finite verb (not a
// relative clause on the phrase's last noun, nor a passive, whose subject
// is not the one who spoke). -1 when v is not such a participle.
func (w *work) frontedParticipleSubject(v int) int {
	if w.d.Tokens[v].XPOS != "VBG" || w.inQuote[v] >= 0 || w.hasSubject(v) {
		return -1
	}
	s := w.d.Sentences[w.sentOf[v]]
	for t := s.FirstToken; t < v; t++ {
		if isVerbal(w.d.Tokens[t].UPOS) && w.inQuote[t] < 0 {
			return -1 // a clause before the participle: not fronted
		}
	}
	if p := v - 1; p >= s.FirstToken && !w.isPunct(p) {
		switch w.d.Tokens[p].UPOS {
		case "ADP", "SCONJ", "ADV", "CCONJ", "PART":
		default:
			return -1 // "In a speech focusing on …", "Anyone planning …": the noun's
		}
		if w.lowWord(p) == "despite" {
			return -1 // "Despite urging from abroad, officials …": others' urging
		}
	}
	return w.mainSubjectAfter(v)
}

// mainSubjectAfter returns the subject of the main clause that follows a
// phrase fronted before it, in which token v lies: the noun phrase after
// the first comma past v that a finite verb follows (see
// frontedParticipleSubject), or -1.
func (w *work) mainSubjectAfter(v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	for t := v + 1; t+1 < s.EndToken; t++ {
		if w.inQuote[t] >= 0 {
			return -1
		}
		if w.word(t) != "," || isRelativePronoun(w.word(t+1)) || w.lowWord(t+1) == "whose" ||
			w.d.Tokens[t+1].UPOS == "ADP" {
			continue // a relative clause ("…, of which he was …") or a phrase between
		}
		f := t + 1
		for f < s.EndToken && !isVerbal(w.d.Tokens[f].UPOS) && w.word(f) != "," && w.inQuote[f] < 0 {
			f++
		}
		if f >= s.EndToken || w.word(f) == "," || w.inQuote[f] >= 0 {
			continue
		}
		// f is the first verb or auxiliary after the comma: the main
		// clause's when a finite one follows a noun phrase.
		x := f
		for x+1 < s.EndToken && (w.d.Tokens[x].UPOS == "AUX" || w.d.Tokens[x].UPOS == "ADV") {
			x++
		}
		switch w.d.Tokens[f].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		if w.d.Tokens[x].UPOS == "VERB" && w.isPassive(x) {
			return -1
		}
		e := f
		if w.word(e-1) == ")" {
			// "Rep. Ana Ruiz (D-Ohio) said": past the bracket.
			for e > t+1 && w.word(e-1) != "(" {
				e--
			}
			e--
		}
		return w.phraseBefore(t+1, e)
	}
	return -1
}

// frontedNounHolder returns who holds a noun cue v ("assessment",
// "defender") that opens its sentence inside a phrase set before the main
// clause, when the parse gives it no holder or only a possessive pronoun:
// "Despite her doubts about the plan, Lee said …", "A fierce critic of the
// levy, Ruiz has …" are Lee's and Ruiz's, the main clause's subject: the
// phrase opens with a preposition, or with "a" before a noun the parse
// gave no holder. -1 otherwise.
func (w *work) frontedNounHolder(v, holder int) int {
	if w.inQuote[v] >= 0 || w.d.Tokens[v].UPOS != "NOUN" || holder >= 0 && !possessivePronoun[w.lowWord(holder)] {
		return -1
	}
	if h := w.head(v); h >= 0 && h < v {
		return -1 // a noun inside another's phrase ("a query about fears over …")
	}
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "nmod" && w.hasCaseIn(int(k), []string{"from", "by"}) {
			return -1 // "After a query from Ana Ruiz, …": hers
		}
	}
	s := w.d.Sentences[w.sentOf[v]]
	switch f := w.firstWord(s.FirstToken, v); {
	case w.d.Tokens[f].UPOS == "ADP":
	case holder < 0 && (w.lowWord(f) == "a" || w.lowWord(f) == "an"):
		// "A fierce critic of the levy, Ruiz …": an apposition set
		// before the subject it describes.
	default:
		return -1 // a subject of its own ("His plans to …, analyses show")
	}
	for t := s.FirstToken; t < v; t++ {
		if isVerbal(w.d.Tokens[t].UPOS) && w.inQuote[t] < 0 || w.word(t) == "," {
			return -1 // a clause or a comma before the noun: not the opening phrase
		}
	}
	m := w.mainSubjectAfter(v)
	if m >= 0 && holder >= 0 {
		// "In his view, Ruiz …" is not hers: the pronoun and the
		// subject must agree.
		if g := entity.PronounGender(w.word(holder)); g != 0 {
			if e := w.entityOf(m); e >= 0 {
				if eg := entity.Gender(w.d, e); eg != 0 && eg != g {
					return -1
				}
			}
		}
	}
	return m
}

var possessivePronoun = map[string]bool{"his": true, "her": true, "their": true}
