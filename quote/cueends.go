package quote

// Where a reported content ends is the parse's weakest guess: parsers hang
// phrases that belong to the content on the cue verb ("mentioned her plans
// for public service"), and annotators sometimes end the content at the
// object ("shared the news on social media": "the news") and sometimes
// run it on over a trailing clause (", while …", ", looking to …"). So a
// content that follows its cue has up to three ends, and the cue model
// (see decide) keeps the likeliest: as parsed (raw), run on to the end of
// the cue's clause (ext, extendRight: the default), or on to the end of
// the sentence (long).

// end names a content end.
type end uint8

const (
	endExt end = iota
	endRaw
	endLong
	nEnds
)

var endNames = [nEnds]string{"ext", "raw", "long"}

// setEnds records the ends of cue c after extendRight has run: raw is
// where the parse's content ended. Only a content after its cue has them.
func (w *work) setEnds(c *cue, raw int) {
	c.ends = [nEnds]int{c.hi, 0, 0}
	if raw > c.lo && raw < c.hi {
		c.ends[endRaw] = raw
	}
	s := w.sentOf[c.tok]
	if s < 0 {
		return
	}
	// The long end stays in the cue's clause and before a verb conjoined
	// to the cue, as extendRight does, and stops where the writer surely
	// takes over: a semicolon, a dash, a quotation, another attribution,
	// a relative clause or a concession after a comma. It runs over the
	// asides annotators read either way: ", while …", ", when …",
	// participles.
	_, stop := w.subtree(c.tok)
	stop = min(stop, w.d.Sentences[s].EndToken, w.verbPhraseEnd(c))
	e := c.hi
scan:
	for t := c.hi; t < stop; t++ {
		switch wd := w.word(t); {
		case wd == ";" || wd == "—" || wd == "–" || wd == "--" || w.inQuote[t] >= 0 || w.isAccordingTo(t):
			break scan
		case wd == "," && t+1 < stop && (w.writersAside(t+1, stop) || w.opensSequel(t+1, stop)):
			break scan
		}
		if !w.isPunct(t) {
			e = t + 1
		}
	}
	if w.words(c.hi, e) >= 2 {
		c.ends[endLong] = e
	}
}

// endOf returns which end cue c's content has now, and the tokens between
// it and the default end.
func (c *cue) endOf() (e end, lo, hi int) {
	switch ext := c.ends[endExt]; {
	case ext == 0 || ext == c.hi:
		return endExt, 0, 0
	case c.hi < ext:
		return endRaw, c.hi, ext
	default:
		return endLong, ext, c.hi
	}
}

// eachEnd calls f with cue c's content set to each of its ends in turn,
// the default first (the others only when reportable), then puts the
// default back. A cue whose content was changed after setEnds has one end.
func (w *work) eachEnd(c *cue, f func()) {
	ext := c.hi
	if c.ends[endExt] != ext {
		f()
		return
	}
	for e := range nEnds {
		h := c.ends[e]
		if e != endExt && (h <= c.lo || h == ext) {
			continue
		}
		c.hi = h
		if e == endExt || w.reportable(c) {
			f()
		}
	}
	c.hi = ext
}

// writersAside reports whether the words from t, after a comma, are the
// writer's for sure: a relative clause, a concession or an attribution of
// their own (", officials said").
func (w *work) writersAside(t, end int) bool {
	switch lower(w.word(t)) {
	case "which", "who", "whom", "whose", "although", "though", "whereas", "despite", "however":
		return true
	}
	for u := t; u < end && u < t+5; u++ {
		if w.d.Tokens[u].UPOS == "VERB" {
			return w.lex.Score(w.lemma(u), FrameParataxis) >= minReportedCue
		}
	}
	return false
}
