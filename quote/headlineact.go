package quote

// weakObjectCue is the lexicon score under which a verb with an object is
// rarely a cue: fewer than three in ten of its uses with an object were
// annotated as reporting it ("sign", "launch", "unveil", "hit", "approve").
const weakObjectCue = 0.3

// headlineAct reports whether cue c is a headline's verb with an object
// that the lexicon rarely reads as a cue: the act the story reports
// ("Kenya and Tanzania sign water accord", "Hitachi unveils fastest
// robot"), not speech. The cue model learned a weight for the first
// sentence from headlines that attribute ("Lee says …", "Poll: …"), and
// that weight lifts such verbs over its bar ("sign water accord" 0.30,
// 0.24 without it). The headline is the first sentence when it is a line
// of its own of at most maxHeadlineWords words with more text after it
// (with or without a stop: PolNeAR's first lines end with one), where that
// weight applies; a one-line document is no headline. Quoted words in the object keep it a quote
// ("Ferry dubbed 'a folly'").
func (w *work) headlineAct(c *cue) bool {
	if c.frame != FrameObj || c.score >= weakObjectCue || w.d.Tokens[c.tok].UPOS != "VERB" || w.marked(c.lo, c.hi) {
		return false
	}
	if w.sentOf[c.tok] != 0 {
		return false
	}
	s := w.d.Sentences[0]
	return len(w.d.Paragraphs) > 1 && w.ownLine(s.FirstToken, s.EndToken) && w.words(s.FirstToken, s.EndToken) <= maxHeadlineWords
}

// marked reports whether a token of [lo, hi) is a quotation mark or in a
// quoted stretch, paired or not (headlines quote in single marks, which
// the marks pass may leave unpaired).
func (w *work) marked(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if w.inQuote[t] >= 0 || isQuoteMarkWord(w.word(t)) {
			return true
		}
	}
	return false
}
