package quote

import (
	"strings"

	"unicode"
	"unicode/utf8"
)

// isAccordingTo reports whether token i starts "according to".
func (w *work) isAccordingTo(i int) bool {
	// (Only a word of its length can match: no letter of it has a
	// case-folding partner outside ASCII.)
	return i+1 < len(w.d.Tokens) && len(w.word(i)) == len("according") && strings.EqualFold(w.word(i), "according") &&
		strings.EqualFold(w.word(i+1), "to") && w.sentOf[i+1] == w.sentOf[i]
}

// accordingTo makes the cue of "according to X": X is the source, the rest
// of the sentence is the content. The source phrase is read from the
// tokens (up to a comma, a verb or a conjunction) rather than the parse,
// which often attaches it to the nearest noun.
func (w *work) accordingTo(i int) {
	sent := w.d.Sentences[w.sentOf[i]]
	j := i + 2
	for j < sent.EndToken && (!w.endsSource(j) || j == i+2 && !w.isPunct(j)) {
		// (The source's first word is the source's whatever its tag:
		// taggers read "exit polls" or "sources familiar with …" as a
		// verb first.)
		if i == sent.FirstToken && j > i+2 && w.opensSubject(j) {
			break
		}
		j++
	}
	if j == i+2 {
		return
	}
	subj := w.phraseHead(i+2, j)
	if subj >= 0 && j < sent.EndToken && !w.personName(subj) && w.lowWord(j) == "and" {
		// "according to author and film critic Ana Ruiz": the titles
		// of one person, who is the source.
		k := j + 1
		for k < sent.EndToken && !w.endsSource(k) {
			k++
		}
		if p := w.phraseHead(j+1, k); p >= 0 && w.personName(p) {
			subj, j = p, k
		}
	}
	if subj >= 0 {
		// What the parse hangs on the source is about the source ("a
		// survey released on Thursday"), up to a comma: a source that
		// opens the sentence ends there, whatever the parse hangs on it.
		_, hi := w.subtree(subj)
		if j < sent.EndToken && w.participleOn(j, subj) {
			// "a survey published on Monday by the ministry" with the
			// survey hung on "published": the participle right after
			// the source describes it whichever way the parse goes.
			_, phi := w.subtree(j)
			hi = max(hi, phi)
		}
		for ; j < hi && w.word(j) != ","; j++ {
		}
		if i == sent.FirstToken {
			j = w.sourceApposition(j) // "According to Lee, head of the trust, …"
		}
	}
	c := cue{tok: i, last: i + 1, frame: FrameParataxis, subj: subj, listener: -1, source: true,
		lo: sent.FirstToken, hi: sent.EndToken, holeLo: i, holeHi: j}
	w.trimRegion(&c)
	w.cutHole(&c, false)
	if c.hi <= c.lo || c.subj < 0 {
		return
	}
	c.score = accordingScore
	w.cues = append(w.cues, c)
}

// opensSubject reports whether token t, right after a noun with no
// comma between, opens a new noun phrase: a determiner or a personal
// pronoun. After "According to" opening a sentence with no comma after
// the source, that is the clause's subject: "According to research firm
// Delta the number of shops has fallen", "According to the city's
// transport office a bus leaves every six minutes".
func (w *work) opensSubject(t int) bool {
	if !isNominal(w.d.Tokens[t-1].UPOS) || w.d.Tokens[t-1].UPOS == "PRON" {
		return false
	}
	switch w.d.Tokens[t].UPOS {
	case "DET":
		return w.d.Tokens[t].Rel != "nmod:poss" && !strings.EqualFold(w.word(t), "whose")
	case "PRON":
		return subjectPronouns[w.lowWord(t)]
	}
	return false
}

// endsSource reports whether token t ends the source phrase of "according
// to": punctuation, a verb, or a word that starts a clause.
func (w *work) endsSource(t int) bool {
	if w.isPunct(t) && w.word(t) != "." && w.word(t) != "’s" && w.word(t) != "'s" {
		return true
	}
	switch w.d.Tokens[t].UPOS {
	case "VERB", "AUX", "SCONJ", "CCONJ":
		return true
	}
	return w.word(t) == "." && t+1 < len(w.d.Tokens) && w.sentOf[t+1] != w.sentOf[t]
}

// phraseHead returns the head of the noun phrase starting in [lo, hi):
// the last word of its first run of nouns ("French President Emmanuel
// Macron" → Macron, "the regional transport office" → office), or -1.
func (w *work) phraseHead(lo, hi int) int {
	for t := lo; t < hi; t++ {
		if !isNominal(w.d.Tokens[t].UPOS) {
			continue
		}
		for t+1 < hi && (w.d.Tokens[t+1].UPOS == "PROPN" || w.d.Tokens[t+1].UPOS == "NOUN") {
			t++
		}
		return t
	}
	return -1
}

// colonLabel makes the cue of a name label before a colon at the start of
// a sentence, as in headlines and transcripts ("Okafor: Bakeries Will
// Suffer", "RUIZ: We will rebuild."): the name speaks the rest of the
// sentence.
func (w *work) colonLabel(colon int) {
	s := w.d.Sentences[w.sentOf[colon]]
	if n := colon - s.FirstToken; n < 1 || n > maxLabelWords {
		return
	}
	for t := s.FirstToken; t < colon; t++ {
		if w.inQuote[t] >= 0 || !w.labelWord(t) {
			return
		}
	}
	c := cue{tok: colon, last: colon, frame: FrameParataxis, subj: colon - 1, source: true, listener: -1,
		lo: colon + 1, hi: s.EndToken, holeLo: -1, holeHi: -1, score: labelScore}
	w.trimRegion(&c)
	if w.words(c.lo, c.hi) < minLabelContent || !w.namesSpeaker(s.FirstToken, colon, c.lo, c.hi) || w.nameList(c.lo, c.hi) || w.labelNotSpoken(c.lo, c.hi) {
		return
	}
	w.cues = append(w.cues, c)
}

// namesSpeaker reports whether the label in [lo, hi) names someone who
// can speak the line in [lo2, hi2) rather than a category ("Forwards:",
// "Ingredients:", "Cast:"): its last word is in a mention of a person,
// organisation, place or group, or is a noun of people or of a document
// that speaks ("Poll:", "Officials:"); or, with no mention on it, it is a
// proper noun or in capitals, as transcripts write speakers ("FALLIN:");
// or any other capitalised word before a line with a verb, since taggers
// read a lone name as a common noun ("Matthews: Well, the polls were
// wrong"). A mention of another type (a work, an event, MISC) is a
// category's name.
func (w *work) namesSpeaker(lo, hi, lo2, hi2 int) bool {
	last := hi - 1
	for last > lo && w.word(last) == "." {
		last--
	}
	if editorialLabels[w.lowWord(last)] {
		return false // "NOTE: 1986 net includes …": the writer's note
	}
	if l := w.lemma(last); sourceNouns[l] || w.isSourceNounTok(last) {
		return true
	}
	switch w.entityTypeAt(last) {
	case "PERSON", "ORG", "GPE", "NORP", "GROUP":
		return true
	case "":
	default:
		return false
	}
	if w.d.Tokens[last].UPOS == "PROPN" {
		return true
	}
	if word := w.word(last); len(word) > 1 && strings.ToUpper(word) == word {
		return true
	}
	for t := lo2; t < hi2; t++ {
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX":
			return true
		}
	}
	return false
}

// editorialLabels head the writer's own notes on the text ("NOTE: 1986
// net includes …", "Editor's note: …"): a label ending in one names no
// speaker, whatever the tagger made of it (wire tables write "NOTE" in
// capitals, which reads as a name). A correction or an update stays: the
// publication speaks in it, and PolNeAR annotates it so.
var editorialLabels = map[string]bool{
	"note": true, "notes": true, "nb": true, "n.b": true, "footnote": true, "footnotes": true,
	"postscript": true, "caption": true,
}

// nameList reports whether the words in [lo, hi) read as a list rather
// than an utterance: no verb, and names or items set apart by commas or
// brackets ("Tom Hale (Riverside), Sam Ode (Northgate), …").
func (w *work) nameList(lo, hi int) bool {
	sep := 0
	for t := lo; t < hi; t++ {
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX":
			return false
		}
		switch w.word(t) {
		case ",", ";":
			sep++
		case "(":
			sep += 2
		}
	}
	return sep >= 2
}

// labelWord reports whether token t may be part of a speaker label: a
// proper noun, or any capitalised word, since taggers often read a lone
// name before a colon ("Matthews:", "FALLIN:") as a common noun; the
// full stop of an abbreviation ("Gov.") too.
func (w *work) labelWord(t int) bool {
	tok := &w.d.Tokens[t]
	if tok.UPOS == "PROPN" || w.word(t) == "." && t > 0 && w.labelWord(t-1) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.word(t))
	return unicode.IsUpper(r) && tok.UPOS != "VERB" && tok.UPOS != "AUX"
}

// participleOn reports whether token t, right after the noun phrase
// headed by n, is a participle describing it: a past or present
// participle hung on n or heading it.
func (w *work) participleOn(t, n int) bool {
	tok := &w.d.Tokens[t]
	if tok.UPOS != "VERB" || tok.XPOS != "VBN" && tok.XPOS != "VBG" {
		return false
	}
	return w.head(t) == n || w.head(n) == t
}
