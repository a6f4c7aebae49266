package quote

// siblingClause finds the clause a speech verb with no complement reports
// when the parse hung that clause beside the verb instead of below it:
// "stood with the bakers, arguing the levy broke the charter" with "broke"
// a second adverbial clause of "stood". The clause must open right after
// the verb with its own subject and hang as the verb does (an adverbial
// clause, a conjunct or parataxis, or a complement of a head that is no
// speech verb: "denied it, saying he was not …" with "was" a complement
// of "denied" is the denial's) from the verb's head, after it, or from
// the verb above a head that is no verb ("aside from saying …"). An
// adverbial clause may also hang on the clause it reports (see below).
// The verb must take a clause and be active: a past participle with no
// "have" is a passive or names a thing ("their album called They Left
// Early"); nor may it open a condition ("if they say …").
// It returns the clause's first token and, when the clause is a subtree
// of the parse, its end; the first token and -1 when the content is to
// be read from the words; -1, -1 for none.
func (w *work) siblingClause(v int) (first, end int) {
	if w.lex.Score(w.lemma(v), FrameCcomp) < minReportedCue || w.conditionalMark(v) ||
		w.d.Tokens[v].XPOS == "VBN" && !w.perfect(v) || !siblingRels[w.d.Tokens[v].Rel] {
		return -1, -1
	}
	h, first := w.head(v), v+1
	s := w.d.Sentences[w.sentOf[v]]
	if h < 0 || first >= s.EndToken || w.inQuote[first] >= 0 || !isSubjectWord(w.d.Tokens[first].UPOS) {
		return -1, -1
	}
	if h > v && w.d.Tokens[v].Rel == "advcl" {
		// The verb hangs on the very clause it reports, right after it:
		// "although they say they support the change" with "say" an
		// adverbial clause of "support". The verb has its own subject
		// and the clause's opens right after it, with no comma before
		// its verb: a participle ("Responding Friday, the firm said …")
		// or a subordinate clause with the main subject further on
		// ("When she thought the talks had ended, we …", "As he accused
		// the board of waste, Lee would not …" with "board" read as a
		// subject) is the writer's frame. The content is that clause.
		if w.finite(v) && w.hasSubject(v) && isVerbal(w.d.Tokens[h].UPOS) && w.subjectOpens(h, first) && !w.commaIn(first, h) {
			_, end := w.subtree(h)
			return first, w.endBeforeNextClause(h, end) // the main clause after it is the writer's
		}
		return -1, -1
	}
	// The clause hangs on the verb's head or higher: "refuses to name
	// them, aside from saying he wants …" with "wants" a complement of
	// "refuses". Not after "to" or "for", whose verb is another's
	// ("leads many to believe …", "suspended him for saying …").
	if !w.headSubjectMark(v) {
		return -1, -1
	}
	for a := h; a >= 0; a = w.head(a) {
		for _, k := range w.children(a) {
			k := int(k)
			if k <= v || !isVerbal(w.d.Tokens[k].UPOS) {
				continue
			}
			if r := w.d.Tokens[k].Rel; !siblingRels[r] && (r != "ccomp" || w.lex.Score(w.lemma(a), FrameCcomp) >= minReportedCue) {
				continue
			}
			if lo, _ := w.subtree(k); lo != first || w.hasChildRel(k, "mark") || w.hasChildRel(k, "cc") {
				continue
			}
			if w.subjectFrom(k, first) {
				return first, -1
			}
		}
		// Past the head only when it is no verb ("aside from saying"
		// hangs on "aside"), and up to the first verb: a verb's own
		// clauses are its own ("wade …, blasting you will …").
		if w.d.Tokens[v].Rel != "advcl" || isVerbal(w.d.Tokens[a].UPOS) {
			break
		}
	}
	return -1, -1
}

// subjectFrom reports whether verb k has a subject between first and k.
func (w *work) subjectFrom(k, first int) bool {
	for _, j := range w.children(k) {
		if r := w.d.Tokens[j].Rel; (r == "nsubj" || r == "nsubj:pass") && int(j) >= first && int(j) < k {
			return true
		}
	}
	return false
}

// subjectOpens reports whether verb k has a subject whose phrase starts
// at first.
func (w *work) subjectOpens(k, first int) bool {
	for _, j := range w.children(k) {
		if r := w.d.Tokens[j].Rel; r == "nsubj" || r == "nsubj:pass" {
			if lo, _ := w.subtree(int(j)); lo == first {
				return true
			}
		}
	}
	return false
}

// headSubjectMark reports whether verb v has no mark or one after which
// it shares its head's subject: "by saying", "after saying", "while
// saying".
func (w *work) headSubjectMark(v int) bool {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "mark" && !participleMarks[w.lowWord(int(k))] {
			return false
		}
	}
	return true
}

// participleMarks open a verb that shares its head's subject.
var participleMarks = wordSet(nil, "by", "after", "before", "while", "without", "from", "since", "when", "upon", "in", "on", "although", "though")

// conditionalMark reports whether verb v opens a clause of a condition or
// a question ("if they say …", "whether she said …"): what it would report
// is no one's words yet.
func (w *work) conditionalMark(v int) bool {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel != "mark" {
			continue
		}
		switch w.lowWord(int(k)) {
		case "if", "unless", "whether", "that", "lest":
			return true
		}
	}
	return false
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
