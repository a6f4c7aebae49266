package quote

import (
	"strings"
)

// cue is a verb (or "according to") that holds content: the words of a
// region of tokens [lo, hi), minus the hole [holeLo, holeHi) where the cue's
// own clause sits inside its content ("The plan, he said, is dead").
type cue struct {
	key       string // lexicon key ("say", "claim/n")
	tok, last int    // the cue's first and last token ("according" … "to")
	frame     Frame
	score     float64
	prob      float64 // the cue model's probability (or the score) when reported
	// ends are where the content may end (see cueends.go); zero when
	// the content has one end only.
	ends           [nEnds]int
	lo, hi         int
	holeLo, holeHi int
	subj           int // the subject's head token, -1
	listener       int // the listener's head token, -1
	// anchor is the token the subject search starts from: the cue verb, or
	// the source noun of "according to".
	source bool // subj is a source noun found directly ("according to X")
	// passive: the verb is passive with no agent, so no one is named as
	// its speaker (subj is -1), though the clause has a subject.
	passive bool
	// misread: a verb the tagger read as a plural noun ("Trump charges
	// that …"), its content read from the words (misread.go).
	misread bool
}

// inRegion reports whether token t is content of the cue.
func (c *cue) inRegion(t int) bool {
	return t >= c.lo && t < c.hi && !(t >= c.holeLo && t < c.holeHi)
}

// minCue is the least lexicon score for a verb to be kept as a cue at all;
// the stage applies its own, higher bars to report reported speech.
const minCue = 0.05

// findCues collects every verb outside quotations that holds content and
// whose lemma and frame the lexicon knows.
func (w *work) findCues() {
	toks := w.d.Tokens
	for i := range toks {
		if w.inQuote[i] >= 0 || w.sentOf[i] < 0 {
			continue
		}
		if w.isAccordingTo(i) {
			w.accordingTo(i)
			continue
		}
		if w.word(i) == ":" {
			w.colonLabel(i)
			continue
		}
		t := &toks[i]
		key := w.cueKey(i)
		misread := t.UPOS == "NOUN" && w.misreadVerb(i)
		if misread {
			key = lower(t.Lemma) // the verb's entry: "charges that" is charge
		}
		if key == "" || !w.all && !w.lex.Known(key) {
			continue
		}
		c := cue{tok: i, last: i, subj: -1, listener: -1, holeLo: -1, holeHi: -1, key: key, misread: misread}
		verb := t.UPOS == "VERB"
		switch {
		case misread:
			if !w.misreadComplement(&c) {
				continue
			}
		case verb && !w.complement(&c) || !verb && !w.nounComplement(&c):
			continue
		}
		if !w.all {
			if c.score = w.lex.Score(key, c.frame); c.score < minCue {
				continue
			}
		}
		switch {
		case c.source:
		case misread:
			c.subj = i - 1
		case verb:
			c.last = w.particle(i)
			if c.subj = w.subjectOf(i); c.subj < 0 {
				c.subj = w.nearSubject(i)
			}
			if c.subj < 0 {
				c.subj = w.borrowedNearSubject(i)
			}
			if h := w.head(i); c.subj < 0 && h >= 0 && h < i && w.d.Tokens[i].Rel == "parataxis" && !w.hasSubject(i) {
				// "Lee offered a job, then says she …": a second verb of
				// the same subject, parsed as parataxis.
				c.subj = w.subjectOf(h)
			}
			if _, rel := w.subjectPath(i); rel < 0 {
				// (A subject found through a relative pronoun is the
				// noun before it, whatever dash lies between.)
				c.subj = w.pastDateline(c.subj, i)
				c.subj = w.pastFrontedClause(c.subj, i)
			}
			if c.listener = w.listenerOf(i, &c); c.listener >= 0 && c.frame == FrameCcomp && c.inRegion(c.listener) {
				c.listener = -1 // the subject of what was said, not who heard it
			}
			if raisingVerbs[c.key] && c.subj >= 0 && c.subj < c.lo && w.d.Tokens[c.subj].Rel == "nsubj" && w.head(c.subj) == i {
				// "The plan seems to have failed": the impression is of
				// the subject and what follows.
				c.lo, _ = w.subtree(c.subj)
			}
			if w.isPassive(i) || raisingVerbs[c.key] {
				// "Lee was asked whether …", "Asked about the plan, Lee
				// said": the subject is who was asked or expected, not who
				// spoke; with no agent the speaker is unknown. So with
				// "Lee seemed to …": the impression is the writer's.
				c.subj, c.passive = -1, true
			}
		default:
			c.subj = w.holderOf(i)
		}
		w.cues = append(w.cues, c)
	}
}

// cueKey is the lexicon key of token i when it may be a cue: the lemma of
// a verb (mended: see lemma), the lemma and "/n" of a noun ("claim/n"),
// the lemma and "/a" of an adjective ("convinced/a"); "" for other words.
func (w *work) cueKey(i int) string {
	switch t := &w.d.Tokens[i]; t.UPOS {
	case "VERB":
		return w.lemma(i)
	case "NOUN":
		return lower(t.Lemma) + "/n"
	case "ADJ":
		return lower(t.Lemma) + "/a"
	}
	return ""
}

// nounComplement finds the content of a noun or adjective cue: a "that"
// clause ("the claim that …", "convinced that …"), a "to" clause ("his plan
// to …", "eager to …"), or a phrase about something ("questions about …",
// "an opponent of …").
func (w *work) nounComplement(c *cue) bool {
	v := c.tok
	clause, open, about := -1, -1, -1
	for _, k := range w.children(v) {
		if int(k) < v {
			continue
		}
		switch rel := w.d.Tokens[k].Rel; {
		case rel == "ccomp" || strings.HasPrefix(rel, "acl") && w.hasMark(int(k), "that"):
			if clause < 0 {
				clause = int(k)
			}
		case rel == "xcomp" || rel == "acl" && w.hasMark(int(k), "to"):
			if open < 0 {
				open = int(k)
			}
		case rel == "nmod" || rel == "obl":
			if about < 0 && w.hasCaseIn(int(k), aboutWords) {
				about = int(k)
			}
		}
	}
	switch {
	case clause >= 0:
		c.frame = FrameCcomp
		c.lo, c.hi = w.subtree(clause)
	case open >= 0:
		c.frame = FrameXcomp
		c.lo, c.hi = w.subtree(open)
	case about >= 0:
		c.frame = FrameObj
		c.lo, c.hi = w.subtree(about)
		for c.lo < about && w.d.Tokens[c.lo].Rel == "case" {
			c.lo++
		}
	default:
		return false
	}
	w.trimRegion(c)
	return c.hi > c.lo
}

var (
	aboutWords     = []string{"about", "of", "on", "over", "against", "for", "to", "with"}
	aboutVerbWords = []string{"about", "of", "on", "over", "against", "for", "to", "at", "with"}
)

func (w *work) hasMark(x int, word string) bool {
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; (r == "mark" || r == "case") && strings.EqualFold(w.word(int(k)), word) {
			return true
		}
	}
	return false
}

func (w *work) hasCaseIn(x int, words []string) bool {
	for _, k := range w.children(x) {
		if w.d.Tokens[k].Rel != "case" {
			continue
		}
		for _, wd := range words {
			if strings.EqualFold(w.word(int(k)), wd) {
				return true
			}
		}
	}
	return false
}

// holderOf finds whose claim, plan or fear a noun or adjective cue is: its
// possessor ("Trump's claim"), its subject ("Lee is convinced that"), or
// the subject of the verb it is the object of ("Lee made the claim").
func (w *work) holderOf(v int) int {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "nmod:poss" && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	if s := w.subjectOf(v); s >= 0 {
		return s
	}
	if h := w.head(v); h >= 0 && w.d.Tokens[v].Rel == "obj" {
		return w.subjectOf(h)
	}
	return w.prepositionalHolder(v)
}

// complement finds the content a cue verb holds and its frame, in order of
// preference: a clause (ccomp, or a clause after a colon), an open clause
// with its object (xcomp), the subject of a passive with an agent, a bare
// object, and finally the clause the verb hangs from (as parataxis or an
// adverbial clause: "…, officials said").
func (w *work) complement(c *cue) bool {
	v := c.tok
	if w.pronounThat(v) {
		return false
	}
	ccomp, xcomp, obj, pass, agent, about := -1, -1, -1, -1, -1, -1
	for _, k := range w.children(v) {
		switch rel := w.d.Tokens[k].Rel; {
		case rel == "ccomp" && (ccomp < 0 || ccomp < v) && !w.isRelative(int(k)) && !w.claimedPredicate(v, int(k)):
			// Of two clauses the one after the verb is what it reports.
			ccomp = int(k)
		case rel == "parataxis" && ccomp < 0 && int(k) > v && w.colonBetween(v, int(k)):
			ccomp = int(k)
		case rel == "xcomp" && xcomp < 0:
			xcomp = int(k)
		case (rel == "obj" || rel == "iobj") && obj < 0 && !isTimeWord(w.word(int(k))):
			// (A time is no object: "said Monday" read as one.)
			obj = int(k)
		case rel == "nsubj:pass" && pass < 0:
			pass = int(k)
		case rel == "obl:agent" || rel == "obl" && int(k) > v && w.hasCase(int(k), "by"):
			agent = int(k)
		case rel == "obl" && int(k) > v && about < 0 && w.hasCaseIn(int(k), aboutVerbWords):
			about = int(k)
		case rel == "advcl" && int(k) > v && about < 0 && w.leadingMarkIn(int(k), aboutVerbWords):
			// "called for cutting the rate", "was accused of using …":
			// a gerund after a preposition, parsed as an adverbial clause.
			about = int(k)
		}
	}
	if ccomp > v && !w.isClause(ccomp) && w.inQuote[ccomp] < 0 && !w.hasVerb(w.subtree(ccomp)) {
		// A bare noun labelled ccomp is a noun phrase gone astray: after
		// the object an apposition ("said his aide, a lawyer, drafted
		// …"), else the object itself, or the subject of a clause that
		// follows (see splitSubject).
		if obj < 0 || obj > ccomp {
			obj = ccomp
		}
		ccomp = -1
	}
	if w.parenthetical(c) || ccomp < 0 && w.asClause(c, obj) {
		return true
	}
	if ccomp < 0 {
		ccomp = w.thatClause(v)
	}
	front := -1
	if ccomp < 0 && xcomp < 0 && obj < 0 {
		ccomp, front = w.frontedClause(v)
	} else if ccomp > v+2 {
		// "says after the vote, the council will meet …" with the clause
		// parsed as the complement but the fronted phrase hung on the verb.
		if k, lo := w.frontedClause(v); k == ccomp {
			front = lo
		}
	}
	if t := w.linearThat(v); t >= 0 && (ccomp < 0 || !w.dominates(ccomp, t+1)) {
		// "noted that European nations would …" parsed without the clause:
		// read it from the words.
		c.frame = FrameCcomp
		c.lo, c.hi = t+1, t+2
		w.trimRegion(c)
		w.extendRight(c, true)
		c.lo = t
		return c.hi > c.lo
	}
	switch {
	case ccomp >= 0:
		c.frame = FrameCcomp
		c.lo, c.hi = w.subtree(ccomp)
		for _, k := range w.children(ccomp) {
			if int(k) > c.lo && int(k) < ccomp && w.d.Tokens[k].Rel == "mark" && lower(w.word(int(k))) == "that" {
				// Nothing of a that-clause comes before its "that": a word
				// the parse put there ("said Tuesday that …") is the verb's.
				c.lo = int(k)
			}
		}
		if obj >= 0 && w.splitSubject(v, obj, ccomp) >= 0 {
			// "saying local farmers have donated …": see splitSubject.
			c.lo, _ = w.subtree(obj)
		}
		if l := w.listenerInClause(v, ccomp); l >= 0 {
			// "told the reporters waiting outside she would …" with
			// the reporters a second subject of the clause.
			_, c.lo = w.subtree(l)
		}
	case obj >= 0 && w.splitSubject(v, obj, -1) >= 0:
		// "said his deputy, a lawyer, drafted the budget": a clause.
		c.frame = FrameCcomp
		c.lo, _ = w.subtree(obj)
		_, c.hi = w.subtree(w.splitSubject(v, obj, -1))
	case obj >= 0 && w.verbAfterObject(v, obj) >= 0:
		// "saying the courts have no business …" with the clause lost:
		// see verbAfterObject.
		c.frame = FrameCcomp
		c.lo, _ = w.subtree(obj)
		c.hi = w.verbAfterObject(v, obj) + 1
		w.trimRegion(c)
		w.extendRight(c, true)
		c.hi = min(c.hi, w.frontedClauseEnd(v))
		return c.hi > c.lo
	case xcomp >= 0 && (w.isClause(xcomp) || obj >= 0 && obj < xcomp):
		// A clause ("urged Ukraine to …") or a naming ("called the plan a
		// disaster").
		c.frame = FrameXcomp
		c.lo, c.hi = w.subtree(xcomp)
		if obj >= 0 && obj < xcomp {
			// "urged Ukraine to relinquish Crimea": the addressee is part of
			// what was urged.
			olo, _ := w.subtree(obj)
			c.lo = min(c.lo, olo)
		}
	case pass >= 0 && agent >= 0:
		c.frame = FramePassive
		c.lo, c.hi = w.subtree(pass)
		c.subj, c.source = agent, true
	case pass >= 0 && pass < v && w.asComplement(v) > v:
		// "Twitter is widely seen as a news site": the view is of the
		// subject and what it is seen as; no one is named as holding it.
		c.frame = FramePassive
		c.lo, _ = w.subtree(pass)
		_, c.hi = w.subtree(w.asComplement(v))
		w.trimRegion(c)
		return c.hi > c.lo
	case obj >= 0 && obj > v:
		c.frame = FrameObj
		c.lo, c.hi = w.subtree(obj)
		// An object after its cue starts after it: a clause before the
		// cue hung on the object ("Lee — who has argued for … —
		// attacking the plan", the relative clause on "plan") is not
		// what the cue holds.
		c.lo = max(c.lo, c.last+1)
	case about >= 0 && w.reducedPassive(v):
		return false
	case about >= 0:
		c.frame = FrameAbout
		c.lo, c.hi = w.subtree(about)
		for c.lo < about && (w.d.Tokens[c.lo].Rel == "case" || w.d.Tokens[c.lo].Rel == "mark" && w.isWordIn(c.lo, aboutVerbWords)) {
			c.lo++
		}
	default:
		return w.hang(c) || w.closingCue(c)
	}
	w.trimRegion(c)
	if extendContent && c.lo > v {
		raw := c.hi
		w.extendRight(c, false)
		w.setEnds(c, raw) // the cue model may prefer another end
	}
	w.cutAtReport(c)
	if front >= 0 {
		// "says despite the rain, she plans …": see frontedClause. (Set
		// after extendRight, which would read "…, she plans" as an aside.)
		c.lo = front
	}
	return c.hi > c.lo
}

// extendContent: see extendRight.
var extendContent = true

// extendRight runs a content that follows its cue on to the end of the
// clause: parsers often hang a phrase that belongs to the content ("her
// plans for public service", "to triple X and grow Y") on the cue verb
// instead. The clause ends at the sentence's end, a semicolon or dash, or
// a comma that opens a participle (", saying …") or another attribution
// (", officials said", ", according to …"), and never runs past the cue
// verb's own phrase.
//
// A linear content (read from the words, not the parse) may run past the
// cue's phrase as parsed, up to a comma before a verb ("Lee, who said that
// the plan failed, left").
func (w *work) extendRight(c *cue, linear bool) {
	s := w.d.Sentences[w.sentOf[c.tok]]
	_, end := w.subtree(c.tok) // the cue's own clause: not past a relative clause's end
	end = min(end, s.EndToken)
	if linear {
		end = s.EndToken
	}
	end = min(end, w.verbPhraseEnd(c))
	// An aside inside the content as parsed ends it too.
	for t := c.lo + 2; t < c.hi; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && (w.opensAside(t+1, c.hi) || w.opensSequel(t+1, c.hi)) && t+1 < c.hi ||
			w.lastDash(t, c.lo, c.hi) {
			c.hi = t
			w.trimRegion(c)
			return
		}
	}
	t := c.hi
	for ; t < end; t++ {
		wd := w.word(t)
		if wd == ";" || wd == "—" || wd == "–" || wd == "--" || w.inQuote[t] >= 0 {
			break
		}
		if wd == "," && (w.opensAside(t+1, end) || w.opensSequel(t+1, end) || linear && t+1 < end && isVerbal(w.d.Tokens[t+1].UPOS)) {
			break
		}
	}
	c.hi = max(c.hi, t)
	w.trimRegion(c)
}

// isPassive reports whether verb v is passive without an agent: it has a
// passive auxiliary, or a passive subject with a "be" or "get" beside it
// (a passive subject alone is a parse error: "Lee attacked Ruiz", "Lee
// has called for"), or it is a bare past participle heading an adverbial
// clause ("Asked about …, Lee said").
func (w *work) isPassive(v int) bool {
	aux, pass, be := false, false, false
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "aux:pass":
			if l := lower(w.d.Tokens[k].Lemma); l == "be" || l == "get" {
				return true
			}
			aux = true // a name the tagger read as a verb ("Trump attacked")
		case "nsubj:pass":
			pass, aux = true, true
		case "aux":
			aux = true
			if l := lower(w.d.Tokens[k].Lemma); l == "be" || l == "get" {
				be = true
			}
		case "nsubj", "obl:agent":
			aux = true
		}
	}
	if pass && be {
		return true
	}
	// Taggers often read a participle opening the sentence as a past
	// tense; there, with no subject of its own, it is a participle all the
	// same. Elsewhere a past tense may be a finite verb whose subject the
	// parse lost ("…, Zelensky mentioned he's prepared").
	x := w.d.Tokens[v].XPOS
	first := v == w.d.Sentences[w.sentOf[v]].FirstToken
	return !aux && (x == "VBN" || x == "VBD" && first) && w.d.Tokens[v].Rel == "advcl" && !w.nameVerbBefore(v)
}

// nameVerbBefore reports whether verb v hangs from a name right before
// it (across adverbs) that the tagger read as a verb: "Trump further
// described …" parsed as "described" an adverbial clause of "Trump".
// The name is the subject; the verb is no bare participle.
func (w *work) nameVerbBefore(v int) bool {
	h := w.head(v)
	if h < 0 || h >= v || w.mention[h] < 0 || !isVerbal(w.d.Tokens[h].UPOS) {
		return false
	}
	for t := h + 1; t < v; t++ {
		if w.d.Tokens[t].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// pastDateline moves a subject off a dateline the parse took for it
// ("WASHINGTON (AP) — Senator Lee is reaffirming …", with the senator as
// an apposition of WASHINGTON): when a dash lies between the subject and
// the verb, the subject is the phrase after the dash: a second subject of
// the verb, or an apposition the parse hung on the dateline.
func (w *work) pastDateline(subj, v int) int {
	if subj < 0 || subj > v {
		return subj
	}
	dash := -1
	for t := subj + 1; t < v; t++ {
		if isDashWord(w.word(t)) { // (also the horizontal bar: "LEEDS ― Mayor Ruiz said")
			dash = t
		}
		if dash >= 0 {
			break
		}
	}
	if dash < 0 {
		return subj
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) > dash && (r == "nsubj" || r == "nsubj:pass") {
			return int(k) // a second subject after the dash
		}
	}
	for _, k := range w.children(subj) {
		if int(k) > dash && int(k) < v && w.d.Tokens[k].Rel == "appos" {
			return int(k)
		}
	}
	if h := w.head(subj); h > dash && h <= v && isVerbal(w.d.Tokens[h].UPOS) {
		v = h // the verb the dateline is the subject of ("… will lead an effort to paint …")
	}
	if k := w.phraseAfterDash(dash, v); k >= 0 {
		return k
	}
	return subj
}

// verbPhraseEnd returns where a verb conjoined to the cue begins ("said X,
// and then left"): the speaker's next act, not what was said. (Stopping
// at an adverbial clause hung on the cue as well cost content F1 on
// PolNeAR train: parsers often hang the content's own clauses there.)
func (w *work) verbPhraseEnd(c *cue) int {
	end := len(w.d.Tokens)
	for _, k := range w.children(c.tok) {
		if int(k) < c.hi {
			continue
		}
		if rel := w.d.Tokens[k].Rel; rel == "conj" || rel == "cc" {
			lo, _ := w.subtree(int(k))
			end = min(end, max(lo, c.hi))
		}
	}
	return end
}

// asideWords open, after a comma, a clause that comments on the content
// rather than continuing it: a non-restrictive relative clause or a
// concession.
var asideWords = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true,
	"while": true, "whereas": true, "although": true, "though": true, "despite": true,
	"however": true, "even": true, "compared": true, "given": true,
}

// opensAside reports whether the words from t start a participle clause or
// an attribution of their own.
func (w *work) opensAside(t, end int) bool {
	if t >= end {
		return true
	}
	if w.d.Tokens[t].XPOS == "VBG" || w.isAccordingTo(t) {
		return true
	}
	if asideWords[lower(w.word(t))] {
		return true
	}
	for u := t; u < end && u < t+5; u++ {
		tok := &w.d.Tokens[u]
		if tok.UPOS == "VERB" {
			return w.lex.Score(w.lemma(u), FrameParataxis) >= minReportedCue
		}
	}
	return false
}

// thatClause finds a "that" clause the parse hung on a noun next to the
// verb ("said Tuesday that …", "said in a statement that …"): a clause
// inside the verb's subtree, after it, attached as a relative clause but
// with a subject of its own after "that". It returns the clause's head or
// -1.
func (w *work) thatClause(v int) int {
	_, hi := w.subtree(v)
	for t := v + 1; t < hi && t < v+maxThatGap; t++ {
		if !strings.EqualFold(w.word(t), "that") || w.inQuote[t] >= 0 {
			continue
		}
		h := w.head(t)
		if h <= t || !strings.HasPrefix(w.d.Tokens[h].Rel, "acl") {
			return -1
		}
		if w.d.Tokens[t].Rel != "mark" {
			// "that" as the relative pronoun: a true relative clause
			// unless the clause has another subject.
			ok := false
			for _, k := range w.children(h) {
				if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) != t {
					ok = true
				}
			}
			if !ok {
				return -1
			}
		}
		return h
	}
	return -1
}

// parenthetical reads a cue clause set between commas inside what it
// reports ("The museum, Mr. Bush said, celebrated his heroes"), which
// parsers often take apart: the content is the sentence around the
// commas, the subject the noun just before the cue.
func (w *work) parenthetical(c *cue) bool {
	v := c.tok
	s := w.d.Sentences[w.sentOf[v]]
	a := v - 1
	for a > s.FirstToken && a >= v-4 && w.word(a) != "," && isSubjectWord(w.d.Tokens[a].UPOS) {
		a--
	}
	if a <= s.FirstToken || a == v-1 || w.word(a) != "," || !isNominal(w.d.Tokens[v-1].UPOS) {
		return false
	}
	b := v + 1
	for b < s.EndToken && b <= v+3 && w.word(b) != "," && !isVerbal(w.d.Tokens[b].UPOS) && !w.isPunct(b) {
		b++
	}
	if b >= s.EndToken || w.word(b) != "," || w.inQuote[a] >= 0 || w.inQuote[b] >= 0 {
		return false
	}
	if w.words(s.FirstToken, a) < 2 && !w.fronted(v, s.FirstToken, a) || w.words(b+1, s.EndToken) < 2 {
		return false
	}
	c.frame = FrameParataxis
	c.lo, c.hi, c.holeLo, c.holeHi = s.FirstToken, s.EndToken, a, b+1
	c.subj, c.source = v-1, true
	if a > s.FirstToken && isRelativePronoun(w.word(a-1)) {
		c.lo = a - 1 // "the stadium, which, Lee said, is full": the relative clause
	}
	for t := b + 2; t < s.EndToken; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && t+1 < s.EndToken && w.writersAside(t+1, s.EndToken) {
			c.hi = t // "…, Lee said, was its biggest yet, although …": the writer's
			break
		}
	}
	w.trimRegion(c)
	return c.hi > c.lo
}

func isSubjectWord(upos string) bool {
	switch upos {
	case "PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM":
		return true
	}
	return false
}

// linearThat returns the "that" opening a clause a few words after cue v
// ("said Tuesday that the bridge …", "told reporters that …"), or -1: the
// word after it must start a clause (a noun, pronoun, determiner or
// adjective, not a verb or punctuation).
func (w *work) linearThat(v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	for t := v + 1; t < s.EndToken-1 && t < v+maxThatGap; t++ {
		if w.inQuote[t] >= 0 || w.isPunct(t) {
			return -1
		}
		if w.word(t) != "that" {
			if w.d.Tokens[t].UPOS == "VERB" {
				return -1
			}
			continue
		}
		switch w.d.Tokens[t+1].UPOS {
		case "NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM":
			return t
		}
		return -1
	}
	return -1
}

// maxThatGap is how far after the verb its "that" may come.
const maxThatGap = 8

// hang makes the content of a verb that hangs from the clause it reports:
// "…, officials said" (parataxis) or, in a parse that got the attachment
// backwards, "Smith mentioned he is ready" (advcl). The content is the
// clause minus the verb's own: the side after the verb when the verb comes
// first, the side before when it comes last, both sides around a short
// interruption ("The plan, he said, is dead").
func (w *work) hang(c *cue) bool {
	v := c.tok
	h := w.head(v)
	if h < 0 || w.sentOf[h] != w.sentOf[v] {
		return false
	}
	c.lo, c.hi = w.subtree(h)
	c.holeLo, c.holeHi = w.subtree(v)
	switch w.d.Tokens[v].Rel {
	case "parataxis":
		if !w.hasSubject(v) {
			return false // ", but had not heard back": no one speaks
		}
		c.frame = FrameParataxis
	case "advcl":
		if w.subordinate(v) {
			// "As the storm passed, crews …", "When Lee left, …": a
			// clause with a conjunction of its own reports nothing.
			return false
		}
		c.frame = FrameAdvcl
		if v < h && w.isClause(h) {
			// "Smith mentioned he is ready" with the attachment reversed:
			// the clause after the verb is its complement.
			c.frame = FrameCcomp
		} else if w.closingAttribution(v, c.holeLo, c.holeHi) {
			// "…, a new survey suggests." labelled an adverbial clause:
			// the same closing attribution as parataxis.
			c.frame = FrameParataxis
		}
	case "conj":
		if v < h {
			// A conjunct comes after the conjunct it hangs from, so a
			// verb before its head is the advcl mistake again: "Smith
			// mentioned he is ready" with "mentioned" joined to "ready".
			if !w.isClause(h) {
				return false
			}
			c.frame = FrameCcomp
			break
		}
		// ", officials said." parsed as a conjunct of the clause it reports.
		if !w.hasSubject(v) || !w.commaBefore(w.firstWord(c.holeLo, v)) {
			return false
		}
		c.frame = FrameParataxis
	default:
		switch {
		case w.closingAttribution(v, c.holeLo, c.holeHi):
			// "…, a new survey suggests." with any other label.
			c.frame = FrameParataxis
		case v < h && w.isClause(h) && w.hasSubject(h) && misattached[w.d.Tokens[v].Rel]:
			// "Zelensky mentioned he's prepared …" with "mentioned"
			// an oblique of "prepared": the advcl mistake again.
			c.frame = FrameCcomp
		default:
			return false
		}
	}
	w.cutHole(c, v < h)
	return c.hi > c.lo
}

// cutHole settles a content region around the cue's own phrase
// [holeLo, holeHi): keep both sides of a short interruption, else only the
// side after (after) or before the phrase.
func (w *work) cutHole(c *cue, after bool) {
	for c.holeLo > c.lo && w.isPunct(c.holeLo-1) {
		c.holeLo--
	}
	for c.holeHi < c.hi && w.isPunct(c.holeHi) {
		c.holeHi++
	}
	left, right := w.words(c.lo, c.holeLo), w.words(c.holeHi, c.hi)
	switch {
	case c.holeHi-c.holeLo <= maxInterruption && left >= 2 && right >= 2 && (after || w.hasVerb(c.holeHi, c.hi)):
		// Both sides, unless what follows a closing cue is no clause but
		// more about the source (", according to Lee, an analyst at …").
	case after && right > 0 || left == 0:
		c.lo, c.holeLo, c.holeHi = max(c.lo, c.holeHi), -1, -1
	default:
		c.hi, c.holeLo, c.holeHi = min(c.hi, c.holeLo), -1, -1
	}
	w.trimRegion(c)
}

// maxInterruption is the longest cue phrase (with its commas) that may sit
// inside a content: ", he said," or ", according to the police,".
const maxInterruption = 8

// trimRegion drops punctuation at the edges of the content and clips it
// to the cue's sentence. Quotation marks at the edges stay: they tell a
// quotation from reported speech.
func (w *work) trimRegion(c *cue) {
	s := w.d.Sentences[w.sentOf[c.tok]]
	c.lo, c.hi = max(c.lo, s.FirstToken), min(c.hi, s.EndToken)
	for c.lo < c.hi && w.isPunct(c.lo) && w.inQuote[c.lo] < 0 {
		c.lo++
	}
	for c.hi > c.lo && w.isPunct(c.hi-1) && w.inQuote[c.hi-1] < 0 {
		c.hi--
	}
	if c.holeLo >= 0 && (c.holeHi <= c.lo || c.holeLo >= c.hi) {
		c.holeLo, c.holeHi = -1, -1
	}
}

// A label is a name of at most maxLabelWords words, before a content of at
// least minLabelContent words.
const (
	maxLabelWords   = 4
	minLabelContent = 3
	labelScore      = 0.6
)

// accordingScore: "according to X" is a source phrase nearly every time.
const accordingScore = 0.95

// reducedPassive reports whether verb v is a past participle modifying a
// noun that names no people ("demands aligned with Moscow's interests",
// "a plan focused on tax"): the participle says something of that noun,
// so a phrase after it ("with …", "on …") is no content anyone holds.
// Of people it may be a stance ("voters worried about jobs").
func (w *work) reducedPassive(v int) bool {
	t := &w.d.Tokens[v]
	h := w.head(v)
	if t.XPOS != "VBN" || !strings.HasPrefix(t.Rel, "acl") || h < 0 || h > v || w.people(h) {
		return false
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") {
			return false // a relative clause of its own: "something she has asked of …"
		}
	}
	return true
}

// asComplement returns the phrase introduced by "as" that verb v takes
// ("seen as a threat", "known as the Golden Week"), -1 when none.
func (w *work) asComplement(v int) int {
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "obl", "xcomp", "advcl", "obj":
			if int(k) > v && w.hasMark(int(k), "as") {
				return int(k)
			}
		}
	}
	return -1
}
