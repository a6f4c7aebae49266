package syntax

import "strings"

// The tagger reads a past tense as a past participle (VBN for VBD) often
// enough after a plural or mass noun ("Police arrested opposition leaders",
// "The minister accused opposition leaders of neglect") that the parser
// then hangs the verb on the noun after it as an adjective and the
// sentence has no predicate: no subject, no object, no event. A sentence
// needs a finite verb; when it has none, no auxiliary, and a participle
// stands between a nominal (its subject) and the start of a noun phrase
// (its object), that participle is the sentence's past-tense verb, unless
// its form is a participle's only ("taken", "shown", "done": a caption's
// "Photos taken the day before").
func (m *Model) finiteRepair(tags []int32, words []string) {
	if m.vbd < 0 {
		return
	}
	cand := -1
	for i, t := range tags {
		tg := m.tags[t]
		switch {
		case tg.XPOS == "VBD" || tg.XPOS == "VBZ" || tg.XPOS == "VBP" || tg.XPOS == "MD":
			return
		case tg.UPOS == "AUX":
			if cand < 0 {
				return // an auxiliary before any candidate: a passive or perfect
			}
		case cand < 0 && tg.UPOS == "VERB" && tg.XPOS == "VBN" && i > 0 && i+1 < len(tags) &&
			m.afterSubject(tags, words, i) && objectStart(m.tags[tags[i+1]]) && !participleOnly(words[i]):
			cand = i
		}
	}
	if cand >= 0 {
		tags[cand] = m.vbd
	}
}

// afterSubject: the word before i ends a nominal, or is the comma closing
// an apposition after one ("The minister, Ana Ruiz, accused …").
func (m *Model) afterSubject(tags []int32, words []string, i int) bool {
	if subjectEnd(m.tags[tags[i-1]]) {
		return true
	}
	return words[i-1] == "," && i >= 2 && subjectEnd(m.tags[tags[i-2]])
}

func subjectEnd(t Tag) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON"
}

func objectStart(t Tag) bool {
	switch t.UPOS {
	case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ":
		return true
	}
	return false
}

// participleOnly: the strong verbs' participle endings, never a past
// tense ("taken", "shown", "done", "begun", "sung", "drunk").
func participleOnly(w string) bool {
	w = strings.ToLower(w)
	for _, end := range []string{"en", "wn", "ne", "un", "ung", "unk"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
