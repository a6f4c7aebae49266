package quote

// describedName reports whether the word right before a person's name
// starting at token first describes that person the way a title does,
// so that personBeforeVerb may give the verb to the name when the parse
// took a body, place or nationality before it for the subject: a
// possessive ("Calder United's Sam Ferreby said": the person is the
// club's) or a singular lower-case common noun ("Greek sprinter Yannis
// Koutros has denied", "Rovers physio Tom Vik said"), which before a name
// is the person's description. Not a time ("Monday night Lee said" reads
// no description) nor a plural ("Rovers fans Tom Vik and …" describes
// more than the one named).
func (w *work) describedName(first int) bool {
	p := first - 1
	if p < 0 || w.inQuote[p] >= 0 {
		return false
	}
	wd := w.word(p)
	if isPossessiveMark(wd) {
		return true
	}
	tok := &w.d.Tokens[p]
	// (A lower-case word tagged a proper noun is a noun the tagger took
	// for part of the name: "Soul star Bella Dane".)
	return (tok.UPOS == "NOUN" || tok.UPOS == "PROPN") && tok.XPOS != "NNS" && tok.XPOS != "NNPS" && !upperInitial(wd) && !isTimeWord(wd)
}
