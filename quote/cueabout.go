package quote

import "strings"

// leadingMarkIn reports whether clause x opens with a preposition of
// words as its marker ("for cutting the rate"): the first word of the
// clause, so that "while", "as" or "if" clauses never count.
func (w *work) leadingMarkIn(x int, words []string) bool {
	lo, _ := w.subtree(x)
	if lo >= x || w.d.Tokens[lo].Rel != "mark" && w.d.Tokens[lo].Rel != "case" || w.head(lo) != x {
		return false
	}
	return w.isWordIn(lo, words)
}

// isWordIn reports whether token t is one of words, in any case.
func (w *work) isWordIn(t int, words []string) bool {
	for _, wd := range words {
		if strings.EqualFold(w.word(t), wd) {
			return true
		}
	}
	return false
}
