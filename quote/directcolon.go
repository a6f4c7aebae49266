package quote

// Quotations introduced by a colon with no speech verb: the writer's
// clause before the colon names whose words follow (`The result did not
// surprise pollster Ana Ruiz: “…”`, `The board was blunt in its findings:
// “…”`, `Here is Lee in 1992: “…”`). A clause with a speech verb is read by
// the verb (nearVerbs, introCue); this is the fallback when it has none.

// colonIntroCue makes the cue of a quotation that opens right after a
// colon, in the same sentence, whose introducing clause has no cue verb:
// the colon is the cue, and the speaker is the person or organisation the
// clause names (see introSpeaker). It returns the cue's index, or -1.
func (w *work) colonIntroCue(k int) int {
	s := &w.stretches[k]
	colon := tokenAt(w.d.Tokens, s.Open.Start) - 1
	if colon < 1 || w.word(colon) != ":" || w.usedCue[colon] || w.inQuote[colon] >= 0 || int(w.sentOf[colon]) != s.sent0 {
		return -1 // a colon ending the paragraph before is introCue's
	}
	se := w.d.Sentences[w.sentOf[colon]]
	return w.colonCue(colon, se.FirstToken, s.first, s.end)
}

// colonCue adds (or finds) the cue of the colon at token colon whose
// clause starts at token lo, for a quotation over tokens [first, end). -1
// when the clause names no one.
func (w *work) colonCue(colon, lo, first, end int) int {
	subj := w.introSpeaker(lo, colon)
	if subj < 0 {
		return -1
	}
	for ci := range w.cues {
		if w.cues[ci].tok == colon {
			return ci
		}
	}
	w.cues = append(w.cues, cue{tok: colon, last: colon, frame: FrameParataxis, subj: subj, source: true, listener: -1,
		lo: first, hi: end, holeLo: -1, holeHi: -1, score: colonIntroScore})
	return len(w.cues) - 1
}

// colonIntroScore: a colon after a clause naming one person is weaker
// evidence than a speech verb or a label of its own.
const colonIntroScore = 0.5

// introSpeaker returns a token of the person or organisation that the
// clause over tokens [lo, colon) names as the source of what follows the
// colon. The last subject before the colon decides (`When Lee died, the
// mayor released a statement:`; a wh-word or relative pronoun is passed
// over, `Lee explained what went wrong:`): when it is a mention of a
// person or organisation, it; when it is a thing that cannot speak, a
// person or organisation it acts on (`The result did not surprise
// pollster Ana Ruiz:`); with no subject, the last one named (`More from
// Ruiz:`). -1 otherwise — a pronoun or noun subject with no such entity is
// fragmentSpeaker's to read — and when the clause is itself quoted.
func (w *work) introSpeaker(lo, colon int) int {
	for t := colon - 1; t >= lo; t-- {
		if x := w.word(t); x == ";" || isDashWord(x) {
			// A dash sets a label off from the headline before it
			// (`Polls were right -More from Ruiz:`).
			lo = t + 1
			break
		}
	}
	last, subj := -1, -1
	for t := lo; t < colon; t++ {
		if w.inQuote[t] >= 0 {
			return -1
		}
		if r := w.d.Tokens[t].Rel; (r == "nsubj" || r == "nsubj:pass") && !isWhWord(w.word(t)) &&
			w.d.Tokens[t].UPOS != "NUM" && !w.isTimeTok(t) {
			subj = t // not a year or a day the parse made a subject (`Here is Lee in 1992:`)
		}
		if w.speakingEntity(t) && w.d.Tokens[t].UPOS != "PRON" {
			last = t // a name or noun: a possessive names no speaker
		}
	}
	switch {
	case subj < 0:
		return last
	case w.speakingEntity(subj):
		return subj
	case w.speaksAsNoun(subj):
		return -1
	}
	if v := w.head(subj); v >= 0 && last > v {
		return last // named after the verb: what it acts on
	}
	return -1
}

// isWhWord reports whether a subject is a wh-word or relative pronoun,
// which stands for something else.
func isWhWord(s string) bool {
	switch lower(s) {
	case "what", "who", "whom", "which", "that", "whatever", "whoever":
		return true
	}
	return false
}

// speakingEntity reports whether token t is part of a mention of a person
// or an organisation.
func (w *work) speakingEntity(t int) bool {
	typ := w.entityTypeAt(t)
	return typ == "PERSON" || typ == "ORG"
}
