package quote

// cutNextAct ends every end of cue c's content before a verb conjoined to
// the content's head that shows the cue's tense as its own (see ownForm)
// and not the head's: "says she will vote for Ruiz but has withheld her
// support", "is casting him as a rival and questioning his record".
// Parsers hang such a verb on the content's head as often as on the cue;
// with no subject of its own and the cue's tense, it is the speaker's
// next act, not more of what was said. When the content's head has the
// cue's tense too ("said the fee rose and fell"), either reading fits and
// the content stays whole.
func (w *work) cutNextAct(c *cue) {
	top := w.regionHead(c)
	if top < 0 {
		return
	}
	if e := w.nextSpeechAct(c, top); e >= 0 {
		w.cutContentAt(c, e)
		return
	}
	if w.quotedIn(c.lo, c.hi) {
		return
	}
	if w.sameForm(top, c.tok) {
		return
	}
	for t := c.lo + 2; t < c.hi; t++ {
		tk := &w.d.Tokens[t]
		if w.head(t) != top || tk.Rel != "conj" || tk.UPOS != "VERB" || !w.sameForm(t, c.tok) || !w.ownForm(t, c.tok) ||
			w.hasChildRel(t, "nsubj") || w.hasChildRel(t, "nsubj:pass") {
			continue
		}
		lo, _ := w.subtree(t)
		for lo < t && w.isPunct(lo) {
			lo++
		}
		switch w.lowWord(lo) {
		case "and", "but", "or":
		default:
			continue
		}
		w.cutContentAt(c, lo)
		return
	}
}

// sameForm reports whether predicate x shows the tense of verb v: its
// auxiliary or copula the tag of v's ("has withheld" after "has said" or
// "says"), or, with none, its own tag v's own ("and urging" after "was
// praising").
func (w *work) sameForm(x, v int) bool {
	if a := w.firstAux(x); a >= 0 {
		b := w.firstAux(v)
		if b < 0 {
			b = v
		}
		return w.d.Tokens[a].XPOS == w.d.Tokens[b].XPOS
	}
	return isVerbal(w.d.Tokens[x].UPOS) && w.d.Tokens[x].XPOS == w.d.Tokens[v].XPOS
}

// ownForm reports whether the tense of conjunct x is its own and not
// one it may share with the predicate it is joined to: x has an
// auxiliary of its own ("but has withheld"), or x and cue v are both
// participles ("casting … and questioning"). A bare past or present
// ("notes that he was first and has the most experience", "has not
// held dinners and never called") reads either way.
func (w *work) ownForm(x, v int) bool {
	return w.firstAux(x) >= 0 || w.d.Tokens[x].XPOS == "VBG" && w.d.Tokens[v].XPOS == "VBG"
}

// firstAux returns the first auxiliary or copula before predicate x, -1
// when it has none.
func (w *work) firstAux(x int) int {
	first := -1
	for _, k := range w.children(x) {
		switch w.d.Tokens[k].Rel {
		case "aux", "aux:pass", "cop":
			if int(k) < x && (first < 0 || int(k) < first) {
				first = int(k)
			}
		}
	}
	return first
}

// cutContentAt ends every end of cue c's content before token e, and
// before the punctuation that precedes it.
func (w *work) cutContentAt(c *cue, e int) {
	for e > c.lo && w.isPunct(e-1) {
		e--
	}
	for i := range c.ends {
		c.ends[i] = min(c.ends[i], e)
	}
	c.hi = min(c.hi, e)
	w.trimRegion(c)
}

// nextSpeechAct returns the conjunction before a verb conjoined to the
// content's head top that is the speaker's next attribution (see
// nextActOf), -1 when none.
func (w *work) nextSpeechAct(c *cue, top int) int {
	for t := c.lo + 2; t < c.hi; t++ {
		if w.head(t) == top && w.nextActOf(t) == c.tok {
			lo, _ := w.subtree(t)
			for lo < t && w.isPunct(lo) {
				lo++
			}
			return lo
		}
	}
	return -1
}

// nextActOf returns the cue verb whose content's head verb x is joined
// to when x is that cue's speaker's next attribution: "conceded that the
// aide had touched her but suggested that it was her own doing". x reports a
// clause of its own, has no subject and no auxiliary, shows the cue's
// form (the content's head has an auxiliary: a past perfect, a modal),
// and follows "and" or "but". Or x opens a quotation ("said the ferry
// runs late but added, “…”"), whatever the content's head shows. -1 when
// not.
func (w *work) nextActOf(x int) int {
	tk := &w.d.Tokens[x]
	top := w.head(x)
	if tk.Rel != "conj" || tk.UPOS != "VERB" || top < 0 || w.d.Tokens[top].Rel != "ccomp" {
		return -1
	}
	v := w.head(top)
	if v < 0 || w.d.Tokens[v].XPOS != tk.XPOS || w.lex.Score(w.lemma(v), FrameCcomp) < minReportedCue {
		return -1
	}
	if w.hasChildRel(x, "nsubj") || w.hasChildRel(x, "nsubj:pass") || w.firstAux(x) >= 0 {
		return -1
	}
	switch {
	case w.opensQuotation(x):
		// "said the ferry runs late but added, “…”": a verb that opens a
		// quotation is no part of a reported clause, whatever tense
		// the clause's head shows.
		if w.lex.Score(w.lemma(x), FrameQuote) < minReportedCue {
			return -1
		}
	case w.firstAux(top) < 0:
		return -1
	case w.lex.Score(w.lemma(x), FrameCcomp) < minReportedCue || !w.hasChildRel(x, "ccomp") && w.linearThat(x) < 0:
		return -1
	}
	lo, _ := w.subtree(x)
	for lo < x && w.isPunct(lo) {
		lo++
	}
	switch w.lowWord(lo) {
	case "and", "but":
		return v
	}
	return -1
}

// opensQuotation reports whether verb x is followed, past a comma or a
// colon, by the opening mark of a quotation: "…, adding, “…”".
func (w *work) opensQuotation(x int) bool {
	t := x + 1
	for t < len(w.d.Tokens) && w.inQuote[t] < 0 && (w.word(t) == "," || w.word(t) == ":") {
		t++
	}
	return t < len(w.d.Tokens) && w.sentOf[t] == w.sentOf[x] && w.quoted(t) >= 0 && (t == 0 || w.inQuote[t-1] != w.inQuote[t])
}
