package quote

// A clause fronted before its sentence's main clause says when, why or
// while what ("When Lee complained about the fee, her neighbours
// laughed", "After the senator vowed to fight, the mill closed anyway").
// The parser often makes the fronted verb the root and hangs the main
// clause on it as a complement, so a cue there read the writer's main
// clause as what it reported. Only "as" reports the sentence around it
// ("As Lee put it, …": asClause), and "according to" is a source phrase
// wherever it stands.

// reportsPastFronted reports whether cue c sits in a clause fronted
// before its sentence's main clause and all its content lies after a
// comma, between the cue and the content, that a clause with a subject
// of its own follows.
func (w *work) reportsPastFronted(c *cue) bool {
	if c.source || c.asked || c.lo <= c.tok || w.hasMark(c.tok, "as") || !w.inFrontedClause(c.tok) {
		return false
	}
	for t := c.tok + 1; t < c.lo; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && w.clauseOpens(t+1, c.hi) {
			return true
		}
	}
	return false
}
