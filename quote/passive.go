package quote

import "strings"

// A passive cue names its speaker, when it does, outside the parse's
// agent: news puts the agent after the quoted words, and the parser hangs
// "by X" on the quoted noun ("was branded a “costly mistake” by local
// traders", "was described as “…” by her coach"); wire copy says whose
// words they are with "was quoted as saying", the quoted person the
// passive subject; and headlines drop "be" ("Mayor urged to quit", "Ferry
// firm accused of 'lies'"), where the parse reads the bare participle as a
// past tense whose subject speaks.

// passiveSpeaker returns the token of who speaks through the passive cue
// c, -1 when the passive names no one: the subject of "was quoted as
// saying", else an agent after the cue (see passiveAgent).
func (w *work) passiveSpeaker(c *cue) int {
	v := c.tok
	if w.d.Tokens[v].UPOS != "VERB" || raisingVerbs[c.key] {
		return -1
	}
	if c.key == "quote" && w.quotedAs(v) {
		for _, k := range w.children(v) {
			if w.d.Tokens[k].Rel == "nsubj:pass" && w.inQuote[k] < 0 {
				// "…,” the harbour master was quoted as saying (by the
				// local paper)": the paper relays, the master spoke.
				return int(k)
			}
		}
	}
	return w.passiveAgent(v)
}

// quotedAs reports whether verb v ("quoted") has an "as saying" clause:
// a verb in -ing marked by "as".
func (w *work) quotedAs(v int) bool {
	return w.asParticiple(v, func(int) bool { return true })
}

// asParticiple reports whether verb v has an -ing clause after it marked
// by "as" ("quoted Lee as saying", "cites the flood as proving") whose
// verb ok accepts.
func (w *work) asParticiple(v int, ok func(k int) bool) bool {
	for _, k := range w.children(v) {
		if int(k) < v || w.d.Tokens[k].XPOS != "VBG" {
			continue
		}
		for _, m := range w.children(int(k)) {
			if w.d.Tokens[m].Rel == "mark" && strings.EqualFold(w.word(int(m)), "as") && ok(int(k)) {
				return true
			}
		}
	}
	return false
}

// passiveAgent returns the noun of a "by" phrase after passive verb v
// that names who can speak (a person, group or body, not "by Friday", "by
// 40 votes" nor "by email"), hung in v's own clause, also through the
// nouns of what v reports ("branded a “…” by the union" with "union" on
// the quoted noun); -1 when none. A "by" phrase in a clause below v ("was
// quoted as saying by the paper") is not v's.
func (w *work) passiveAgent(v int) int {
	_, hi := w.subtree(v)
	for b := v + 1; b < hi; b++ {
		if w.inQuote[b] >= 0 {
			continue
		}
		if isVerbal(w.d.Tokens[b].UPOS) {
			// A clause between: "is expected to be used by the
			// parties", "was quoted as saying by the paper".
			return -1
		}
		if !strings.EqualFold(w.word(b), "by") || w.d.Tokens[b].Rel != "case" {
			continue
		}
		n := w.head(b)
		if n <= b || w.inQuote[n] >= 0 || !isNominal(w.d.Tokens[n].UPOS) || w.isTimeTok(n) {
			continue
		}
		// On the verb, or on the quoted words it reports; not on a
		// noun of the writer's ("taken as a mark of respect by Lee": Lee
		// shows it).
		if h := w.head(n); h != v && (h < 0 || w.inQuote[h] < 0 || w.head(h) != v) {
			continue
		}
		if w.d.Tokens[n].UPOS == "NOUN" && !w.speaksAsNoun(n) {
			continue
		}
		return n
	}
	return -1
}

// headlinePassive reports whether cue verb v is a headline's participle
// with "be" dropped ("Dock workers warned over pay", "Mayor urged to
// quit", "Quit now, mayor told"): a past form with no auxiliary in a line
// of its own with no closing stop, written in sentence case (headlines in
// title case use the past tense for what was done: "Lee Explained Why").
func (w *work) headlinePassive(v int) bool {
	t := &w.d.Tokens[v]
	if t.UPOS != "VERB" || t.XPOS != "VBN" && t.XPOS != "VBD" || w.sentOf[v] < 0 {
		return false
	}
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "aux", "aux:pass":
			return false
		case "ccomp":
			// "Lee warned that …": active, whatever the line; but a
			// verb whose object is the one told, with what was said
			// before it and no object, is a passive ("Act now, council
			// told").
			if int(k) > v || !listenerVerbs[w.lemma(v)] {
				return false
			}
		case "obj":
			// An object right after it: an active verb ("Lee attacked
			// the plan"); a passive has none, though the parse may
			// take the noun after its particle for one ("warned over
			// pay"), or the name given for one ("Ferry dubbed 'a
			// lifeline'": active, a naming verb takes two).
			if int(k) > v && !w.particleBetween(v, int(k)) && !(namingVerbs[w.lemma(v)] && w.quotedObject(int(k))) {
				return false
			}
		}
	}
	if w.lex.Known(w.lowWord(v) + "/a") {
		return false // "Lee determined to stay": a state of mind, hers
	}
	return w.headlineLine(int(w.sentOf[v]))
}

// headlineLine reports whether sentence si is a headline in sentence case:
// a line of its own of at most maxHeadlineWords words, with no stop, colon
// or double quotation mark (headlines quote in single marks), not in title
// case.
func (w *work) headlineLine(si int) bool {
	s := w.d.Sentences[si]
	if !w.ownLine(s.FirstToken, s.EndToken) || w.sentenceTitleCase(si) ||
		w.words(s.FirstToken, s.EndToken) > maxHeadlineWords {
		return false
	}
	for t := s.FirstToken; t < s.EndToken; t++ {
		if w.isMarkToken(t) {
			return false
		}
		switch w.word(t) {
		case ".", "!", "?", ":", ";":
			// A sentence with its stop, or one that introduces
			// something: a paragraph of the body, not a headline.
			if w.inQuote[t] < 0 {
				return false
			}
		}
	}
	return true
}

// maxHeadlineWords is the most words a line read as a headline has.
const maxHeadlineWords = 12

// particleBetween reports whether a particle or preposition lies between
// verb v and token k after it.
func (w *work) particleBetween(v, k int) bool {
	for t := v + 1; t < k; t++ {
		if u := w.d.Tokens[t].UPOS; u == "ADP" || u == "PART" {
			return true
		}
	}
	return false
}

// ownLine reports whether tokens [lo, hi) are all of their paragraph.
func (w *work) ownLine(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	p := w.d.Paragraphs[paragraphAt(w.d.Paragraphs, w.d.Tokens[lo].Start)]
	return strings.TrimSpace(w.d.Text[p.Start:w.d.Tokens[lo].Start]) == "" &&
		strings.TrimSpace(w.d.Text[w.d.Tokens[hi-1].End:p.End]) == ""
}

// listenerVerbs take the one spoken to as their object: with none, a
// headline's past form of one is a passive.
var listenerVerbs = map[string]bool{"tell": true, "urge": true, "ask": true, "order": true, "advise": true, "instruct": true}

// namingVerbs take an object and the name given to it ("dubbed the ferry
// 'a lifeline'"): with the quoted name alone after it, a headline's past
// form of one is a passive.
var namingVerbs = map[string]bool{"dub": true, "brand": true, "label": true, "call": true, "term": true, "name": true, "nickname": true}

// quotedObject reports whether object k is quoted words: in quotation
// marks, or right after a quotation mark the marks pass did not pair.
func (w *work) quotedObject(k int) bool {
	lo, _ := w.subtree(k)
	return w.inQuote[k] >= 0 || lo > 0 && isQuoteMarkWord(w.word(lo)) || lo > 0 && isQuoteMarkWord(w.word(lo-1))
}
