package quote

import (
	"strings"
)

// cue is a verb (or "according to") that holds content: the words of a
// region of tokens [lo, hi), minus the hole [holeLo, holeHi) where the cue's
// own clause sits inside its content ("The plan, he said, is dead").
type cue struct {
	tok, last      int // the cue's first and last token ("according" … "to")
	frame          Frame
	score          float64
	lo, hi         int
	holeLo, holeHi int
	subj           int // the subject's head token, -1
	listener       int // the listener's head token, -1
	// anchor is the token the subject search starts from: the cue verb, or
	// the source noun of "according to".
	source bool // subj is a source noun found directly ("according to X")
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
		t := &toks[i]
		if t.UPOS != "VERB" {
			continue
		}
		lemma := lower(t.Lemma)
		if !w.all && !w.lex.Known(lemma) {
			continue
		}
		c := cue{tok: i, last: i, subj: -1, listener: -1, holeLo: -1, holeHi: -1}
		if !w.complement(&c) {
			continue
		}
		if !w.all {
			if c.score = w.lex.Score(lemma, c.frame); c.score < minCue {
				continue
			}
		}
		c.last = w.particle(i)
		c.subj = w.subjectOf(i)
		c.listener = w.listenerOf(i, &c)
		w.cues = append(w.cues, c)
	}
}

// complement finds the content a cue verb holds and its frame, in order of
// preference: a clause (ccomp, or a clause after a colon: parataxis), an
// object with an open clause (xcomp), a bare object, and finally the clause
// the verb itself interrupts or follows (the verb is parataxis of it).
func (w *work) complement(c *cue) bool {
	v := c.tok
	ccomp, xcomp, obj := -1, -1, -1
	for _, k := range w.children(v) {
		switch rel := w.d.Tokens[k].Rel; {
		case rel == "ccomp" && ccomp < 0:
			ccomp = int(k)
		case rel == "parataxis" && ccomp < 0 && int(k) > v && w.colonBetween(v, int(k)):
			ccomp = int(k)
		case rel == "xcomp" && xcomp < 0:
			xcomp = int(k)
		case (rel == "obj" || rel == "iobj" && obj < 0) && obj < 0:
			obj = int(k)
		}
	}
	switch {
	case ccomp >= 0:
		c.frame = FrameCcomp
		c.lo, c.hi = w.subtree(ccomp)
		c.lo = w.skipMark(c.lo, ccomp)
	case xcomp >= 0 && w.isClause(xcomp):
		c.frame = FrameXcomp
		c.lo, c.hi = w.subtree(xcomp)
		if obj >= 0 && obj < xcomp {
			// "urged Ukraine to relinquish Crimea": the addressee is part of
			// what was urged.
			olo, _ := w.subtree(obj)
			c.lo = min(c.lo, olo)
		}
	case obj >= 0 && obj > v:
		c.frame = FrameObj
		c.lo, c.hi = w.subtree(obj)
	default:
		h := w.head(v)
		if h < 0 || w.d.Tokens[v].Rel != "parataxis" || w.sentOf[h] != w.sentOf[v] {
			return false
		}
		c.frame = FrameParataxis
		c.lo, c.hi = w.subtree(h)
		c.holeLo, c.holeHi = w.subtree(v)
		// The commas around the cue clause belong to neither side.
		for c.holeLo > c.lo && w.isPunct(c.holeLo-1) {
			c.holeLo--
		}
		for c.holeHi < c.hi && w.isPunct(c.holeHi) {
			c.holeHi++
		}
	}
	w.trimRegion(c)
	return c.hi > c.lo
}

// isClause reports whether an xcomp is a verb clause ("to relinquish"),
// not an adjective ("seemed tired").
func (w *work) isClause(x int) bool {
	switch w.d.Tokens[x].UPOS {
	case "VERB", "AUX":
		return true
	}
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; r == "mark" || r == "nsubj" || r == "cop" {
			return true
		}
	}
	return false
}

// colonBetween reports whether a colon lies between tokens a < b.
func (w *work) colonBetween(a, b int) bool {
	for t := a + 1; t < b; t++ {
		if w.word(t) == ":" {
			return true
		}
	}
	return false
}

// skipMark drops a complementiser "that" opening the content: the content
// is what was said, "that" is the writer's.
func (w *work) skipMark(lo, head int) int {
	if lo < head && w.d.Tokens[lo].Rel == "mark" && strings.EqualFold(w.word(lo), "that") {
		return lo + 1
	}
	return lo
}

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

// subtree returns the token range [lo, hi) spanned by token i and its
// descendants within i's sentence.
func (w *work) subtree(i int) (lo, hi int) {
	lo, hi = i, i+1
	stack := append(w.stack[:0], int32(i))
	for steps := 0; len(stack) > 0 && steps < len(w.d.Tokens); steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range w.children(int(x)) {
			if w.sentOf[k] != w.sentOf[i] {
				continue
			}
			lo, hi = min(lo, int(k)), max(hi, int(k)+1)
			stack = append(stack, k)
		}
	}
	w.stack = stack
	return lo, hi
}

// particle extends a phrasal cue over its particle ("pointed out").
func (w *work) particle(v int) int {
	last := v
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "compound:prt" && int(k) == last+1 {
			last = int(k)
		}
	}
	return last
}

// isAccordingTo reports whether token i starts "according to".
func (w *work) isAccordingTo(i int) bool {
	return i+1 < len(w.d.Tokens) && strings.EqualFold(w.word(i), "according") &&
		strings.EqualFold(w.word(i+1), "to") && w.sentOf[i+1] == w.sentOf[i]
}

// accordingTo makes the cue of "according to X": X is the source, the rest
// of X's clause is the content.
func (w *work) accordingTo(i int) {
	src := w.head(i)
	if src <= i+1 || w.sentOf[src] != w.sentOf[i] {
		// Unparsed or odd parse: the noun after "to".
		src = -1
		for t := i + 2; t < len(w.d.Tokens) && w.sentOf[t] == w.sentOf[i]; t++ {
			if w.isPunct(t) {
				break
			}
			src = t
		}
		if src < 0 {
			return
		}
	}
	c := cue{tok: i, last: i + 1, frame: FrameParataxis, subj: src, listener: -1, source: true}
	plo, phi := w.subtree(src)
	plo = min(plo, i)
	if h := w.head(src); h >= 0 && w.sentOf[h] == w.sentOf[i] {
		c.lo, c.hi = w.subtree(h)
	} else {
		s := w.d.Sentences[w.sentOf[i]]
		c.lo, c.hi = s.FirstToken, s.EndToken
	}
	c.lo, c.hi = min(c.lo, plo), max(c.hi, phi)
	c.holeLo, c.holeHi = plo, phi
	for c.holeLo > c.lo && w.isPunct(c.holeLo-1) {
		c.holeLo--
	}
	for c.holeHi < c.hi && w.isPunct(c.holeHi) {
		c.holeHi++
	}
	w.trimRegion(&c)
	// The phrase at an edge is not inside the content: cut it off.
	if c.holeLo >= 0 && c.holeLo <= c.lo {
		c.lo, c.holeLo, c.holeHi = c.holeHi, -1, -1
	} else if c.holeHi >= c.hi {
		c.hi, c.holeLo, c.holeHi = c.holeLo, -1, -1
	}
	w.trimRegion(&c)
	if c.hi <= c.lo {
		return
	}
	c.score = accordingScore
	w.cues = append(w.cues, c)
}

// accordingScore: "according to X" is a source phrase nearly every time.
const accordingScore = 0.95
