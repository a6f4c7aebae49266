package quote

// subjectAside returns, for a comma at token t inside a reported clause
// whose words from lo up to t hold no verb yet, the comma that closes the
// aside it opens when a finite verb or modal follows that comma (after
// adverbs): the aside sits in the clause's subject ("say that the mayor,
// who must decide, has revealed nothing", "argued that the levy, and
// dozens like it, show how …"), so it does not end the content. -1 when
// t opens no such aside.
func (w *work) subjectAside(lo, t, end int) int {
	if w.word(t) != "," || t == lo || w.hasVerb(lo, t) {
		return -1
	}
	switch w.d.Tokens[t-1].UPOS {
	case "CCONJ", "SCONJ", "ADP":
		return -1 // "dubbed the Fund and, despite …, will": no subject before the comma
	}
	for u := t + 2; u+1 < end; u++ {
		switch wd := w.word(u); {
		case wd == ";" || w.inQuote[u] >= 0:
			return -1
		case wd != ",":
			continue
		}
		v := u + 1
		for v < end && w.d.Tokens[v].UPOS == "ADV" {
			v++
		}
		if v < end && w.tensed(v) {
			if w.attributionIn(t+1, u) {
				return -1 // "whether Lee, who claimed that …, is fit": Lee's own attribution
			}
			return u
		}
	}
	return -1
}

// tensed reports whether token t is a verb or auxiliary in a tense, a
// modal, or a bare form (taggers read "show" after a plural subject so):
// "has", "show", "would".
func (w *work) tensed(t int) bool {
	switch w.d.Tokens[t].XPOS {
	case "VBD", "VBZ", "VBP", "VB", "MD":
		return isVerbal(w.d.Tokens[t].UPOS)
	}
	return false
}
