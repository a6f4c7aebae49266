package quote

import "dateline/syntax"

// The content a cue verb holds: its complement in the parse, and how far
// that content runs on.

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
	if relayVerbs[w.lemma(v)] && w.quotedAsSaying(v) {
		// "quoted Lee as saying that …": the "saying" reports it, as
		// Lee's; "quoted its plan as saying …": what is quoted is the
		// source, not what it says. ("cites the flood as proving the
		// need for walls" cites the flood.)
		return false
	}
	ccomp, xcomp, obj, pass, agent, about := -1, -1, -1, -1, -1, -1
	for _, k := range w.children(v) {
		switch rel := w.d.Tokens[k].Rel; {
		case rel == "ccomp" && (ccomp < 0 || ccomp < v) && !w.isRelative(int(k)) && !w.claimedPredicate(v, int(k)) &&
			!(int(k) > v && (w.adverbialComplement(int(k)) || w.wordBetween(v, int(k), ";"))):
			// (A clause after a semicolon is the writer's next sentence:
			// "…, analysts say; in 2012 the mayor failed …".)
			// Of two clauses the one after the verb is what it reports.
			ccomp = int(k)
		case rel == "parataxis" && ccomp < 0 && int(k) > v && w.wordBetween(v, int(k), ":"):
			ccomp = int(k)
		case rel == "xcomp" && xcomp < 0:
			xcomp = int(k)
		case rel == "advcl" && xcomp < 0 && int(k) > v && w.hasMark(int(k), "to") && w.timeBefore(v, int(k)) &&
			w.lex.Score(w.lemma(v), FrameXcomp) >= minCue:
			// "agreed on Monday to resume talks": the time between the
			// verb and its open clause made the parser read a purpose.
			xcomp = int(k)
		case (rel == "obj" || rel == "iobj") && obj < 0 && !w.isTimeTok(int(k)):
			// (A time is no object: "said Monday" read as one.)
			obj = int(k)
		case rel == "nsubj:pass" && pass < 0:
			pass = int(k)
		case rel == "obl:agent" || rel == "obl" && int(k) > v && w.hasCase(int(k), "by"):
			agent = int(k)
		case rel == "obl" && int(k) > v && about < 0 && w.talkNotTopic(v, int(k)):
			about = w.topicInside(int(k)) // "talked to aides about the budget": see talkverbs.go
		case rel == "obl" && int(k) > v && about < 0 && w.hasCaseIn(int(k), aboutVerbWords):
			about = int(k)
		case rel == "advcl" && ccomp < 0 && int(k) > v && askingVerbs[w.lemma(v)] && w.asksQuestion(v, int(k)):
			// "Asked why the port closed, Lee said …" with the question
			// read as an adverbial clause: what is asked is a clause.
			ccomp = int(k)
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
	if ccomp >= 0 && ccomp < v && !w.isClause(ccomp) && w.inQuote[ccomp] < 0 && !w.hasVerb(w.subtree(ccomp)) {
		if k := w.closingComma(v); k >= 0 {
			// "… at the spring rally, Ana Ruiz has said." with "rally"
			// the verb's clause: a noun before a closing attribution is
			// the end of what it reports, which runs from the
			// sentence's start to the comma.
			c.frame = FrameParataxis
			c.lo, c.hi, c.holeLo, c.holeHi = w.d.Sentences[w.sentOf[v]].FirstToken, k, -1, -1
			w.trimRegion(c)
			return c.hi > c.lo
		}
		// With no comma before the cue's subject the noun is the
		// subject's own ("Liberal vice mayoral candidate Lee spoke
		// …" with "vice" torn off it): nothing before the cue is
		// reported.
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
	if t := w.linearThat(v); t >= 0 && (ccomp < 0 || !w.dominates(ccomp, t+1) && w.asideAfter(v) < 0) {
		// "noted that European nations would …" parsed without the clause:
		// read it from the words.
		return w.linearClause(c, t, true)
	}
	if t, that := w.clauseAfterPhrase(v); t >= 0 && ccomp < 0 && xcomp < 0 {
		// "noted in a column in Sunday's paper that …" with the clause
		// hung on the paper: see clauseAfterPhrase.
		return w.linearClause(c, t, that)
	}
	if ccomp < 0 && xcomp < 0 && obj < 0 {
		if t, end := w.siblingClause(v); end > t {
			c.frame, c.lo, c.hi = FrameCcomp, t, end
			w.trimRegion(c)
			return c.hi > c.lo
		} else if t >= 0 {
			return w.linearClause(c, t, false)
		}
	}
	if ccomp < 0 && xcomp < 0 && w.closingInverted(c) {
		return true
	}
	if ccomp >= 0 && w.swallowedClosing(c, ccomp) {
		return true
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
		if s := w.strandedSubject(v, w.particle(v), ccomp); s >= 0 && s < c.lo {
			// "said farmers were happier", "warned there would be …":
			// see strandedsubject.go.
			c.lo = s
		}
	case obj >= 0 && w.splitSubject(v, obj, -1) >= 0:
		// "said his deputy, a lawyer, drafted the budget": a clause.
		c.frame = FrameCcomp
		c.lo, _ = w.subtree(obj)
		_, c.hi = w.subtree(w.splitSubject(v, obj, -1))
	case obj >= 0 && w.verbAfterObject(v, obj) >= 0:
		// "saying the board has no right …" with the clause lost:
		// see verbAfterObject.
		c.frame = FrameCcomp
		c.lo, _ = w.subtree(obj)
		va := w.verbAfterObject(v, obj)
		c.hi = va + 1
		w.trimRegion(c)
		lo := c.lo
		if w.word(va-1) == "," {
			// The aside between the commas before the verb is the
			// subject's ("the fee, which is high, would stay"): the
			// content runs on from the verb.
			c.lo = va
		}
		w.extendRight(c, true)
		c.lo = lo
		if e := w.frontedClauseEnd(v); e > va || w.hasChildRel(v, "mark") || w.head(v) != va && w.head(v) != w.head(va) {
			// (Not when the parse hung the cue, with no conjunction of
			// its own, on the very verb found after the object: "Lee
			// said the fee, the highest in years, would stay".)
			c.hi = min(c.hi, e)
		}
		return c.hi > c.lo
	case xcomp >= 0 && (w.isClause(xcomp) || obj >= 0 && obj < xcomp):
		// A clause ("urged Ukraine to …") or a naming ("called the plan a
		// disaster").
		c.frame = FrameXcomp
		c.lo, c.hi = w.subtree(xcomp)
		if m := w.markOf(xcomp, "to"); obj < 0 && m > c.lo && w.timeBefore(v, m) {
			c.lo = m // "agreed on Tuesday to share …" with the day hung on "share"
		}
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
		// "The ferry is widely seen as a lifeline": the view is of the
		// subject and what it is seen as; no one is named as holding it.
		c.frame = FramePassive
		c.lo, _ = w.subtree(pass)
		_, c.hi = w.subtree(w.asComplement(v))
		w.trimRegion(c)
		return c.hi > c.lo
	case obj >= 0 && obj > v && (w.claimsPrize(v, obj) || w.signsPlayer(v, obj)):
		return false
	case obj >= 0 && obj > v && w.closingTold(c, obj):
		return true
	case obj >= 0 && obj > v && (about < 0 || w.timeAlone(about)) && w.toldAudience(v, obj):
		return false
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
	case about >= 0 && !w.timeAlone(about):
		c.frame = FrameAbout
		c.lo, c.hi = w.subtree(about)
		for c.lo < about && (w.d.Tokens[c.lo].Rel == "case" || w.d.Tokens[c.lo].Rel == "mark" && w.isWordIn(c.lo, aboutVerbWords)) {
			c.lo++
		}
	default:
		return w.appositiveClosing(c) || w.hang(c) || w.closingCue(c)
	}
	w.trimRegion(c)
	if extendContent && c.lo > v {
		raw := c.hi
		w.extendRight(c, false)
		w.setEnds(c, raw) // the cue model may prefer another end
	}
	w.cutAtReport(c)
	w.cutFronted(c)
	w.cutMidAside(c)
	w.cutConjoinedCue(c)
	w.cutNextAct(c)
	if front >= 0 {
		// "says despite the rain, she plans …": see frontedClause. (Set
		// after extendRight, which would read "…, she plans" as an aside.)
		c.lo = front
	}
	return c.hi > c.lo
}

// timeBefore: the words between verb v and token k are one time phrase
// ("on Monday", "last week"), however the parser hung it.
func (w *work) timeBefore(v, k int) bool {
	time := false
	for t := v + 1; t < k; t++ {
		if w.word(t) == "to" {
			break
		}
		switch u := w.d.Tokens[t].UPOS; {
		case w.isTimeTok(t):
			time = true
		case u == "ADP" || u == "DET" || u == "ADJ":
			// "on", "this", "last" around the day, however parsed
		default:
			return false
		}
	}
	return time
}

// markOf returns the child of x that is its mark word, or -1.
func (w *work) markOf(x int, word string) int {
	for _, k := range w.children(x) {
		if w.d.Tokens[k].Rel == "mark" && lower(w.word(int(k))) == word {
			return int(k)
		}
	}
	return -1
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
	// An aside inside the content as parsed ends it too, after an object
	// of one word as well: in "backs Ortiz, who says the plan is fair" the
	// parse hangs the relative clause on the name, and the clause is
	// Ortiz's attribution, not what was backed.
	from := c.lo + 2
	if c.frame == FrameObj || c.frame == FrameAbout {
		from = c.lo + 1
	}
	for t := from; t < c.hi; t++ {
		if u := w.enclosedRelative(t, c); u > t {
			t = u // "that the mayor, who chairs the port, would block the plan"
			continue
		}
		if u := w.subjectAside(c.lo, t, c.hi); u > t && c.frame == FrameCcomp {
			t = u
			continue
		}
		if w.word(t) == "," && w.inQuote[t] < 0 && (w.opensAside(t+1, c.hi) && !w.clauseAfterFronted(c, t+1) || w.opensSequel(t+1, c.hi)) && t+1 < c.hi ||
			w.lastDash(t, c.lo, c.hi) {
			c.hi = t
			w.trimRegion(c)
			return
		}
	}
	t := c.hi
	for ; t < end; t++ {
		wd := w.word(t)
		if u := w.closingDash(t, end); u > t {
			t = u // a pair of dashes sets off an aside inside the content
			continue
		}
		if wd == ";" || w.endingDash(t) || w.inQuote[t] >= 0 {
			break
		}
		if u := w.subjectAside(c.lo, t, end); u > t && c.frame == FrameCcomp {
			t = u
			continue
		}
		if wd == "," && (w.opensAside(t+1, end) || w.opensSequel(t+1, end) || linear && t+1 < end && isVerbal(w.d.Tokens[t+1].UPOS)) {
			break
		}
	}
	c.hi = max(c.hi, t)
	w.trimRegion(c)
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
			if rel == "conj" && c.frame != FrameCcomp && w.nounConjunct(int(k)) {
				continue
			}
			if w.secondComplement(int(k)) || w.joinedSubject(c, int(k)) {
				continue
			}
			lo, _ := w.subtree(int(k))
			if lo > c.tok && lo < c.lo {
				// A conjunct holding the content's first words is the
				// content's clause hung on the cue ("testified, for
				// example, that she neither sent …"), not a next act.
				continue
			}
			end = min(end, max(lo, c.hi))
		}
	}
	return end
}

// secondComplement reports whether token k, a conjunct of a cue or the
// conjunction before one, opens a clause with a complementiser or a
// question word right after the conjunction ("said the fee would rise,
// but that the town would pay half", "described the delay and how it hurt
// the bakers"): a second complement of the cue that the parse hung on
// the cue, not the speaker's next act. On 250 PolNeAR train articles,
// 36 indirect contents run over such a conjunction and 2 stop before it.
func (w *work) secondComplement(k int) bool {
	lo, _ := w.subtree(k)
	t := lo
	for t < k && w.isPunct(t) {
		t++
	}
	if t >= len(w.d.Tokens) || w.d.Tokens[t].UPOS != "CCONJ" {
		return false
	}
	t++
	if t < len(w.d.Tokens) && w.lowWord(t) == "rather" {
		t++ // ", but rather that …"
	}
	if t >= len(w.d.Tokens) {
		return false
	}
	return complementOpeners[w.lowWord(t)]
}

// joinedSubject reports whether conjunct k of cue c, "say" with an object
// content, is the rest of a reported clause whose subject the parse split
// at its "and": "said four of her children and her husband will attend"
// parsed as "said [four of her children]" and "[her husband] will attend"
// (or with the first subject read as whom "said" addresses, and the
// second clause's adjective as the conjunct: "said the Lees and the
// trust had been open").
// The conjunct's own subject opens right after the conjunction, which
// follows the object with no comma, its verb is tensed, and the object is
// a noun phrase with no verb: what "say" takes as an object is mostly the
// first subject of a misread clause (not "said nothing and the crowd
// left", nor "said a few words, and the crowd cheered", nor "said prices
// rose and she blamed the banks", whose "she" opens the speaker's next
// act).
func (w *work) joinedSubject(c *cue, k int) bool {
	if c.key != "say" || c.frame != FrameObj || !w.finite(k) && !w.hasChildRel(k, "aux") && !w.hasChildRel(k, "aux:pass") && !w.hasChildRel(k, "cop") {
		return false
	}
	cc := c.hi
	if cc >= k || w.d.Tokens[cc].UPOS != "CCONJ" || w.lowWord(cc) != "and" && w.lowWord(cc) != "or" {
		return false
	}
	obj := -1
	for _, u := range w.children(c.tok) {
		if r := w.d.Tokens[u].Rel; (r == "obj" || r == "iobj") && int(u) >= c.lo && int(u) < c.hi {
			obj = int(u)
		}
	}
	switch {
	case obj < 0:
		return false
	case w.d.Tokens[obj].UPOS == "PRON":
		return false // "said nothing", "said so"
	case w.hasVerb(c.lo, c.hi):
		return false // "said the rates rose and she …": the clause was whole
	}
	for _, u := range w.children(k) {
		if r := w.d.Tokens[u].Rel; (r == "nsubj" || r == "nsubj:pass") && int(u) < k && w.d.Tokens[u].UPOS != "PRON" {
			lo, _ := w.subtree(int(u))
			return lo == cc+1
		}
	}
	return false
}

// complementOpeners open a second complement after a conjunction.
var complementOpeners = map[string]bool{
	"that": true, "whether": true, "how": true, "why": true, "what": true, "if": true,
}

// nounConjunct reports whether conjunct k of a verb is a noun phrase with
// no verb in it: the parser's attachment of a second object to the verb
// ("denounced the toll and its hidden fees"), not a second
// act of the speaker's.
func (w *work) nounConjunct(k int) bool {
	participle := false
	switch w.d.Tokens[k].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
	case "VERB":
		if participle = w.participleWithOwner(k); !participle {
			return false
		}
	default:
		return false
	}
	lo, hi := w.subtree(k)
	for t := lo; t < k; t++ {
		switch l := w.lowWord(t); {
		case l == "but", l == "yet", w.d.Tokens[t].UPOS == "ADP":
			return false // ", but not the fees", "and from …": the writer's
		}
	}
	if participle {
		for t := lo; t < hi; t++ {
			if w.finiteAt(t) {
				return false
			}
		}
		return true
	}
	return !w.isClause(k) && !w.hasVerb(lo, hi)
}

// participleWithOwner reports whether verb k is a participle in -ing
// with no auxiliary whose subject, as parsed, is a possessive or a noun
// with a possessive before it: "mocked the party and its leading
// candidates" (the adjective read as a verb, "its" as its subject),
// "noted the floods and her work bringing jobs to the valley". No clause
// has a possessive for its subject, nor a participle for its only verb,
// so the conjunct is a second object, not the speaker's next act ("… and
// made it clear", "… and criticising the toll", whose verb has no
// subject of its own). Not after a plain noun ("condemned the raids and
// the council sending police to the camp"): that is as often the
// writer's next clause with its verb's auxiliary left out.
func (w *work) participleWithOwner(k int) bool {
	if w.d.Tokens[k].XPOS != "VBG" {
		return false
	}
	owner := false
	for _, u := range w.children(k) {
		tk := &w.d.Tokens[u]
		switch tk.Rel {
		case "aux", "aux:pass", "cop", "mark":
			return false
		case "nsubj":
			owner = int(u) < k && (tk.XPOS == "PRP$" || isNominal(tk.UPOS) && w.hasChildRel(int(u), "nmod:poss"))
		}
	}
	return owner
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
	if asideWords[w.lowWord(t)] {
		return true
	}
	if u := w.asideVerb(t, end); u >= 0 {
		return w.lex.Score(w.lemma(u), FrameParataxis) >= minReportedCue
	}
	return false
}

// claimsPrize reports whether verb v is "claim" or "defend" with a prize
// or a place won for its object ("claimed her third title", "claims the
// first set", "claimed top spot", "defends her crown"): sport and chart
// news, where the verb is winning or competing, not saying.
func (w *work) claimsPrize(v, obj int) bool {
	switch w.lemma(v) {
	case "claim", "defend":
		return prizeNouns[w.lemma(obj)]
	}
	return false
}

// signsPlayer reports whether verb v is "sign" with a person, a name or a
// team for its object ("The club signed the striker", "Rovers sign Ruiz
// on loan"): sport and business news hiring someone. A document signed
// ("signed the letter", "signed the bill") is a statement of its
// signers and stays a cue.
func (w *work) signsPlayer(v, obj int) bool {
	if w.lemma(v) != "sign" {
		return false
	}
	o := &w.d.Tokens[obj]
	if o.UPOS == "PROPN" {
		return true
	}
	switch syntax.NounSense(o.Lemma) {
	case syntax.NounPerson, syntax.NounGroup:
		return o.UPOS == "NOUN"
	}
	return false
}

// prizeNouns are what is won: titles, medals, places and points. Not a
// victory or a lead, which a campaign claims by saying so ("claimed
// victory in the debate"; PolNeAR annotates those).
var prizeNouns = map[string]bool{"title": true, "crown": true, "spot": true, "place": true, "medal": true,
	"gold": true, "silver": true, "bronze": true, "trophy": true, "cup": true, "prize": true,
	"championship": true, "set": true, "break": true, "point": true, "wicket": true, "pole": true,
	"double": true, "treble": true, "slam": true, "honours": true, "final": true}

// timeAlone reports whether the prepositional phrase headed by k is a
// time that nothing follows in its clause ("…, the company said on
// Monday."): no content, so the verb is read as the closing attribution
// it is. A time with a phrase after it keeps its old reading, content
// running on over that phrase ("learned on Friday of the plan").
func (w *work) timeAlone(k int) bool {
	if !w.isTimeTok(k) {
		return false
	}
	for _, x := range w.children(k) {
		switch w.d.Tokens[x].Rel {
		case "case", "det", "amod", "nummod", "compound", "punct":
		default:
			return false // "said Tuesday that …" with the clause hung on the day
		}
	}
	_, hi := w.subtree(k)
	end := w.d.Sentences[w.sentOf[k]].EndToken
	return hi >= end || w.word(hi) == "," || w.words(hi, end) == 0
}

// linearClause makes cue c's content the clause read from the words from
// token t on, to where extendRight ends it; t is "that" or the clause's
// first word.
func (w *work) linearClause(c *cue, t int, that bool) bool {
	first := t
	if that {
		first = t + 1
	}
	c.frame = FrameCcomp
	c.lo, c.hi = first, first+1
	w.trimRegion(c)
	w.extendRight(c, true)
	c.lo = t
	return c.hi > c.lo
}
