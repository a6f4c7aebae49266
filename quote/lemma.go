package quote

import "strings"

// lemma is the lexicon's lemma of token i: the tagger's lemma, mended
// when it cut an inflected cue verb wrongly. Lemmatisers that strip
// "-ing" and "-ed" by rule leave "noting" as "not", "joked" as "jok" and
// "tweeted" as "tweete", which the lexicon would never find under its
// seed verbs; the repair is taken only when it gives a seed verb and the
// tagger's lemma is none.
func (w *work) lemma(i int) string {
	t := &w.d.Tokens[i]
	l := lower(t.Lemma)
	if t.UPOS != "VERB" || seedVerb(l) {
		return l
	}
	return mendLemma(l, lower(w.word(i)))
}

// mendLemma returns the seed verb that lemma l of word form wd stands
// for, or l: a lost final "e" ("not" of "noting" → "note", "jok" of
// "joked" → "joke") or a kept one ("tweete" of "tweeted" → "tweet").
func mendLemma(l, wd string) string {
	for _, suf := range []string{"ing", "ed", "es"} {
		if stem, ok := strings.CutSuffix(wd, suf); ok && stem == l && seedVerb(l+"e") {
			return l + "e"
		}
	}
	if stem, ok := strings.CutSuffix(l, "e"); ok && wd == l+"d" && seedVerb(stem) {
		return stem
	}
	return l
}

// seedVerb reports whether l is one of the hand-written cue verbs.
func seedVerb(l string) bool {
	_, ok := seedVerbs()[l]
	return ok
}
