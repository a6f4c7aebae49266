package quote

// opensWithConjunction reports whether verb v's clause opens with its own
// coordinating conjunction, with no comma between it and the verb (", but
// the board says …"): a clause joined to the one before, not an
// attribution closing it. A conjunction the parse hung on v from further
// back (", but by less than in May, harbour figures show") does not open
// v's clause.
func (w *work) opensWithConjunction(v int) bool {
	for _, k := range w.children(v) {
		if int(k) > v || w.d.Tokens[k].Rel != "cc" {
			continue
		}
		for t := int(k) + 1; t < v; t++ {
			if w.word(t) == "," || w.isPunct(t) {
				return false
			}
		}
		return true
	}
	return false
}
