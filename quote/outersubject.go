package quote

// outerSubject returns the outer subject of clause x when the parse made
// past participle k its subject and the word before it an outer one
// ("Those surveyed said …" with "surveyed" the subject): the people asked
// speak, not the asking. Else -1.
func (w *work) outerSubject(x, k int) int {
	if w.d.Tokens[k].XPOS != "VBN" {
		return -1
	}
	for _, c := range w.children(x) {
		if int(c) == k-1 && w.d.Tokens[c].Rel == "nsubj:outer" {
			return int(c)
		}
	}
	return -1
}
