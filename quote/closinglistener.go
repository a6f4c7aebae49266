package quote

// listenerCue is trailingCue with a noun phrase after the verb that ends
// the sentence: the one told or the day (`…,” Ana Ruiz told reporters.`,
// `…,” the mayor told the Herald.`, `…,” Lee said Tuesday.`). The verb
// must be one that introduces speech (minCommaCue), since a fragment
// ending in a comma may be followed by any clause of the writer's. -1
// when tokens [lo,hi) are not of that form.
func (w *work) listenerCue(lo, hi int) int {
	v := w.subjectVerb(lo, hi)
	if v < 0 || w.lex.Score(w.lemma(v), FrameQuote) < minCommaCue {
		return -1
	}
	t := v + 1
	for t < hi && (w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADJ" || w.d.Tokens[t].UPOS == "PROPN" || w.d.Tokens[t].UPOS == "NOUN") {
		t++
	}
	if t == v+1 || !w.onlyPunct(t, hi) {
		return -1
	}
	return v
}
