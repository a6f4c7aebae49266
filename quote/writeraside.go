package quote

// trailingGloss returns where the content of reported cue c ends when it
// closes with an indefinite noun phrase set off by a comma: the writer's
// gloss on a noun of the content or on the whole clause ("said she would
// back Ruiz, a former judge from Tarnow", "said the mill would close, a
// blow to the valley"), not what was said. The comma is returned; c.hi
// when the content has no such gloss.
//
// The phrase must be a whole phrase of the parse hung on a word before
// the comma: exactly one of its words has its head outside it, a noun
// that is not a subject (", a storm hit the port" is a clause of its
// own). Only a lower-case "a"/"an" opens it: a definite noun phrase after
// a comma is as often a list's next item or the subject of the clause that
// follows, and a capital opens a title ("…, A Long Winter"). A phrase
// with a comma, or with "and"/"or" before its first verb or relative
// pronoun, is a list's last items ("blamed the rain, a late harvest and
// dear fuel"), not a gloss.
//
// The cut is applied after the cue model has decided on the content
// (reported), so that a shorter content does not change whether the cue
// is reported.
func (w *work) trailingGloss(c *cue) int {
	e := c.hi
	for e > c.lo && w.isPunct(e-1) {
		e--
	}
	for t := max(c.lo+1, c.holeHi); t+2 < e; t++ {
		if w.word(t) != "," || w.inQuote[t] >= 0 {
			continue
		}
		if d := w.word(t + 1); d != "a" && d != "an" || w.d.Tokens[t+1].UPOS != "DET" {
			continue
		}
		if w.glossPhrase(t, t+1, e) {
			return t
		}
	}
	return c.hi
}

// glossPhrase reports whether tokens [lo, hi) are one noun phrase hung on
// a word before comma: its one word headed from outside is a noun, not a
// subject, whose head lies before the comma; no word is quoted.
func (w *work) glossPhrase(comma, lo, hi int) bool {
	top := -1
	for k := lo; k < hi; k++ {
		if w.inQuote[k] >= 0 || w.word(k) == "," {
			return false
		}
		if h := w.head(k); h >= lo && h < hi {
			continue
		}
		if top >= 0 {
			return false
		}
		top = k
	}
	if top < 0 {
		return false
	}
	tk := w.d.Tokens[top]
	if tk.UPOS != "NOUN" && tk.UPOS != "PROPN" {
		return false
	}
	switch tk.Rel {
	case "nsubj", "nsubj:pass", "csubj", "conj":
		return false
	}
	// "and" or "or" before any verb or relative pronoun joins a list's
	// items, however the parse hangs them.
	for k := lo; k < hi; k++ {
		if w.d.Tokens[k].UPOS == "VERB" || w.d.Tokens[k].UPOS == "AUX" || isRelativePronoun(w.word(k)) {
			break
		}
		if wd := w.word(k); wd == "and" || wd == "or" {
			return false
		}
	}
	h := w.head(top)
	return h >= 0 && h < comma
}
