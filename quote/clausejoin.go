package quote

// Where a reported clause ends when another clause with a subject of its
// own follows it in the same sentence: parsers often hang that clause on
// the content's verb (as a conjunct, or as the complement's complement),
// so the content as parsed, and the end extendRight gives it, runs on over
// it.

// cutJoinedClause ends every end of cue c's content, a content after its
// cue, before a comma that opens another clause with a subject of its own:
//
//   - after ", and" or ", but" when the content is a noun phrase or an
//     open clause ("opposes the levy, and three of its backers sit on the
//     board", "plans to sell the farm, but it is unlikely …"): a clause
//     with its own subject is no part of either. After a reported clause
//     ("said the fee was fair, but more work lay ahead") the next one is
//     as often more of the report, in British news more often than not,
//     and it stays; so does a second complement ("…, but that …", see
//     secondComplement);
//   - at the end of a subordinate clause that holds the cue ("While
//     critics argue that the toll is too high, the mayor has defended
//     it"): the main clause is the writer's.
//
// Only after the content's first finite verb, so that a comma inside its
// subject or an opening phrase ("that, in theory, the plan works") ends
// nothing, and a list of subjects ("the fee, the toll, and the tax would
// rise") is not cut. Not in a content with quoted words: the quotation
// rules join those.
func (w *work) cutJoinedClause(c *cue) {
	hi := c.furthestEnd()
	if c.lo <= c.tok || w.quotedIn(c.lo, hi) {
		return
	}
	sub := w.subordinateClause(c.tok)
	phrase := c.frame == FrameObj || c.frame == FrameAbout || c.frame == FrameXcomp
	verb := c.frame == FrameObj || c.frame == FrameAbout
	for t := c.lo + 1; t+2 < hi; t++ {
		if !verb {
			verb = w.finiteAt(t)
			continue
		}
		if w.word(t) != "," || w.inQuote[t] >= 0 {
			continue
		}
		k := t + 1
		switch w.lowWord(k) {
		case "and", "but":
			if !phrase && !sub || complementOpeners[w.lowWord(k+1)] {
				continue
			}
			k++
		case "then":
			if !sub {
				continue
			}
			k++
		default:
			if !sub {
				continue
			}
		}
		if w.clauseStart(k, hi) {
			w.cutContentAt(c, t)
			return
		}
	}
}

// finiteAt reports whether token t is a tensed verb or auxiliary.
func (w *work) finiteAt(t int) bool {
	switch w.d.Tokens[t].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return isVerbal(w.d.Tokens[t].UPOS)
	}
	return false
}

// subordinateClause reports whether verb v heads a clause opened by a
// subordinating conjunction that may precede the main clause ("While
// critics argue …": see subordinators).
func (w *work) subordinateClause(v int) bool {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "mark" && int(k) < v && subordinators[lower(w.word(int(k)))] {
			return true
		}
	}
	return false
}

// endBeforeNextClause returns the first comma outside quotation marks in
// (from, end) after which a clause of its own opens ("…, and the board
// met"), or end: where a clause read from the tree ends before the
// writer's next one.
func (w *work) endBeforeNextClause(from, end int) int {
	for t := from + 1; t < end; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && w.clauseStart(t+1, end) {
			return t
		}
	}
	return end
}

// clauseStart reports whether the words from t open a clause with a
// subject of its own: a noun phrase or pronoun (no relative pronoun),
// then a tensed verb or modal within ten words ("the council has",
// "three of the members currently hold", "there is").
func (w *work) clauseStart(t, end int) bool {
	return w.subjectThenVerb(t, end, clauseReading{})
}

// clauseReading is how strictly subjectThenVerb reads a clause's opening.
type clauseReading struct {
	noRelative bool // no relative adverb, no clause on the subject's noun ("the reason she gave")
	short      bool // a subject of at most five words with no preposition
}

// subjectThenVerb reports whether the words from t are a noun phrase or
// pronoun (no relative pronoun) and then, within ten words, a tensed verb
// or modal, read as r says (see clauseStart and subjectVerbAt).
func (w *work) subjectThenVerb(t, end int, r clauseReading) bool {
	subj := false
	for u := t; u < end && u < t+10; u++ {
		tk := &w.d.Tokens[u]
		if r.noRelative && subj && (tk.UPOS == "PRON" || tk.UPOS == "DET") && isNominal(w.d.Tokens[u-1].UPOS) {
			return false // a clause on the noun: "the reason she gave"
		}
		switch {
		case tk.XPOS == "WP" || tk.XPOS == "WDT" || tk.XPOS == "WP$" || r.noRelative && tk.XPOS == "WRB" || w.inQuote[u] >= 0:
			return false
		case isVerbal(tk.UPOS):
			return subj && w.finiteAt(u)
		case isSubjectWord(tk.UPOS):
			subj = true
		case tk.UPOS == "ADP" && r.short, r.short && u >= t+5:
			return false
		case tk.UPOS == "ADP" || tk.UPOS == "CCONJ" || tk.UPOS == "PART" || tk.UPOS == "ADV":
			if !subj {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// cutObjectConjunct ends every end of cue c's content, an object or a
// prepositional object after its cue, before "and" or "or" and a tensed
// verb in the cue's own form ("talked about the budget and made a joke",
// "has pushed back on the charges and has worked to …"): a noun phrase
// holds no such verb, so it is the speaker's next act, whatever the parse
// hangs it on. Not after a relative clause in the content ("the plan that
// Lee drafted and Ruiz signed"), whose verbs it may join. Not before a
// participle ("seeking charges for fraud and making false claims": a
// gerund joins the nouns), nor after "but" (on BBC news the cut content
// then made a non-speech cue reportable, `wrote the song`; no PolNeAR
// train match turned on it).
func (w *work) cutObjectConjunct(c *cue) {
	if c.frame != FrameObj && c.frame != FrameAbout || c.lo <= c.tok {
		return
	}
	hi := c.furthestEnd()
	for t := c.lo + 1; t+1 < hi; t++ {
		tk := &w.d.Tokens[t]
		if tk.XPOS == "WDT" || tk.XPOS == "WP" || tk.XPOS == "WP$" || tk.UPOS == "SCONJ" || w.inQuote[t] >= 0 {
			return
		}
		switch w.lowWord(t) {
		case "and", "or":
		default:
			continue
		}
		if x := w.conjoinedVerb(t+1, hi); x >= 0 && w.sameForm(x, c.tok) && w.finite(x) {
			w.cutContentAt(c, t)
			return
		}
	}
}

// conjoinedVerb returns the verb that the words from t open, past adverbs
// and its auxiliaries ("never", "has"), -1 when they open none.
func (w *work) conjoinedVerb(t, end int) int {
	for u := t; u < end && u < t+4; u++ {
		switch w.d.Tokens[u].UPOS {
		case "VERB":
			return u
		case "ADV", "AUX", "PART":
		default:
			return -1
		}
	}
	return -1
}

// furthestEnd returns where the furthest of cue c's content ends ends
// (see setEnds): a cut must reach the ends the cue model may still pick.
func (c *cue) furthestEnd() int {
	hi := c.hi
	for _, e := range c.ends {
		hi = max(hi, e)
	}
	return hi
}
