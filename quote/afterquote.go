package quote

import "strings"

// quotationEnd is where the quotations a cue made end: the last of two
// words or more (multi), the last single quoted word (word); 0 for none.
type quotationEnd struct{ multi, word int }

// quotationEnds maps the cue of each quotation in cands to where its
// quotations end.
func (w *work) quotationEnds(cands []cand) map[int]quotationEnd {
	ends := map[int]quotationEnd{}
	for _, q := range cands {
		if q.cue < 0 {
			continue
		}
		e := ends[q.cue]
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
