package quote

// lemma is the lexicon's key for token i: its lemma in lower case. The
// syntax stage checks an inflected verb's lemma against WordNet
// (syntax/lemmaverb.go), so "noting", "joked" and "tweeted" come as
// note, joke and tweet; no repair is needed here.
func (w *work) lemma(i int) string {
	if l := w.lowLemmas[i]; l != "" {
		return l
	}
	l := lower(w.d.Tokens[i].Lemma)
	w.lowLemmas[i] = l // made once per token (see memo.go)
	return l
}

// seedVerb reports whether l is one of the hand-written cue verbs.
func seedVerb(l string) bool {
	_, ok := seedVerbs()[l]
	return ok
}
