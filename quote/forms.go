package quote

import "strings"

// Forms of attribution read from the words around a quotation, where the
// parse is no help.

// attributedClause reports whether stretch k has the form of a quoted
// clause however capitalised (“Here Comes the Sun,” she said): it opens
// its sentence, ends with a comma inside its marks and a cue comes right
// after. A title is named inside the writer's sentence, not attributed.
func (w *work) attributedClause(k int) bool {
	s := &w.stretches[k]
	return s.end > s.first && w.word(s.end-1) == "," && w.opensSentence(s) && w.nearCue(k) >= 0
}

// invertedCueAfter returns the verb of an attribution that makes up the
// rest of the sentence after stretch k, which ends with a comma inside
// its marks: the verb, then a name or noun (`…,” said Lee.`, `…,”
// reported the Post.`), or a name or noun, then the verb (`…,” the
// Post reported.`), then the sentence's end. -1 when none.
func (w *work) invertedCueAfter(k int) int {
	s := &w.stretches[k]
	if s.end <= s.first || w.word(s.end-1) != "," {
		return -1
	}
	sent := w.d.Sentences[w.sentOf[s.end-1]]
	t := s.end
	for t < sent.EndToken && w.inQuote[t] == int32(k) {
		t++ // the closing mark
	}
	if t < sent.EndToken && w.d.Tokens[t].UPOS != "VERB" {
		if v := w.trailingCue(t, sent.EndToken); v >= 0 {
			return v
		}
		return w.listenerCue(t, sent.EndToken)
	}
	if t >= sent.EndToken {
		return -1
	}
	v := t
	for t++; t < sent.EndToken && (w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADJ"); t++ {
	}
	if t >= sent.EndToken || !isNominal(w.d.Tokens[t].UPOS) || w.d.Tokens[t].UPOS == "PRON" {
		return -1
	}
	for t++; t < sent.EndToken && w.d.Tokens[t].UPOS == "PROPN"; t++ {
	}
	if t < sent.EndToken && !w.isPunct(t) {
		return -1
	}
	return v
}

// trailingCue returns the verb of a subject-verb attribution that runs
// from token lo to the sentence's end at hi (`the Post reported.`,
// `Lee said on Monday.` is not: only punctuation may follow the verb),
// or -1.
func (w *work) trailingCue(lo, hi int) int {
	v := w.subjectVerb(lo, hi)
	if v < 0 || !w.onlyPunct(v+1, hi) {
		return -1
	}
	return v
}

// subjectVerb returns the verb right after the noun phrase that opens
// tokens [lo,hi) (`the Post reported`, `Ana Ruiz told`), or -1.
func (w *work) subjectVerb(lo, hi int) int {
	t := lo
	for t < hi && (w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADJ") {
		t++
	}
	if t >= hi || !isNominal(w.d.Tokens[t].UPOS) {
		return -1
	}
	for t < hi && (w.d.Tokens[t].UPOS == "PROPN" || w.d.Tokens[t].UPOS == "NOUN") {
		t++
	}
	if t == lo || t >= hi || w.d.Tokens[t].UPOS != "VERB" {
		return -1
	}
	return t
}

// onlyPunct reports whether tokens [lo,hi) are all punctuation.
func (w *work) onlyPunct(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if !w.isPunct(t) {
			return false
		}
	}
	return true
}

// afterColon reports whether a colon comes right before the stretch's
// opening mark (`… on women: “…,” the union wrote.`).
// verbAndColon: stretch k opens after a speech verb and a colon (`Lee
// said: “No.”`), which says speech however title-like the words are; a
// colon after a bare name (a headline's `Lee: ‘Very Good Idea’`) does not.
func (w *work) verbAndColon(k int) bool {
	if !w.afterColon(&w.stretches[k]) {
		return false
	}
	ci := w.nearCue(k)
	return ci >= 0 && isVerbal(w.d.Tokens[w.cues[ci].tok].UPOS)
}

func (w *work) afterColon(s *stretch) bool {
	t := tokenAt(w.d.Tokens, s.Open.Start) - 1
	return t >= 0 && w.word(t) == ":"
}

// nounCueAfter finds a speech verb the tagger read as a noun in the
// attribution after stretch k (`…,” Lee notes.`, `…,” Ruiz answers.`,
// `…,” Lee points out.`, `…,” the report read.`): a name, or a noun after
// a determiner, then the word, then at most a particle before the
// sentence's end. It returns the word's token and its score as a cue, or
// -1. A plural noun after a name is read as a verb in the present tense
// at the quote bar; any other noun only with a score of a verb that
// introduces speech (minCommaCue), as "read" or "wrote" would.
func (w *work) nounCueAfter(k int) (int, float64) {
	s := &w.stretches[k]
	sent := w.d.Sentences[s.sent1]
	t := s.end
	for t < sent.EndToken && w.isPunct(t) && (w.inQuote[t] < 0 || w.inQuote[t] == int32(k)) {
		t++
	}
	if t == s.end || t >= sent.EndToken {
		return -1, 0
	}
	det := w.d.Tokens[t].UPOS == "DET"
	if det {
		t++
	}
	lo := t
	if det {
		for t < sent.EndToken && (w.d.Tokens[t].UPOS == "NOUN" || w.d.Tokens[t].UPOS == "PROPN" || w.d.Tokens[t].UPOS == "ADJ") {
			t++
		}
		t-- // the last noun is the verb
	} else {
		for t < sent.EndToken && w.d.Tokens[t].UPOS == "PROPN" {
			t++
		}
	}
	if t <= lo || t >= sent.EndToken || w.d.Tokens[t].UPOS != "NOUN" {
		return -1, 0
	}
	v := t
	sc := w.lex.Score(w.lemma(v), FrameQuote)
	if bar := minCommaCue; !det && strings.HasSuffix(w.word(v), "s") {
		if sc < minQuoteCue {
			return -1, 0
		}
	} else if sc < bar {
		return -1, 0
	}
	for t++; t < sent.EndToken && (w.d.Tokens[t].UPOS == "ADP" || w.d.Tokens[t].UPOS == "ADV") && t <= v+1; t++ {
	}
	for ; t < sent.EndToken && w.isPunct(t); t++ {
	}
	if t < sent.EndToken {
		return -1, 0
	}
	return v, sc
}

// colonNameCue makes the cue of a name right before a colon that opens
// stretch k, inside a sentence (`More from Jones: “…”`, `Pollsters agree
// - Tom Weller: “…”`): the name, of a person or an organisation, after a
// dash, "from" or at the sentence's start, speaks the quotation. It
// returns the cue's index, or -1.
func (w *work) colonNameCue(k int) int {
	s := &w.stretches[k]
	colon := tokenAt(w.d.Tokens, s.Open.Start) - 1
	if colon < 1 || w.word(colon) != ":" || w.usedCue[colon] {
		return -1
	}
	name := colon - 1
	if w.inQuote[name] >= 0 || w.d.Tokens[name].UPOS != "PROPN" || w.mention[name] < 0 {
		return -1
	}
	// The name must stand by itself, not as a verb's object (`Lee said
	// to Ruiz: “…”`): after a dash, "from", or at the sentence's start.
	lo := name
	for lo > 0 && w.d.Tokens[lo-1].UPOS == "PROPN" && w.inQuote[lo-1] < 0 {
		lo--
		// Two or more names signing together (`- Ana Ruiz and Tom
		// Berg: “…”`): the run goes on over the coordinator.
		if lo > 1 && w.d.Tokens[lo-2].UPOS == "PROPN" && w.inQuote[lo-2] < 0 {
			switch w.word(lo - 1) {
			case "and", "&", ",":
				lo--
			}
		}
	}
	if se := w.d.Sentences[w.sentOf[name]]; lo > se.FirstToken {
		if b := w.word(lo - 1); !isDashWord(b) && !strings.EqualFold(b, "from") {
			return -1
		}
	}
	if !w.speakingEntity(name) {
		return -1
	}
	for ci := range w.cues {
		if w.cues[ci].tok == colon {
			return ci
		}
	}
	w.cues = append(w.cues, cue{tok: colon, last: colon, frame: FrameParataxis, subj: name, source: true, listener: -1,
		lo: s.first, hi: s.end, holeLo: -1, holeHi: -1, score: labelScore})
	return len(w.cues) - 1
}

// exclaims reports whether an exclamation mark ends a word of the
// stretch: a chant or a cry (“USA! USA!”, “Marco! Marco!”) is speech
// however capitalised, not a title.
func (w *work) exclaims(s *stretch) bool {
	for t := s.first; t < s.end; t++ {
		if w.word(t) == "!" {
			return true
		}
	}
	return false
}

// calledAs reports whether the stretch is what someone called a thing,
// however capitalised: a verb of calling in an active form with its
// object before the marks (`calling the inquiry “Stalinist”`, `called it
// a “Total Disaster”`), or a verb of judging and "as" (`attacked the vote
// as “Fake News”`). A participle names instead (`a film called “…”`).
func (w *work) calledAs(s *stretch) bool {
	if w.word(s.end-1) == "," {
		return false // `“…,” the crowd chanted`: an attribution follows
	}
	open := s.first - 1
	for open >= 0 && w.isPunct(open) && w.inQuote[open] >= 0 {
		open--
	}
	if open < 1 {
		return false
	}
	as := strings.EqualFold(w.word(open), "as")
	sent := w.d.Sentences[w.sentOf[s.first]]
	for t := open - 1; t >= sent.FirstToken && t >= open-6; t-- {
		tok := w.d.Tokens[t]
		if tok.UPOS != "VERB" {
			continue
		}
		switch tok.XPOS {
		case "VBD", "VBZ", "VBP", "VBG":
		default:
			return false
		}
		if as {
			return judgeVerbs[w.lemma(t)]
		}
		return callVerbs[w.lemma(t)] && w.objectBetween(t, open)
	}
	return false
}

// objectBetween reports whether a noun or pronoun lies between tokens v
// and open: "calling the inquiry “…”", not "called the “…”" (a name).
func (w *work) objectBetween(v, open int) bool {
	for t := v + 1; t <= open; t++ {
		switch w.d.Tokens[t].UPOS {
		case "NOUN", "PROPN", "PRON":
			return true
		}
	}
	return false
}

var (
	// callVerbs put a name on a thing: "called it “…”".
	callVerbs = map[string]bool{"call": true, "brand": true, "label": true, "term": true}
	// judgeVerbs judge a thing as something: "attacked it as “…”".
	judgeVerbs = map[string]bool{"describe": true, "attack": true, "denounce": true, "dismiss": true,
		"brand": true, "label": true, "condemn": true, "characterize": true, "characterise": true,
		"slam": true, "criticize": true, "criticise": true, "deride": true, "hail": true, "praise": true}
)
