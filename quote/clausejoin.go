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
//     ("said the fee was fair, but much work was needed") the next one is
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
	hi := c.hi // the furthest of its ends (see setEnds)
	for _, e := range c.ends {
		hi = max(hi, e)
	}
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
		switch lower(w.word(k)) {
		case "and", "but":
			if !phrase && !sub || complementOpeners[lower(w.word(k+1))] {
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

// clauseStart reports whether the words from t open a clause with a
// subject of its own: a noun phrase or pronoun (no relative pronoun),
// then a tensed verb or modal within ten words ("the council has",
// "three of the members currently hold", "there is").
func (w *work) clauseStart(t, end int) bool {
	subj := false
	for u := t; u < end && u < t+10; u++ {
		tk := &w.d.Tokens[u]
		switch {
		case tk.XPOS == "WP" || tk.XPOS == "WDT" || tk.XPOS == "WP$" || w.inQuote[u] >= 0:
			return false
		case isVerbal(tk.UPOS):
			return subj && w.finiteAt(u)
		case isSubjectWord(tk.UPOS):
			subj = true
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
