package quote

import "strings"

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
	endFull
	nEnds
)

var endNames = [nEnds]string{"ext", "raw", "long", "full"}

// setEnds records the ends of cue c after extendRight has run: raw is
// where the parse's content ended. Only a content after its cue has them.
func (w *work) setEnds(c *cue, raw int) {
	// No end runs past the end of a relative clause holding the cue
	// ("The toll, which Lee said was too high, will start in May"), however
	// the parse hangs the main clause.
	rel := w.relativeClauseEnd(c, c.lo+1)
	if rel > c.lo && rel < c.hi {
		c.hi = rel
		w.trimRegion(c)
	}
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
	if rel > c.lo {
		stop = min(stop, rel)
	}
	e := c.hi
scan:
	for t := c.hi; t < stop; t++ {
		if u := w.closingDash(t, stop); u > t {
			t = u // an aside between dashes
			continue
		}
		switch wd := w.word(t); {
		case wd == ";" || w.endingDash(t) || w.inQuote[t] >= 0 || w.isAccordingTo(t):
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
	// The full end runs on to the end of the sentence over what the long
	// end stops at inside it: a verb conjoined to the cue or to the
	// content ("said she was tired of X and wanted Y"), a dash and its
	// gloss, a clause after the cue's own. Annotators read such sequels
	// as content about as often as not; the model weighs them. It stops
	// only where the writer surely takes over: a semicolon, a quotation,
	// another attribution, a relative clause or concession after a comma.
	from := max(e, c.hi)
	f := from
	end := w.d.Sentences[s].EndToken
	if w.embedded(c.tok) {
		end = min(end, stop) // "the union, which said …, met Monday"
	}
	if rel > c.lo {
		end = min(end, rel) // the same, however the parse hangs "met"
	}
full:
	for t := from; t < end; t++ {
		switch wd := w.word(t); {
		case w.inQuote[t] >= 0:
			return // cut at a quotation's mark, mid-phrase: the quotation rules have it
		case wd == ";" || w.isAccordingTo(t):
			break full
		case wd == "," && t+1 < end && (w.writersAside(t+1, end) || w.opensSequel(t+1, end)):
			break full
		case isDashWord(wd) && t+1 < end && (w.d.Tokens[t+1].XPOS == "VBG" || asideWords[w.lowWord(t+1)]):
			break full // "— attacking the plan", "— who …": the writer's
		}
		if !w.isPunct(t) {
			f = t + 1
		}
	}
	if w.words(from, f) >= 2 {
		c.ends[endFull] = f
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
	case c.hi == c.ends[endFull] && c.ends[endLong] > 0:
		return endFull, c.ends[endLong], c.hi // what the full end adds to the long one
	case c.hi == c.ends[endFull]:
		return endFull, ext, c.hi
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
	switch w.lowWord(t) {
	case "which", "who", "whom", "whose", "although", "though", "whereas", "despite", "however":
		return true
	}
	if u := w.asideVerb(t, end); u >= 0 {
		return w.lex.Score(w.lemma(u), FrameParataxis) >= minReportedCue
	}
	return false
}

// embedded reports whether verb v heads a clause inside a noun phrase or
// another clause's argument (a relative clause, a participle on a noun):
// its content ends with that clause.
func (w *work) embedded(v int) bool {
	switch r := w.d.Tokens[v].Rel; {
	case strings.HasPrefix(r, "acl"), r == "appos", strings.HasPrefix(r, "nsubj"), strings.HasPrefix(r, "csubj"), r == "obl", r == "nmod":
		return true
	}
	return false
}

// asideVerb returns the first verb among the words from t that may head
// an attribution of their own after a comma: within five words, or after
// a longer name with its title (", the county council member Tom Berg
// said", up to nine words of nouns, names, adjectives and determiners).
// -1 when there is none.
func (w *work) asideVerb(t, end int) int {
	for u := t; u < end && u < t+9; u++ {
		switch w.d.Tokens[u].UPOS {
		case "VERB":
			return u
		case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PART":
		default:
			if u >= t+4 {
				return -1
			}
		}
	}
	return -1
}

// relativeClauseEnd returns, for a cue whose subject in the parse is a
// relative pronoun after a comma ("Ruiz, who has called for higher taxes, attacked
// the plan") or whose clause such a pronoun opens ("the toll, which Lee
// said was too steep, will …"), the first comma from token from on that a
// finite verb follows: the relative clause ends there and the main
// clause's predicate begins, whatever the parse made of them (it may make
// the relative clause the root and the main verb its conjunct, or hang
// the main verb below the cue). 0 when there is none.
func (w *work) relativeClauseEnd(c *cue, from int) int {
	rel := false
	for _, k := range w.children(c.tok) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && k > 0 && isRelativePronoun(w.word(int(k))) && w.word(int(k)-1) == "," {
			rel = true
		}
	}
	if !rel && !w.relativeBefore(c.tok) {
		return 0
	}
	end := w.d.Sentences[w.sentOf[c.tok]].EndToken
	for t := from; t+1 < end; t++ {
		if w.inQuote[t] >= 0 {
			return 0
		}
		if w.word(t) != "," {
			continue
		}
		switch w.d.Tokens[t+1].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return t
		}
	}
	return 0
}

// relativeBefore reports whether a relative pronoun right after a comma
// opens the clause of cue verb v, with the cue's own subject between
// and no comma ("the toll, which Lee said was too high", "the plan, which
// officials say will …", "the union, whose members met to discuss …"):
// the cue sits in a relative clause whatever the parse hangs the pronoun
// on.
func (w *work) relativeBefore(v int) bool {
	s := w.d.Sentences[w.sentOf[v]]
	for t := v - 1; t > s.FirstToken && t >= v-6; t-- {
		switch wd := w.word(t); {
		case wd == ",":
			return false
		case (strings.EqualFold(wd, "which") || strings.EqualFold(wd, "who") || strings.EqualFold(wd, "whose")) && w.word(t-1) == ",":
			return t < v-1 // a subject between: "which Lee said"
		}
	}
	return false
}

// cutConjoinedCue ends every end of cue c's content before a speech verb
// in the past or third person conjoined to the content's own verb after
// "and" or "but" ("says Ruiz promised to stay and said she would fight":
// what she said is an attribution of its own, with her as its holder).
// Not in a content with quoted words: the quotation rules join those.
func (w *work) cutConjoinedCue(c *cue) {
	top := w.regionHead(c)
	if top < 0 || w.quotedIn(c.lo, c.hi) {
		return
	}
	for t := c.lo + 2; t < c.hi; t++ {
		if w.head(t) != top || !w.conjoinedCue(t) {
			continue
		}
		w.cutContentAt(c, t-1) // before the "and"
		return
	}
}

// conjoinedCue reports whether token t is a finite verb (past, or present
// third person) conjoined to another right after "and" or "but" whose
// clause or object frame scores strongCue in the lexicon: a verb of
// saying with content of its own.
func (w *work) conjoinedCue(t int) bool {
	tk := &w.d.Tokens[t]
	if tk.UPOS != "VERB" || tk.Rel != "conj" || t == 0 || tk.XPOS != "VBD" && tk.XPOS != "VBZ" {
		return false
	}
	if l := w.lowWord(t - 1); l != "and" && l != "but" {
		return false
	}
	l := w.lemma(t)
	return w.lex.Score(l, FrameCcomp) >= strongCue || w.lex.Score(l, FrameObj) >= strongCue
}

// strongCue is the lexicon score at which a verb reports speech more
// often than not.
const strongCue = 0.5
