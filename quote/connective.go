package quote

// connectiveSaid reports whether cue c is the participle of a connective
// opening its sentence ("That said, the fares will rise", "This being
// said, …", "All told, …"): it hands the sentence back to the writer and
// reports nothing, though the parser hangs the main clause on it.
func (w *work) connectiveSaid(c *cue) bool {
	t := c.tok
	if t+1 >= len(w.d.Tokens) || w.word(t+1) != "," || w.sentOf[t] < 0 {
		return false
	}
	p := t - 1
	if p >= 0 && w.lowWord(p) == "being" {
		p--
	}
	if p < 0 {
		return false
	}
	switch w.lowWord(p) + " " + w.lowWord(t) {
	case "that said", "this said", "all told":
	default:
		return false
	}
	return w.firstWord(w.d.Sentences[w.sentOf[t]].FirstToken, t) == p
}
