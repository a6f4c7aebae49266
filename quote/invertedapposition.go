package quote

// personBeforeApposition returns the person named right after cue x in an
// inverted attribution whose parse took a later noun for the cue's
// subject k, across a comma: in "“…” said Tom Hale, director of the
// Media Project" the parse may make "Project" the subject and "Tom Hale"
// a modifier of it. What follows the name's comma describes the speaker;
// the speaker is the name the cue opens on. -1 when the phrase right
// after the cue is not a person's name ending before k with a comma
// between them.
func (w *work) personBeforeApposition(x, k int) int {
	if k <= x {
		return -1
	}
	s := w.d.Sentences[w.sentOf[x]]
	p := w.invertedSubject(x, s.EndToken)
	if p < 0 || p >= k || !w.personName(p) {
		return -1
	}
	for t := p + 1; t < k; t++ {
		if w.word(t) == "," {
			return p
		}
	}
	return -1
}
