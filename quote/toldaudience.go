package quote

// toldAudience reports whether obj, the one object of "tell" at v, is
// whom the words were told rather than what: "told a news conference",
// "told the hearing", "told the BBC", with what was said in the next
// sentence or nowhere. Only a noun of something said ("told a story",
// "told the truth") is told itself; and with a verb anywhere after the
// object, or an "about" phrase in it, what was said is in words the parse
// hung elsewhere ("told friends at a dinner that she would run", "told
// the board about the losses"). A quotation in the sentence is what was
// told.
func (w *work) toldAudience(v, obj int) bool {
	if w.lemma(v) != "tell" || toldThings[w.lemma(obj)] {
		return false
	}
	lo, hi := w.subtree(obj)
	s := w.d.Sentences[w.sentOf[v]]
	if w.hasVerb(lo, s.EndToken) {
		return false
	}
	for t := s.FirstToken; t < s.EndToken; t++ {
		if w.inQuote[t] >= 0 {
			return false // "“…,” Lee told me", "telling the BBC “…”": the quotation is what was told
		}
	}
	for t := lo; t < hi; t++ {
		if w.d.Tokens[t].Rel == "case" && w.isWordIn(t, toldAboutWords) {
			return false
		}
	}
	return true
}

// toldAboutWords open what a listener was told about ("on" is left out:
// "told the board on Monday" is a time).
var toldAboutWords = []string{"about", "of", "over", "regarding", "concerning"}

// toldThings are the nouns a teller tells ("a story", "lies").
var toldThings = map[string]bool{"story": true, "truth": true, "lie": true, "tale": true,
	"joke": true, "anecdote": true, "secret": true, "news": true, "version": true, "account": true,
	"history": true, "fib": true, "falsehood": true, "untruth": true, "parable": true}
