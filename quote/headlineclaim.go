package quote

// BBC-style headlines report a claim in single marks with no cue, its
// subject before it ("Ferry firm 'to cut 200 jobs'", "Harbour talks 'make
// progress'"): the tagger reads the last noun of the subject as a verb
// ("talks", "deal", "ban") and the stage took it for the cue, its subject
// the speaker. And they put the speaker last ("Fares 'will rise', says
// mayor"), where the parse reads the speaker as the verb's object and the
// words first as its subject.

// headlineClaim reports whether candidate c is such a claim: words in
// quotation marks in a headline line (see headlineLine) whose first word
// is a finite verb, a modal or "to", two words or more, with its cue
// before them in the line
// and no other verb outside the marks there. The cue is then a noun of
// the claim's subject.
func (w *work) headlineClaim(c *cand) bool {
	if c.cue < 0 {
		return false
	}
	first := tokenAt(w.d.Tokens, c.span.Start)
	if first >= len(w.d.Tokens) || w.sentOf[first] < 0 || !w.headlineLine(int(w.sentOf[first])) {
		return false
	}
	for first < len(w.d.Tokens) && w.isPunct(first) {
		first++ // the opening mark, when the span holds it
	}
	cu := w.cues[c.cue].tok
	s := w.d.Sentences[w.sentOf[first]]
	if first >= s.EndToken || cu >= first || cu < s.FirstToken || !isQuoteMarkWord(w.word(first-1)) {
		return false
	}
	if w.words(first, tokenAt(w.d.Tokens, c.span.End)) < 2 {
		return false // "slams mayor's 'lies'": one word is a noun as often
	}
	switch w.d.Tokens[first].XPOS {
	case "VBP", "VBZ", "VBD", "MD", "TO":
	case "VB":
		// A bare verb after an -s form: "talks 'make progress'", where
		// "urge 'a fresh board'" is a verb and its quoted object.
		if w.d.Tokens[cu].XPOS != "VBZ" {
			return false
		}
	default:
		return false
	}
	for t := s.FirstToken; t < first; t++ {
		if t != cu && w.inQuote[t] < 0 && isVerbal(w.d.Tokens[t].UPOS) {
			return false
		}
	}
	return true
}

// headlineSaysSpeaker returns the speaker after "says" closing a headline
// line ("…, says mayor", "… says ex-minister"): the last word of the one
// to three nouns or names after it, -1 when v is no such verb. Only
// "says": other verbs there take an object ("Acme admits fraud"), and a
// past form there is a passive ("…, council told").
func (w *work) headlineSaysSpeaker(v int) int {
	t := &w.d.Tokens[v]
	if t.UPOS != "VERB" || t.XPOS != "VBZ" || lower(t.Lemma) != "say" || w.sentOf[v] < 0 || !w.headlineLine(int(w.sentOf[v])) {
		return -1
	}
	s := w.d.Sentences[w.sentOf[v]]
	if v-s.FirstToken < 2 || v+1 >= s.EndToken || s.EndToken-v-1 > 3 {
		return -1
	}
	for k := v + 1; k < s.EndToken; k++ {
		u := w.d.Tokens[k].UPOS
		if w.inQuote[k] >= 0 || u != "NOUN" && u != "PROPN" && !(u == "ADJ" && k < s.EndToken-1) {
			return -1
		}
	}
	return s.EndToken - 1
}

// isQuoteMarkWord reports whether a token is one quotation mark, as
// markAt reads marks (two apostrophes or two backquotes are one), or an
// apostrophe standing for one.
func isQuoteMarkWord(s string) bool {
	if s == "" {
		return false
	}
	r, w := markAt(s, 0)
	return w == len(s) && isMarkRune(r)
}
