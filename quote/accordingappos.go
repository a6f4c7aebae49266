package quote

// sourceApposition returns the comma that closes an apposition on the
// source of a fronted "according to", given the comma j that closes the
// source phrase: "According to the harbour office, Portwatch, arrivals
// fell", "According to Ana Ruiz, head of the Dunmore Trust, the ferry
// will close". The words between the two commas are a noun phrase with
// no verb, and the words after the second open a clause with its subject,
// no comma before its verb ("According to the coastguard, the skipper, 45,
// was held" and "…, Acme, the biggest bakery, will close" have their
// subject before an aside). It returns j when no apposition follows.
func (w *work) sourceApposition(j int) int {
	sent := w.d.Sentences[w.sentOf[j]]
	if w.word(j) != "," || j+1 >= sent.EndToken {
		return j
	}
	k := j + 1
	switch w.d.Tokens[k].UPOS {
	case "DET", "PROPN", "NOUN", "ADJ", "NUM":
	default:
		return j
	}
	for ; k < sent.EndToken && w.word(k) != ","; k++ {
		switch w.d.Tokens[k].UPOS {
		case "VERB", "AUX", "SCONJ", "PRON":
			return j
		}
		if isRelativePronoun(w.word(k)) {
			return j
		}
	}
	if k+1 >= sent.EndToken {
		return j
	}
	if next := w.d.Tokens[k+1]; next.UPOS == "AUX" || next.UPOS == "PUNCT" || w.finiteAt(k+1) {
		return j
	}
	for u := k + 1; u < sent.EndToken && w.word(u) != ","; u++ {
		if w.finiteAt(u) {
			return k
		}
	}
	return j
}
