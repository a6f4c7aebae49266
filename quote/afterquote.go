package quote

import "strings"

// quotationEnd is where the quotations a cue made end: the last of two
// words or more (multi), the last single quoted word (word); 0 for none.
// first is where its first quotation starts.
type quotationEnd struct{ multi, word, first int }

// quotationEnds maps the cue of each quotation in cands to where its
// quotations end.
func (w *work) quotationEnds(cands []cand) map[int]quotationEnd {
	ends := map[int]quotationEnd{}
	for _, q := range cands {
		if q.cue < 0 {
			continue
		}
		e, seen := ends[q.cue]
		if !seen || q.span.Start < e.first {
			e.first = q.span.Start
		}
		if len(strings.Fields(w.d.Slice(q.span))) >= 2 {
			e.multi = max(e.multi, q.span.End)
		} else {
			e.word = max(e.word, q.span.End)
		}
		ends[q.cue] = e
	}
	return ends
}

// afterQuotation reports whether cue c, a verb, comes after the last
// quotation cue oi made (see quotationEnds). A quoted word alone ("“false”
// claims", the term “urban”) is as often a scare quote as speech, and
// frees only the speaker's next acts: verbs joined to the cue
// ("described the plan as “reckless,” denounced the board and said she
// would resign").
func (w *work) afterQuotation(c *cue, oi int, quoteEnd map[int]quotationEnd) bool {
	e := quoteEnd[oi]
	end := e.multi
	if end == 0 && e.word > 0 && w.conjoinedTo(c.tok, w.cues[oi].tok) {
		end = e.word
	}
	return end > 0 && w.d.Tokens[c.tok].Start >= end && w.d.Tokens[c.tok].UPOS == "VERB"
}

// beforeIntroduced reports whether cue c comes before cue oi, which made
// quotations that all follow it ("Okafor said the club made no offer, and
// when asked if the fee was fair, she replied, “…”"; "As soon as Lee
// pointed out that …, Ruiz shot back, “…”"): such a cue reports the
// quotation after it, not the clause the parse hangs it on, so a cue in
// that clause is not nested in it. Not a cue in its subject ("Plans to
// sell the port were branded “reckless” by the union": the passive's
// subject is what was branded), nor before an "as" cue, which reports the
// sentence around it ("…, as Lee put it, “…”").
func (w *work) beforeIntroduced(c *cue, oi int, quoteEnd map[int]quotationEnd) bool {
	e, ok := quoteEnd[oi]
	o := &w.cues[oi]
	if !ok || c.tok >= o.tok || w.d.Tokens[o.last].End > e.first || w.hasMark(o.tok, "as") {
		return false
	}
	for _, k := range w.children(o.tok) {
		switch w.d.Tokens[k].Rel {
		case "nsubj", "nsubj:pass", "csubj", "csubj:pass":
			if w.dominates(int(k), c.tok) {
				return false
			}
		}
	}
	return true
}

// conjoinedTo reports whether verb v is joined to verb to by a chain of
// conjuncts ("described …, denounced … and said": "said" to "described").
func (w *work) conjoinedTo(v, to int) bool {
	for step := 0; step < 6 && v >= 0; step++ {
		if v = w.conjHead(v); v == to {
			return true
		}
	}
	return false
}
