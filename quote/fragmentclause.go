package quote

import "dateline/text"

// A quoted fragment inside a reported clause (`said the levy would
// “ruin the bakers” by spring`): when the writer's words outnumber the
// quoted ones, the clause is the report, its claim, and the fragment only
// how part of it was worded. The record is then the clause, kind
// indirect, with the fragment's cue, speaker and listener; a fragment
// that is most of its clause stays a partial quote of the fragment.

// fragmentClauses turns each partial quote whose fragments lie inside the
// clause its cue reports, and are fewer than half of that clause's
// words, into the reported clause.
func (w *work) fragmentClauses(cands []cand) []cand {
	for i := range cands {
		q := &cands[i]
		if q.kind != text.QuotePartial || q.cue < 0 {
			continue
		}
		c := &w.cues[q.cue]
		lo, hi, ok := w.fragmentClause(c, q)
		if !ok {
			continue
		}
		r := cand{span: text.Span{Start: w.d.Tokens[lo].Start, End: w.d.Tokens[hi-1].End}, kind: text.QuoteIndirect,
			cue: q.cue, first: lo, conf: 0.3 + 0.6*w.clauseProb(c)}
		if lo == c.lo && hi == c.hi {
			r.parts = w.aroundSource(c)
		}
		*q = r
	}
	return cands
}

// fragmentClause returns the tokens [lo, hi) of the clause cue c reports
// that holds the fragments of partial quote q, and whether the quoted
// words are fewer than half of its words.
func (w *work) fragmentClause(c *cue, q *cand) (lo, hi int, ok bool) {
	if !w.fragmentFrame(c) {
		return 0, 0, false
	}
	first, end := tokenAt(w.d.Tokens, q.span.Start), tokenAt(w.d.Tokens, q.span.End-1)
	last := end
	for last > first && w.isPunct(last) {
		last-- // a period or comma inside the marks (`… “works.”`) is no word of the clause
	}
	if last < first || !c.inRegion(first) || !c.inRegion(last) {
		return 0, 0, false
	}
	for t := first + 1; t < last; t++ {
		if w.inQuote[t] < 0 && w.nextAct(t) {
			// Fragments of two acts of the speaker's (`said it was “a
			// mess” and urged voters to “vote it down”`): no one clause.
			return 0, 0, false
		}
	}
	lo, hi = c.lo, c.hi
	x := w.complementHead(c, first)
	if x == -2 || x == -1 && c.frame != FrameParataxis {
		// Another report between (-2), or a complement the parse does
		// not hang on its cue (-1): only a closing attribution or a
		// source phrase hangs on the clause it reports.
		return 0, 0, false
	}
	if x >= 0 {
		// The clause's subject the parse hung on the cue (`said fees
		// were “a scandal”`, see strandedsubject.go) is the clause's.
		stranded := -1
		if c.frame == FrameCcomp {
			stranded = w.strandedSubject(c.tok, w.particle(c.tok), x)
		}
		if x >= first && x <= last && !w.subjectOutside(x, first) && stranded < 0 {
			// The quoted words are the complement (`yelled “…” at
			// the crowd`, `called him “a fraud”`): the words around
			// them are the cue's, not a clause's.
			return 0, 0, false
		}
		sl, _ := w.subtree(x)
		if stranded >= 0 {
			sl = min(sl, stranded)
		}
		lo = max(lo, sl)
	}
	if hi <= w.closingMark(last)+1 {
		// The content was cut at the quotation (see setEnds), and
		// parsers hang what follows it on the cue as often as on the
		// clause (`said the fee was “unfair” to bakers`): the clause
		// runs on to where the cue's phrase ends, up to where
		// fragmentTail stops it.
		_, sh := w.subtree(c.tok)
		se := w.d.Sentences[w.sentOf[c.tok]].EndToken
		for se > hi && w.isPunct(se-1) {
			se--
		}
		hi = max(hi, min(sh, se))
	}
	if first < lo || last >= hi {
		return 0, 0, false
	}
	hi = max(w.fragmentTail(end, hi), min(w.closingMark(end)+1, len(w.d.Tokens)))
	for lo < first && w.inQuote[lo] < 0 && (w.isPunct(lo) || w.d.Tokens[lo].UPOS == "CCONJ") {
		lo++ // `, would …`, `and showed …`: a content opens with a word of its own
	}
	words, quoted := 0, 0
	for t := lo; t < hi; t++ {
		if !c.inRegion(t) || !isWordToken(w.d.Text, w.d.Tokens[t]) {
			continue
		}
		words++
		if w.quoted(t) >= 0 {
			quoted++
		}
	}
	return lo, hi, 2*quoted < words
}

// subjectOutside reports whether the clause headed by x has its subject
// before the quoted tokens from first: the writer names what the
// quoted predicate is said of (`said the fee was “a scandal”`). Any
// subject in the clause before the fragment counts, as parsers hang it on
// an auxiliary now and then.
func (w *work) subjectOutside(x, first int) bool {
	lo, _ := w.subtree(x)
	for k := lo; k < first; k++ {
		if r := w.d.Tokens[k].Rel; r == "nsubj" || r == "nsubj:pass" {
			return true
		}
	}
	return false
}

// complementHead returns the head of the clause cue c holds that token t
// lies in: the token reached from t up the parse whose head is the cue.
// -1 when the climb never reaches the cue (a closing attribution or a
// source phrase hangs on the clause it reports, and its region is the
// clause); -2 when it passes through another speech verb first (`said
// Lee had called it “a farce”` inside a wider cue's content: the inner
// report is not the cue's clause).
func (w *work) complementHead(c *cue, t int) int {
	return w.cueChildAbove(t, c.tok, func(h int) bool { return !c.inRegion(h) })
}

// cueChildAbove climbs the parse from token t towards cue token v and
// returns the token on the way whose head is v: -1 when the climb ends
// elsewhere (the root, a head for which outside reports true, or twelve
// steps), -2 when it passes another speech verb first.
func (w *work) cueChildAbove(t, v int, outside func(h int) bool) int {
	for step := 0; step < 12; step++ {
		h := w.head(t)
		if h < 0 {
			return -1
		}
		if h == v {
			return t
		}
		if outside != nil && outside(h) {
			return -1
		}
		if w.d.Tokens[h].UPOS == "VERB" && w.inQuote[h] < 0 &&
			w.lex.Score(w.lemma(h), FrameCcomp) >= minCommaCue {
			return -2
		}
		t = h
	}
	return -1
}

// fragmentTail returns where the reported clause ends when the words
// after its last fragment (last, the fragment's last token) up to hi
// turn to the speaker's next act or the writer's aside rather than more
// of the claim: a speech verb conjoined with no subject of its own (`…
// and argued that …`), a clause opened by before, as, while or a
// concession (`… before leaving`, `… as the vote nears`), a participle or
// a relative clause after a comma, a dash or a semicolon. The clause ends
// before it, and before the punctuation there.
func (w *work) fragmentTail(last, hi int) int {
	end := w.closingMark(last) + 1
	cut := hi
scan:
	for t := end; t < hi; t++ {
		if w.inQuote[t] >= 0 {
			continue
		}
		wd := w.word(t)
		switch {
		case wd == ";" || w.endingDash(t):
			cut = t
			break scan
		case wd == "," && t+1 < hi && w.asideAfterComma(t+1, hi):
			cut = t
			break scan
		case t == end && w.word(last) == "," && w.asideAfterComma(t, hi):
			cut = t // the comma inside the marks: `“…,” claiming …`
			break scan
		}
		if w.d.Tokens[t].UPOS != "VERB" {
			continue
		}
		if w.markedBy(t, "before", "as", "while", "though", "although", "whereas") || w.nextAct(t) {
			lo, _ := w.subtree(t)
			cut = max(lo, end)
			break scan
		}
	}
	for cut > end && w.inQuote[cut-1] < 0 && (w.isPunct(cut-1) || w.d.Tokens[cut-1].UPOS == "CCONJ") {
		cut--
	}
	return cut
}

// nextAct reports whether token t is a verb that introduces speech
// conjoined with no subject of its own (`… and urged …`, `… and praised
// …`): the speaker's next act, not more of the clause, however the parse
// hangs it.
func (w *work) nextAct(t int) bool {
	tok := &w.d.Tokens[t]
	return tok.UPOS == "VERB" && tok.Rel == "conj" && !w.hasSubject(t) && w.lex.Score(w.lemma(t), FrameQuote) >= minCommaCue
}

// asideAfterComma reports whether the words from t, after a comma, are
// the writer's aside or the speaker's next act: a relative clause, a
// concession, an attribution (writersAside) or a participle (`, claiming
// …`, `, noting …`).
func (w *work) asideAfterComma(t, hi int) bool {
	return w.writersAside(t, hi) || w.d.Tokens[t].XPOS == "VBG"
}

// closingMark returns the last token of the quotation token t is in: its
// closing mark, or t when t is quoted by no mark.
func (w *work) closingMark(t int) int {
	k := w.inQuote[t]
	for k >= 0 && t+1 < len(w.d.Tokens) && w.inQuote[t+1] == k {
		t++
	}
	return t
}

// markedBy reports whether clause v is opened by one of the words.
func (w *work) markedBy(v int, words ...string) bool {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "mark" && w.isWordIn(int(k), words) {
			return true
		}
	}
	return false
}

// fragmentFrame reports whether cue c holds a clause as its content: a
// complement clause (`said that …`, `said …`), an open clause (`urged
// voters to …`), or the clause of a closing attribution or source phrase.
// An object (`called the plan “a disgrace”`) is no clause: its fragment
// stays the quote.
func (w *work) fragmentFrame(c *cue) bool {
	if c.hi <= c.lo {
		return false
	}
	switch c.frame {
	case FrameCcomp, FrameXcomp, FrameParataxis:
		return true
	}
	return false
}

// clauseProb is the cue model's probability for cue c's clause as
// reported speech (its lexicon score with no model).
func (w *work) clauseProb(c *cue) float64 {
	if w.model == nil {
		return c.score
	}
	w.sink.reset(w.model)
	w.cueFeatures(c, &w.sink)
	return sigmoid(w.sink.sum)
}
