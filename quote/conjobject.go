package quote

// objectOfFirstConjunct reports whether nsubj k of conjunct verb x is the
// object of the verb x is joined to: it opens right after that verb (its
// particle and adverbs aside), where no subject of a later clause can
// stand, with no preposition or subordinator first, and a comma of the
// verb series lies between it and x. "Lee wrote off Ruiz as “reckless,”
// condemned her budget and argued …" parsed with "Ruiz" the subject of
// "condemned": Lee condemned and argued, not Ruiz.
func (w *work) objectOfFirstConjunct(x, k int) bool {
	h := w.head(x)
	if w.d.Tokens[x].Rel != "conj" || h < 0 || h >= k || k >= x || w.d.Tokens[h].UPOS != "VERB" {
		return false
	}
	lo, _ := w.subtree(k)
	if u := w.d.Tokens[lo].UPOS; u == "ADP" || u == "SCONJ" {
		return false // "came as Lee said …": a clause of its own
	}
	if !w.wordBetween(k, x, ",") {
		return false // "Acme boss Lee has posted …" with "boss" read as a verb: no series
	}
	for t := h + 1; t < lo; t++ {
		if w.head(t) != h {
			return false
		}
		switch w.d.Tokens[t].Rel {
		case "compound:prt", "advmod":
		default:
			return false
		}
	}
	return true
}
