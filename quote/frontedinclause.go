package quote

// clauseAfterFronted reports whether the words from t, after a comma inside
// cue c's clause as parsed, are that clause's own subject and verb after
// a phrase fronted in it ("reported that during the mayor's visit, the
// council chief repeated his call …"): the verb an aside would be read
// from is the head of the clause the cue reports, with its subject after
// the comma, so it reports nothing of its own. A verb with no words after
// it in the clause closes it as an attribution, however it was parsed; a
// relative pronoun, a concession, a participle or "according to" opens
// an aside whatever verb follows; and a quotation a verb after the comma
// introduces is left to that verb.
func (w *work) clauseAfterFronted(c *cue, t int) bool {
	if c.frame != FrameCcomp || asideWords[w.lowWord(t)] || w.d.Tokens[t].XPOS == "VBG" || w.isAccordingTo(t) {
		return false // an aside for what opens it, whatever verb follows (see opensAside)
	}
	for k := t; k < c.hi; k++ {
		if w.d.Tokens[k].UPOS == "VERB" && w.opensQuotation(k) {
			// "thought that if she won, people would say “…”": run on,
			// the cue's content would hold the quotation and take it
			// from the verb that introduces it.
			return false
		}
	}
	u := w.asideVerb(t, c.hi)
	if u < 0 || w.head(u) != c.tok || w.d.Tokens[u].Rel != "ccomp" || w.words(u+1, c.hi) == 0 {
		return false // "…, the footage showed.": a closing attribution whatever the parse
	}
	for _, k := range w.children(u) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) >= t && int(k) < u {
			return true
		}
	}
	return false
}
