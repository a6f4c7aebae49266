package quote

// A reported content read from the parse may run on into a quotation that
// another cue took: "She said that the plan works, to which Lee replied:
// “…”", "Ruiz suggested the fee was unfair – “…,” she said – and …",
// "He mocked the mayor, called the plan “a stunt” and left". reportable
// refuses a region that holds another's quote, so the whole report was
// lost, though the words before the other's clause are the cue's own.

// endBeforeOthersQuotation ends cue c's content before the first quotation
// in it that made a quote of another cue's:
//   - when that cue comes between c and the quotation, at the start of its
//     clause if punctuation or a conjunction sets the clause apart; for a
//     colon's quotation, the clause is the one the colon ends, and when that
//     is c's own content the content ends at the colon ("said she came up
//     with the slogan: “…”"), unless the verb before the colon introduces
//     quotations ("says she was told: “…”");
//   - else at the quotation's opening, if punctuation sets it apart, the
//     other cue sits in c's sentence and no verb that introduces quotations
//     comes right before the punctuation.
//
// It leaves c as it is when the quote is c's own or has no cue, when the
// other cue's clause holds c, or when fewer than minReportedWords words
// would be left.
func (w *work) endBeforeOthersQuotation(c *cue, out []cand) {
	if w.usedCue[c.tok] || c.frame == FrameQuote || c.hi <= c.lo || c.lo < c.tok {
		return
	}
	for t := c.lo; t < c.hi; t++ {
		k := w.quoted(t)
		if k < 0 || !c.inRegion(t) || w.stretches[k].quote < 0 {
			continue
		}
		oc := out[w.stretches[k].quote].cue
		if oc < 0 || w.cues[oc].tok == c.tok {
			return
		}
		end := t
		o := w.cues[oc].tok
		if o > c.tok && o < t {
			v := o
			if w.isPunct(o) {
				v = w.verbAbove(o-1, c.tok) // a colon's quotation: the clause the colon ends
			}
			if v < 0 || v == c.tok {
				return
			}
			lo, _ := w.subtree(v)
			for lo = min(lo, v); lo < v && w.opensApart(lo); lo++ {
			}
			switch {
			case lo > c.tok+1 && w.opensApart(lo-1):
				end = lo
			case v != o && lo <= c.tok+1 && w.dominates(c.tok, v) && !w.introducesQuote(v):
				// The cue's own clause up to the colon ("said she came up
				// with the slogan: “…”"); not when the verb before the colon
				// introduces the quotation ("says she was told: “…”").
				end = o
			default:
				return // a clause inside the content ("recalls what her coach told her: “…”")
			}
		} else if t < 2 || !setsApart(w.word(t-1)) || w.sentOf[o] != w.sentOf[c.tok] || w.introducesQuote(t-2) {
			// (A quotation after "replied:" is the verb's, whatever cue
			// the quotation rules gave it.)
			return
		}
		for end > c.lo && (w.isPunct(end-1) || w.d.Tokens[end-1].UPOS == "CCONJ") {
			end--
		}
		if w.words(c.lo, end) < minReportedWords {
			return
		}
		c.hi, c.ends = end, [nEnds]int{}
		w.trimRegion(c)
		return
	}
}

// verbAbove returns the first verb at or above token x in the parse, cue
// when the climb reaches it, or -1.
func (w *work) verbAbove(x, cue int) int {
	for n := 0; x >= 0 && n < 50; n++ {
		if x == cue || isVerbal(w.d.Tokens[x].UPOS) {
			return x
		}
		x = w.head(x)
	}
	return -1
}

// introducesQuote reports whether token t is a verb that introduces
// quotations ("replied: “…”").
func (w *work) introducesQuote(t int) bool {
	return w.d.Tokens[t].UPOS == "VERB" && w.lex.Score(w.lemma(t), FrameQuote) >= minCommaCue
}

// opensApart reports whether token t, punctuation or a conjunction, sets
// the clause after it apart from the words before.
func (w *work) opensApart(t int) bool {
	return w.isPunct(t) || w.d.Tokens[t].UPOS == "CCONJ"
}

// setsApart reports whether a punctuation word before a quotation's mark
// sets the quotation apart from the clause before it.
func setsApart(wd string) bool {
	return wd == "," || wd == ":" || wd == ";" || isDashWord(wd)
}
