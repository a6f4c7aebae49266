package quote

// findExtraCues adds, after the quotations have taken their cues, the
// verbs and nouns with a clause for complement that the lexicon does not
// know or scores under minCue ("hinted that", "the warning that"): the
// cue model weighs them like any other reportable cue (its "unseen"
// feature says the lexicon has no counts), so reported speech is not
// limited to the lemmas one corpus happened to show. Only a clause (or an
// open clause) counts: a bare object is far less often speech. Added after
// the quotations so they change nothing there.
func (w *work) findExtraCues() {
	n0 := len(w.cues)
	w.extraSeen = resize(w.extraSeen, len(w.d.Tokens))
	had := w.extraSeen
	for i := range w.cues {
		had[w.cues[i].tok] = true
	}
	all := w.all
	w.all = true
	w.findCues()
	w.all = all
	out := w.cues[:n0]
	for _, c := range w.cues[n0:] {
		as := c.frame == FrameParataxis && w.hasMark(c.tok, "as") // "as Lee put it"
		seenAs := c.frame == FramePassive && !c.source            // "is widely seen as …"
		if had[c.tok] || c.source || c.frame != FrameCcomp && c.frame != FrameXcomp && !as && !seenAs {
			continue
		}
		c.score = w.lex.Score(c.key, c.frame)
		out = append(out, c)
	}
	w.cues = out
	w.findSourcePhrases()
}
