package quote

import "dateline/text"

// closingIt finds who the "it" of an attribution closing its sentence is
// when the entity stage left the pronoun open or gave it a place named
// inside the words it reports ("Acme Rail will cut 300 jobs at its depot
// in Leeds, it said", "it" given Leeds, or open and then given the last
// body or place named): the subject of the reported clause, when that is
// no person — a firm, an agency, a bank, a country ("Ruritania will
// answer the attack from Dunmore, it said"). Company and agency news end
// sentences this way all the time. An open "it" right after a quote of
// someone else's is left to the pronoun rules, which keep to the speaker
// just quoted ("“…,” the regulator said. The union, in particular, was
// late, it noted." is the regulator's). It returns the entity, or -1 when
// the rule does not apply.
func (w *work) closingIt(cu *cue, e int, before []text.Quote) int {
	if cu.subj < 0 || cu.tok < cu.hi || w.lowWord(cu.subj) != "it" ||
		e >= 0 && !w.placeIn(e, cu.lo, cu.hi) {
		return -1
	}
	if n := len(before); e < 0 && n > 0 && before[n-1].Speaker >= 0 && w.near(before[n-1].End, w.d.Tokens[cu.subj].Start) {
		return -1
	}
	h := w.regionHead(cu)
	if h < 0 {
		return -1
	}
	s := w.subjectOf(h)
	if s < cu.lo || s >= cu.hi || w.inQuote[s] >= 0 {
		return -1
	}
	se := w.entityOf(s)
	if se < 0 || se == e || !oneOf(w.d.Entities[se].Type, []string{"ORG", "GPE"}) {
		return -1 // not "The plan would cost Leeds …, it said"
	}
	return se
}

// placeIn reports whether entity e is a place with a mention in tokens
// [lo, hi).
func (w *work) placeIn(e, lo, hi int) bool {
	if e < 0 || e >= len(w.d.Entities) || !oneOf(w.d.Entities[e].Type, []string{"GPE", "LOC"}) {
		return false
	}
	span := text.Span{Start: w.d.Tokens[lo].Start, End: w.d.Tokens[hi-1].End}
	for _, m := range w.d.Mentions {
		if m.Entity == e && m.Start >= span.Start && m.End <= span.End {
			return true
		}
	}
	return false
}
