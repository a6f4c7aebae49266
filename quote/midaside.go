package quote

// A participle in an aside between a subject and its verb ("Weller,
// despite saying the pier was safe, voted to close it") reports up to the
// comma that closes the aside: the finite verb after that comma is the
// subject's, and the parse often hangs it inside the participle's clause.

// asideOpeners open a participle aside after a subject and a comma.
var asideOpeners = wordSet([]string{"despite", "after", "before", "while", "since", "without", "when", "though", "although", "by", "in"})

// cutMidAside ends the content of cue c, a participle in such an aside, at
// the first comma after its start that a finite verb follows.
func (w *work) cutMidAside(c *cue) {
	if c.lo <= c.tok || !w.inMidAside(c.tok) {
		return
	}
	w.cutAtComma(c, func(u, hi int) bool { return u < hi && w.finiteAt(u) })
}

// inMidAside reports whether verb v is an -ing participle opened by one
// of asideOpeners right after a comma that follows a noun or name: the
// aside of "Weller, despite saying …,".
func (w *work) inMidAside(v int) bool {
	if w.d.Tokens[v].XPOS != "VBG" || v < 3 {
		return false
	}
	o := v - 1
	if !asideOpeners[w.lowWord(o)] || w.word(o-1) != "," || w.inQuote[o-1] >= 0 {
		return false
	}
	s := w.d.Sentences[w.sentOf[v]]
	return o-2 >= s.FirstToken && isNominal(w.d.Tokens[o-2].UPOS)
}
