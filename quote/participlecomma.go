package quote

// participleAfterComma reports whether v is a participle set off by a
// comma after its clause ("…, saying that …"): such a participle has the
// main clause's subject.
func (w *work) participleAfterComma(v int) bool {
	if w.d.Tokens[v].XPOS != "VBG" {
		return false
	}
	lo, hi := w.subtree(v)
	first := w.firstWord(lo, hi)
	return first == v && w.commaBefore(first)
}

// participleReadAsClause reports whether participle v, set off by a comma
// right after a verb, was parsed as that verb's clausal complement ("said,
// adding, …" as if "adding" were what was said): a participle after a
// comma opens no reported clause of the verb before it; it goes on the
// verb's sentence and has its subject.
func (w *work) participleReadAsClause(v int) bool {
	h := w.head(v)
	return w.d.Tokens[v].Rel == "ccomp" && h >= 0 && h < v && isVerbal(w.d.Tokens[h].UPOS) &&
		w.participleAfterComma(v)
}
