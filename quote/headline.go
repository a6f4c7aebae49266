package quote

import "strings"

// Headlines capitalise their verbs, and the tagger reads many of them as
// names or nouns ("Poll Shows Ruiz Ahead", "Bakers Rip New Tax", "Okafor
// Explained Why She Left", "Tax Will Hurt Bakers, Union Warns"): the parse
// then holds no cue. headlineVerb reads such a verb from the words. The
// cue model weighs each (as a misread verb, with its lemma): a capitalised
// word that looks like a verb is often a noun ("Bakers Fear Rents").

// headlineVerb makes the cue of token i when it is a verb of a headline
// that the tagger read as a noun or name: a capitalised form of a verb the
// lexicon knows as a cue, right after its subject (adverbs between:
// "Lee Finally Endorses Ruiz"), before the words it reports, capitalised
// too; or, in a title-case line, last, after a comma and its subject (the
// words before the comma are what it reports). An -s form is read in any
// sentence whose next word is capitalised; a past form ("Described") or a
// bare form after a plural subject ("Bakers Rip") only in a line whose
// words are capitalised, where the tagger's own reading is the weakest.
func (w *work) headlineVerb(i int) bool {
	t := &w.d.Tokens[i]
	if t.UPOS != "NOUN" && t.UPOS != "PROPN" || w.sentOf[i] < 0 {
		return false
	}
	s := w.d.Sentences[w.sentOf[i]]
	wd := w.word(i)
	if i == s.FirstToken || len(wd) < 3 || !upperInitial(wd) {
		return false
	}
	subj := i - 1
	for subj > s.FirstToken && w.d.Tokens[subj].UPOS == "ADV" && upperInitial(w.word(subj)) {
		subj-- // "Lee Finally Endorses", "Campaign Reportedly Plans"
	}
	if !isSubjectWord(w.d.Tokens[subj].UPOS) || !upperInitial(w.word(subj)) && !isDigitInitial(w.word(subj)) {
		return false
	}
	lem, fr := w.headlineStem(w.lowWord(i), subj, int(w.sentOf[i]))
	if lem == "" {
		return false
	}
	c := cue{tok: i, last: i, key: lem, frame: fr, subj: subj, listener: -1, holeLo: -1, holeHi: -1, misread: true}
	next := i + 1
	for next < s.EndToken && w.isPunct(next) && w.inQuote[next] < 0 {
		next++
	}
	switch {
	case next >= s.EndToken:
		// Last in its line: "…, Former Aide Says." reports what comes
		// before the comma that opens its subject.
		comma := w.subjectComma(subj, s.FirstToken)
		if !w.sentenceTitleCase(int(w.sentOf[i])) || comma < 0 || w.words(s.FirstToken, comma) < minHeadlineWords {
			return false
		}
		c.frame, c.lo, c.hi = FrameParataxis, s.FirstToken, comma
		c.score = w.lex.Score(lem, FrameParataxis)
	case next > i+1:
		return false // a comma, colon or quotation mark after it
	default:
		nw := w.word(next)
		if !upperInitial(nw) && !isDigitInitial(nw) {
			return false // a headline capitalises the next word too
		}
		if strings.EqualFold(nw, "by") && t.XPOS != "NNS" && t.XPOS != "NNPS" {
			return false // "Suspect Named By Police": a passive
		}
		c.lo, c.hi = i+1, s.EndToken
		if w.d.Tokens[next].UPOS == "ADP" && next+1 < s.EndToken {
			c.last, c.lo = next, next+1 // "Calls For", "Sides With": the preposition is the cue's
		}
		c.score = w.lex.Score(lem, fr)
	}
	w.trimRegion(&c)
	if w.words(c.lo, c.hi) < minReportedWords || w.quotedIn(c.lo, c.hi) {
		return false
	}
	w.cues = append(w.cues, c)
	return true
}

// minHeadlineWords is the least a closing headline attribution reports.
const minHeadlineWords = 3

// headlineStem returns the lemma of a capitalised verb form (lower-cased)
// that the lexicon knows as a cue, and the frame it holds best (a clause
// or an object); "" when none. "-s" forms are read anywhere; past forms
// ("described", "slammed", "denied") and bare forms after a plural
// subject ("Bakers Rip") only when sentence si is a line in title case
// (read only then: its capitals are read word by word).
func (w *work) headlineStem(word string, subj, si int) (string, Frame) {
	var stems []string
	n := len(word)
	switch {
	case strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss"):
		stems = append(stems, word[:n-1])
		if strings.HasSuffix(word, "ies") {
			stems = append(stems, word[:n-3]+"y")
		} else if strings.HasSuffix(word, "es") {
			stems = append(stems, word[:n-2])
		}
	case !(strings.HasSuffix(word, "ed") && n > 4) && !w.pluralSubject(subj):
		return "", 0 // no form to read, whatever the line (asked first: see below)
	case !w.sentenceTitleCase(si):
		// (Read only now: a whole line's capitals, for a word ending in
		// "ed" or after a plural, not for every name's second word.)
		return "", 0
	case strings.HasSuffix(word, "ed") && n > 4:
		stems = append(stems, word[:n-1], word[:n-2])
		if strings.HasSuffix(word, "ied") {
			stems = append(stems, word[:n-3]+"y")
		}
		if word[n-3] == word[n-4] {
			stems = append(stems, word[:n-3]) // "slammed"
		}
	case w.pluralSubject(subj):
		stems = append(stems, word)
	}
	for _, st := range stems {
		for _, f := range []Frame{FrameCcomp, FrameObj} {
			if w.lex.Score(st, f) >= minReportedCue {
				return st, f
			}
		}
	}
	return "", 0
}

// pluralSubject reports whether token t is a plural noun or name, the
// subject a bare verb form agrees with ("Bakers Rip", "Democrats Call").
func (w *work) pluralSubject(t int) bool {
	x := w.d.Tokens[t].XPOS
	return x == "NNS" || x == "NNPS" || w.d.Tokens[t].UPOS == "PROPN" && strings.HasSuffix(w.word(t), "s") && !isClitic(w.word(t))
}

// subjectComma returns the comma before the subject phrase ending at subj
// (a few capitalised words: "…, Former White House Doctor Says"), -1 when
// none is near or a word between is not capitalised.
func (w *work) subjectComma(subj, first int) int {
	for t := subj; t > first && t > subj-maxSubjectTokens; t-- {
		switch wd := w.word(t); {
		case wd == ",":
			if t == subj {
				return -1
			}
			return t
		case w.inQuote[t] >= 0 || w.isPunct(t) && wd != ".":
			return -1
		case !upperInitial(wd) && !isDigitInitial(wd) && !minorTitleWords[wd]:
			return -1
		}
	}
	return -1
}

// titleCase reports whether the words of [lo, hi) are a line in title
// case: four words or more, the words titles capitalise all capitalised
// but one at most.
func (w *work) titleCase(lo, hi int) bool {
	caps, words := w.capitalised(&stretch{first: lo, end: hi})
	return words >= 4 && caps >= words-1
}

func upperInitial(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func isDigitInitial(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
