package quote

// Forms of attribution read from the words around a quotation, where the
// parse is no help.

// attributedClause reports whether stretch k has the form of a quoted
// clause however capitalised (“Here Comes the Sun,” she said): it opens
// its sentence, ends with a comma inside its marks and a cue comes right
// after. A title is named inside the writer's sentence, not attributed.
func (w *work) attributedClause(k int) bool {
	s := &w.stretches[k]
	return s.end > s.first && w.word(s.end-1) == "," && w.opensSentence(s) && w.nearCue(k) >= 0
}

// invertedCueAfter returns the verb of an inverted attribution right
// after stretch k, which ends with a comma inside its marks: the verb
// first, then a name or noun (`…,” said Lee.`, `…,” reported the
// Post.`), then the sentence's end. -1 when none.
func (w *work) invertedCueAfter(k int) int {
	s := &w.stretches[k]
	if s.end <= s.first || w.word(s.end-1) != "," {
		return -1
	}
	sent := w.d.Sentences[w.sentOf[s.end-1]]
	t := s.end
	for t < sent.EndToken && w.inQuote[t] == int32(k) {
		t++ // the closing mark
	}
	if t >= sent.EndToken || w.d.Tokens[t].UPOS != "VERB" {
		return -1
	}
	v := t
	for t++; t < sent.EndToken && (w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADJ"); t++ {
	}
	if t >= sent.EndToken || !isNominal(w.d.Tokens[t].UPOS) || w.d.Tokens[t].UPOS == "PRON" {
		return -1
	}
	for t++; t < sent.EndToken && w.d.Tokens[t].UPOS == "PROPN"; t++ {
	}
	if t < sent.EndToken && !w.isPunct(t) {
		return -1
	}
	return v
}
