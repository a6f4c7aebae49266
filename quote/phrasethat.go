package quote

// A reported clause that comes after the phrases a writer puts between a
// cue and what it reports ("noted in a column in Sunday's paper that …",
// "said, while touring the plant last week, that …", "said in a statement
// on Friday they would …"), read from the words when the parse hung the
// clause on one of those phrases (a relative clause on the paper, an
// adverbial clause of the cue, a conjunct).

// maxPhraseGap is how many words of phrases may stand between the cue and
// the clause.
const maxPhraseGap = 20

// clauseAfterPhrase returns the first word of the clause cue v reports
// past the phrases after it, and whether that word is the complementiser
// "that"; -1 when there is none. Between the cue and the clause only
// phrases may come: prepositions, nouns, names, numbers, adverbs,
// determiners, possessives, commas, the cue's object pronoun and a
// participle after a subordinating word ("while testifying", "before
// attending"). A finite verb, a conjunction or any other punctuation ends
// the search. The clause is a complementiser "that" with a subject word
// after it, or, past at least one phrase, a subject pronoun with a verb
// right after it ("said on Friday she would …"). The cue must report
// clauses (lexicon score in the clause frame).
func (w *work) clauseAfterPhrase(v int) (int, bool) {
	if w.lex.Score(w.lemma(v), FrameCcomp) < minReportedCue {
		return -1, false
	}
	if w.hasChildRel(v, "mark") {
		// "while testifying before the panel, that …": the participle
		// is an aside of the clause's own cue.
		return -1, false
	}
	s := w.d.Sentences[w.sentOf[v]]
	for t := v + 1; t < s.EndToken-1 && t <= v+maxPhraseGap; t++ {
		tok := &w.d.Tokens[t]
		if w.inQuote[t] >= 0 {
			return -1, false
		}
		wd := w.lowWord(t)
		if wd == "that" {
			if tok.UPOS == "DET" && isNominal(w.d.Tokens[t+1].UPOS) && w.head(t) == t+1 {
				continue // "in that interview"
			}
			if t > v+1 && w.complementiser(t) && isSubjectWord(w.d.Tokens[t+1].UPOS) {
				return t, true
			}
			return -1, false
		}
		if subjectPronouns[wd] {
			if !w.isTimeTok(t-1) && !w.gaplessClause(t) {
				// After a noun a pronoun opens a relative clause more
				// often than what was said ("repeated the attacks they
				// had aired"); after a time it does not ("said in a
				// statement on Friday they would …"), nor when the
				// clause lacks nothing a relative clause would ("wrote
				// after the storm she had lost her boat").
				return -1, false
			}
			n := t + 1
			if w.d.Tokens[n].UPOS == "ADV" {
				n++ // "they also said"
			}
			if t > v+1 && n < s.EndToken && isVerbal(w.d.Tokens[n].UPOS) && w.d.Tokens[n].XPOS != "VBG" {
				return t, false
			}
			return -1, false
		}
		if r := w.d.Tokens[t].Rel; w.head(t) == v && (r == "obj" || r == "iobj") && !listenerVerbs[w.lemma(v)] {
			// "rebut his point, that …": the clause is the object's.
			return -1, false
		}
		if !w.phraseWord(t) {
			return -1, false
		}
	}
	return -1, false
}

// phraseWord reports whether token t may stand in the phrases between a
// cue and its clause (see clauseAfterPhrase).
func (w *work) phraseWord(t int) bool {
	tok := &w.d.Tokens[t]
	switch tok.UPOS {
	case "ADP", "NOUN", "PROPN", "NUM", "ADV", "DET", "ADJ":
		return true
	case "PART":
		return tok.XPOS == "POS"
	case "PUNCT":
		return w.word(t) == ","
	case "PRON":
		return tok.XPOS == "PRP$" || objectPronouns[w.lowWord(t)]
	case "SCONJ":
		// "while testifying", "before attending": not "before they left".
		n := &w.d.Tokens[t+1]
		return timeSubordinators[w.lowWord(t)] && n.UPOS == "VERB" && (n.XPOS == "VBG" || n.XPOS == "VBN")
	case "VERB":
		return (tok.XPOS == "VBG" || tok.XPOS == "VBN") && timeSubordinators[w.lowWord(t-1)]
	}
	return false
}

// timeSubordinators open a participle that sets the time of an
// attribution ("said, while testifying, that …"). A participle after
// "as" or "by" is how it was said and carries the clause itself ("was
// quoted as saying that …", "replied by noting that …").
var timeSubordinators = map[string]bool{"while": true, "when": true, "before": true, "after": true, "since": true, "upon": true}

// complementiser reports whether "that" at t opens a clause rather than
// a relative clause: tagged a subordinating conjunction, or the parse's
// subject of a clause that has another subject ("that conventions have
// been dull" read with two subjects). As the object of its clause it is a
// relative pronoun ("the report that he wrote").
func (w *work) complementiser(t int) bool {
	tok := &w.d.Tokens[t]
	if tok.UPOS == "SCONJ" || tok.Rel == "mark" {
		return true
	}
	if tok.Rel != "nsubj" {
		return false
	}
	for _, k := range w.children(w.head(t)) {
		if r := w.d.Tokens[k].Rel; int(k) != t && (r == "nsubj" || r == "nsubj:pass") {
			return true
		}
	}
	return false
}

// subjectPronouns are the pronouns that can only be a subject.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}

// gaplessClause reports whether subject pronoun t follows a noun right
// before it and the verb it belongs to has its own object or clause: a
// relative clause with no relative word lacks its object ("the attacks
// they had aired"), so a clause that lacks none is no relative clause,
// whatever the parse hung it on.
func (w *work) gaplessClause(t int) bool {
	h := w.head(t)
	if h <= t || !isVerbal(w.d.Tokens[h].UPOS) {
		return false
	}
	if u := w.d.Tokens[t-1].UPOS; u != "NOUN" && u != "PROPN" {
		return false // only a noun right before it takes a relative clause ("…, they shifted": no)
	}
	return w.hasChildRel(h, "obj") || w.hasChildRel(h, "ccomp")
}
