package quote

// siblingClause finds the clause a speech verb with no complement reports
// when the parse hung that clause beside the verb instead of below it:
// "stood with the bakers, arguing the levy broke the charter" with "broke"
// a second adverbial clause of "stood". The clause must open right after
// the verb with its own subject and hang as the verb does (an adverbial
// clause, a conjunct or parataxis, or a complement of a head that is no
// speech verb: "denied it, saying he was not …" with "was" a complement
// of "denied" is the denial's) from the verb's head, after it. The verb
// must take a clause and be active: a past participle with no "have" is
// a passive or names a thing ("their album called They Left Early").
// It returns the clause's first token, or -1.
func (w *work) siblingClause(v int) int {
	if w.lex.Score(w.lemma(v), FrameCcomp) < minReportedCue || w.hasChildRel(v, "mark") ||
		w.d.Tokens[v].XPOS == "VBN" && !w.perfect(v) || !siblingRels[w.d.Tokens[v].Rel] {
		return -1
	}
	h, first := w.head(v), v+1
	s := w.d.Sentences[w.sentOf[v]]
	if h < 0 || first >= s.EndToken || w.inQuote[first] >= 0 || !isSubjectWord(w.d.Tokens[first].UPOS) {
		return -1
	}
	for _, k := range w.children(h) {
		k := int(k)
		if k <= v || !isVerbal(w.d.Tokens[k].UPOS) {
			continue
		}
		if r := w.d.Tokens[k].Rel; !siblingRels[r] && (r != "ccomp" || w.lex.Score(w.lemma(h), FrameCcomp) >= minReportedCue) {
			continue
		}
		if lo, _ := w.subtree(k); lo != first || w.hasChildRel(k, "mark") || w.hasChildRel(k, "cc") {
			continue
		}
		for _, j := range w.children(k) {
			if r := w.d.Tokens[j].Rel; (r == "nsubj" || r == "nsubj:pass") && int(j) >= first && int(j) < k {
				return first
			}
		}
	}
	return -1
}

// siblingRels are the relations of a verb and of the clause the parse
// hung beside it instead of below it.
var siblingRels = map[string]bool{"advcl": true, "conj": true, "parataxis": true}

// perfect reports whether past participle v has a "have" auxiliary and
// no passive one ("has said", not "was denied").
func (w *work) perfect(v int) bool {
	have := false
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "aux:pass", "nsubj:pass":
			return false
		case "aux":
			have = have || w.lemma(int(k)) == "have"
		}
	}
	return have
}
