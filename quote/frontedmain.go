package quote

// A clause fronted before its sentence's main clause says when, why or
// while what ("When Lee complained about the fee, her neighbours
// laughed", "After the senator vowed to fight, the mill closed anyway").
// The parser often makes the fronted verb the root and hangs the main
// clause on it as a complement, so a cue there read the writer's main
// clause as what it reported. Only "as" reports the sentence around it
// ("As Lee put it, …": asClause), and "according to" is a source phrase
// wherever it stands.

// maxFrontLead is how many words may come before the subordinating word
// of a fronted clause: "Two winters after …", "Long before …".
const maxFrontLead = 3

// reportsPastFronted reports whether cue c sits in a clause fronted
// before its sentence's main clause and all its content lies after a
// comma, between the cue and the content, that a clause with a subject
// of its own follows.
func (w *work) reportsPastFronted(c *cue) bool {
	if c.source || c.asked || c.lo <= c.tok || w.sentOf[c.tok] < 0 {
		return false
	}
	if !w.inFrontedClause(c.tok) && !w.afterFrontLead(c.tok) && !w.inFrontedPhrase(c.tok) {
		return false
	}
	s := w.d.Sentences[w.sentOf[c.tok]]
	for t := s.FirstToken; t < c.tok; t++ {
		if w.lowWord(t) == "as" && !w.commaIn(t, c.tok) {
			return false // "But as the gazette observed, …", however "as" was parsed
		}
	}
	end := s.EndToken
	for t := c.tok + 1; t < c.lo; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && (w.clauseOpens(t+1, end) || w.restOfSentence(c, t)) {
			return true
		}
	}
	return false
}

// restOfSentence reports whether cue c's content starts right after the
// comma at t and runs to its sentence's end, not opening with a word that
// starts a reported clause: the main clause, however the parse read it
// ("When it was announced, the smallest flat cost …" with "cost" a noun
// and no subject found), not "said, in May, that …".
func (w *work) restOfSentence(c *cue, t int) bool {
	if w.firstWord(t+1, c.hi) != c.lo || complementWords[w.lowWord(c.lo)] {
		return false
	}
	s := w.d.Sentences[w.sentOf[c.tok]]
	return w.words(c.hi, s.EndToken) == 0
}

// complementWords open a clause a cue reports, after a comma too.
var complementWords = wordSet([]string{"that", "whether", "if", "how", "why", "what", "when", "where", "who", "to"})

// afterFrontLead reports whether verb v sits in a clause whose
// subordinating word comes after a few words that open the sentence
// ("Two winters after the union vowed …, the mill …"): no verb and no
// comma among them, and no comma between that word and v.
func (w *work) afterFrontLead(v int) bool {
	s := w.d.Sentences[w.sentOf[v]]
	f := w.firstWord(s.FirstToken, s.EndToken)
	for t := f; t < v && t <= f+maxFrontLead; t++ {
		if w.word(t) == "," && t == f+1 {
			continue // "Often, when …", "However, as …"
		}
		if w.word(t) == "," || w.inQuote[t] >= 0 {
			return false
		}
		if t > f && frontWords[w.lowWord(t)] {
			return !w.commaIn(t, v)
		}
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX":
			return false
		}
	}
	return false
}

// inFrontedPhrase reports whether cue v sits in a phrase that opens its
// sentence before the main clause and has no comma before v: a
// prepositional phrase ("Under the deal announced in May, the bakery …",
// "In her address to the guild, …") or a participle, alone or after one
// adverb ("First shown at the Leeds fair, the van …"). A source phrase
// ("according to", "In a fresh survey, …") is a cue of its own kind and is
// not asked.
func (w *work) inFrontedPhrase(v int) bool {
	s := w.d.Sentences[w.sentOf[v]]
	f := w.firstWord(s.FirstToken, s.EndToken)
	if f > v || w.inQuote[f] >= 0 || w.commaIn(f, v) {
		return false
	}
	participle := func(t int) bool {
		x := w.d.Tokens[t].XPOS
		return x == "VBN" || x == "VBG"
	}
	switch {
	case w.d.Tokens[f].UPOS == "ADP":
		return w.lowWord(f) != "according"
	case participle(f):
		return true
	case w.d.Tokens[f].UPOS == "ADV" && f+1 <= v:
		return participle(f + 1)
	}
	return false
}
