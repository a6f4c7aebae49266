package quote

// subjectlessClosing mends the content of a closing attribution ("…, the
// IMF has said.") that opens on a finite verb or auxiliary: the parse cut
// the clause's subject off ("The app, released in June, has had 40,000
// users", "… but that was not the case at all", a plural noun read as
// a verb before it), so the content runs from the sentence's start, or
// from after the dateline that opens it.
func (w *work) subjectlessClosing(c *cue) {
	s := w.d.Sentences[w.sentOf[c.tok]]
	if c.hi > c.tok || c.lo <= s.FirstToken || c.holeLo >= 0 || w.inQuote[c.lo] >= 0 {
		return
	}
	switch t := w.d.Tokens[c.lo]; {
	case t.UPOS == "AUX":
	case t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP"):
	default:
		return
	}
	for t := s.FirstToken; t < c.lo; t++ {
		if w.inQuote[t] >= 0 {
			return // a quotation before it is reported on its own
		}
	}
	c.lo = s.FirstToken
	w.trimRegion(c)
	w.clipDateline(c) // the sentence's start may be a wire dateline
}
