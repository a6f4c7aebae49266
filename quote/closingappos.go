package quote

// appositiveClosing reads a cue verb that closes its sentence after a
// subject made of a name and its description, each set off by commas
// ("…, a spokeswoman, Ana Ruiz, said.", "…, Ana Ruiz, a spokeswoman for
// the port, said on Monday."): the parse hangs such a subject anywhere (an
// oblique or apposition of the clause before, the verb a conjunct with no
// subject), so the verb held nothing or the clause with the description
// in it. The content is the sentence up to the comma before the subject,
// the speaker the name. After the verb at most a few words and no verb.
func (w *work) appositiveClosing(c *cue) bool {
	v := c.tok
	s := w.d.Sentences[w.sentOf[v]]
	if w.d.Tokens[v].UPOS != "VERB" || v < 1 || w.word(v-1) != "," || w.words(v+1, s.EndToken) > maxTrailingWords || w.hasVerb(v+1, s.EndToken) {
		return false
	}
	second := w.nounPhraseBefore(v-1, s.FirstToken)
	if second < 0 {
		return false
	}
	first := w.nounPhraseBefore(second, s.FirstToken)
	if first < 0 || w.words(s.FirstToken, first) < 3 || !w.hasVerb(s.FirstToken, first) {
		return false
	}
	name := w.lastName(first+1, second)
	if n := w.lastName(second+1, v-1); n >= 0 {
		name = n
	}
	if name < 0 || w.lastName(first+1, second) >= 0 && w.lastName(second+1, v-1) >= 0 {
		return false // a name and a description, not two names ("…, Leeds, Ana Ruiz, said")
	}
	c.frame, c.subj, c.source = FrameParataxis, name, true
	c.lo, c.hi, c.holeLo, c.holeHi = s.FirstToken, first, -1, -1
	w.trimRegion(c)
	return c.hi > c.lo
}

// nounPhraseBefore returns the comma that opens the short noun phrase
// ending right before the comma at token end ("a spokeswoman for the
// port"), -1 when the words between are not one: at most maxApposition+2
// tokens of determiners, adjectives, nouns, names, numbers, possessives
// and prepositions, with a noun or name.
func (w *work) nounPhraseBefore(end, first int) int {
	noun := false
	for t := end - 1; t > first && t >= end-maxApposition-2; t-- {
		switch up := w.d.Tokens[t].UPOS; {
		case w.word(t) == ",":
			if noun && t < end-1 {
				return t
			}
			return -1
		case w.inQuote[t] >= 0:
			return -1
		case up == "NOUN" || up == "PROPN":
			noun = true
		case up == "DET" || up == "ADJ" || up == "NUM" || up == "ADP" || up == "PART" || up == "CCONJ" ||
			up == "PRON" && w.d.Tokens[t].Rel == "nmod:poss":
		default:
			return -1
		}
	}
	return -1
}

// lastName returns the last token of the first run of names in [lo, hi),
// -1 when none.
func (w *work) lastName(lo, hi int) int {
	for t := lo; t < hi; t++ {
		if w.d.Tokens[t].UPOS != "PROPN" {
			continue
		}
		for t+1 < hi && w.d.Tokens[t+1].UPOS == "PROPN" {
			t++
		}
		return t
	}
	return -1
}
