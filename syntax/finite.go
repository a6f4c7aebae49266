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
	cand, clause := -1, false
scan:
	for i, t := range tags {
		tg := m.tags[t]
		switch {
		case cand >= 0 && tg.UPOS == "SCONJ" && complementizers[strings.ToLower(words[i])]:
			// The finite verbs of a clause the candidate governs ("…
			// announced on Tuesday that prices would rise") are not the
			// sentence's own: nothing after it decides.
			clause = true
			break scan
		case tg.XPOS == "VBD" || tg.XPOS == "VBZ" || tg.XPOS == "VBP" || tg.XPOS == "MD":
			return
		case tg.UPOS == "AUX":
			if cand < 0 {
				return // an auxiliary before any candidate: a passive or perfect
			}
		case cand < 0 && tg.UPOS == "VERB" && tg.XPOS == "VBN" && i > 0 && i+1 < len(tags) &&
			m.afterSubject(tags, words, i) && !participleOnly(words[i]):
			if next := m.tags[tags[i+1]]; objectStart(next) || next.UPOS == "ADP" || complementizers[strings.ToLower(words[i+1])] {
				cand = i
			}
		}
	}
	// A participle followed by a preposition is a verb only when a clause
	// it governs follows: "Man arrested after stabbing" stays a headline.
	if cand >= 0 && (objectStart(m.tags[tags[cand+1]]) || clause) {
		tags[cand] = m.vbd
	}
}

// pluralRepair: a word in -s read as a verb (VBZ) right before a modal
// (two finite verbs side by side) is a plural noun, the modal's subject: "that
// fares would rise", "Prices will fall" (the tagger's "fares/VBZ" left
// the sentence's verbs without a subject and its clause unparsed).
func (m *Model) pluralRepair(tags []int32, words []string) {
	if m.nns < 0 {
		return
	}
	for i := 0; i+1 < len(tags); i++ {
		if m.tags[tags[i]].XPOS != "VBZ" || m.tags[tags[i+1]].XPOS != "MD" || !strings.HasSuffix(words[i], "s") {
			continue
		}
		switch strings.ToLower(words[i]) {
		case "is", "has", "does", "was", "'s":
			continue
		}
		tags[i] = m.nns
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

// complementizers open a clause a verb of saying or thinking governs.
var complementizers = map[string]bool{"that": true, "whether": true, "if": true}
