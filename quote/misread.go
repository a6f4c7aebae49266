package quote

import "strings"

// misreadVerb reports whether noun token i is a verb in the third person
// that the tagger read as a plural noun: "Trump charges that …", "The
// poll shows Ruiz ahead", "Lee plans to run". The word is a seed verb
// with an -s, right after a noun or name that can be its subject, and
// before what a verb takes and a noun does not: "that", "to" and a bare
// verb, a name, a number or a pronoun that is no possessive. (A noun
// after it, "tax plans committee", or a verb, "GOP rules require", leave
// it a noun.) Which of these are attributions the cue model weighs with
// its "misread" feature and the subject's lemma.
func (w *work) misreadVerb(i int) bool {
	if w.misreadPluralVerb(i) || w.closingMisread(i) || w.misreadStanceVerb(i) {
		return true
	}
	if !w.sSeedAsNoun(i) {
		return false
	}
	s := w.d.Sentences[w.sentOf[i]]
	if i == s.FirstToken || i+1 >= s.EndToken || w.inQuote[i-1] >= 0 || w.inQuote[i+1] >= 0 {
		return false
	}
	switch p := &w.d.Tokens[i-1]; {
	case p.UPOS != "NOUN" && p.UPOS != "PROPN":
		return false
	case p.XPOS == "POS":
		return false
	}
	n := &w.d.Tokens[i+1]
	switch {
	case strings.EqualFold(w.word(i+1), "that"):
		return i+2 < s.EndToken && !w.isPunct(i+2)
	case strings.EqualFold(w.word(i+1), "to"):
		return i+2 < s.EndToken && w.d.Tokens[i+2].XPOS == "VB"
	case n.UPOS == "PROPN" || n.UPOS == "NUM":
		return true
	case n.UPOS == "PRON":
		return n.XPOS == "PRP"
	}
	return false
}

// misreadComplement reads the content of a misread verb from the words:
// from the word after it ("that" kept, as PolNeAR marks it) to the end
// of its clause (see extendRight); "to" and what follows is an open
// clause. A content with quoted words is left to the quotation rules.
func (w *work) misreadComplement(c *cue) bool {
	i := c.tok
	if w.closingMisread(i) {
		if !w.closingRegionRead(c) {
			return false
		}
		// The verb's -s agrees with the word before it, the subject's
		// head, where the words alone take the phrase's first noun
		// ("Uganda's New Vision newspaper reports").
		c.subj = i - 1
		return true
	}
	if w.misreadStanceVerb(i) {
		return w.misreadStanceComplement(c)
	}
	c.frame = FrameCcomp
	if strings.EqualFold(w.word(i+1), "to") {
		c.frame = FrameXcomp
	}
	c.lo, c.hi = i+1, i+2
	w.trimRegion(c)
	w.extendRight(c, true)
	for t := c.lo; t <= c.hi && t < len(w.d.Tokens); t++ {
		if w.inQuote[t] >= 0 {
			// A guess at the tag is no ground to cue a quotation, in
			// the content or right after it (where a content read from
			// the words stops): the quotation rules keep what they
			// found without it.
			return false
		}
	}
	return c.hi > c.lo
}

// misreadPluralVerb reports whether noun token i is a verb in its bare
// form after a plural subject that the tagger read as a noun: a share of
// people or a count ("Nearly a third say they …", "One in five say …",
// "Most of those polled say they …"). The word is a seed verb as written,
// after a number, a share word, a plural noun or a participle
// ("surveyed"), and before a subject pronoun or "that": "have a say",
// "the final say" and "a promise" stay nouns (a determiner or adjective
// before them).
func (w *work) misreadPluralVerb(i int) bool {
	if !w.bareSeedAfterPlural(i) {
		return false
	}
	next := w.lowWord(i + 1)
	return subjectPronouns[next] || next == "that" && w.complementiser(i+1) && isSubjectWord(w.d.Tokens[i+2].UPOS)
}

// bareSeedAfterPlural reports whether noun token i is a seed verb as
// written, in lower case, with two tokens after it in its sentence and a
// plural subject right before it (see misreadPluralVerb): what both
// misread readings of a bare form start from.
func (w *work) bareSeedAfterPlural(i int) bool {
	t := &w.d.Tokens[i]
	wd := w.lowWord(i)
	if t.XPOS != "NN" || wd != w.lemma(i) || !seedVerb(wd) {
		return false
	}
	s := w.d.Sentences[w.sentOf[i]]
	if i == s.FirstToken || i+2 >= s.EndToken || w.inQuote[i-1] >= 0 || w.inQuote[i+1] >= 0 {
		return false
	}
	if w.word(i) != wd {
		return false // a capitalised word is a headline's, read by headline.go
	}
	p, pw := &w.d.Tokens[i-1], w.lowWord(i-1)
	switch {
	case p.UPOS == "NUM":
		if pw == "one" || pw == "1" || i >= 2 && w.d.Tokens[i-2].UPOS == "DET" {
			return false // "one question that …", "the 169,000 figure that …"
		}
	case p.XPOS == "VBN":
		// "those surveyed say", "voters polled say"; not "a signed
		// tweet that …".
		if i < 2 || w.lowWord(i-2) != "those" && w.d.Tokens[i-2].XPOS != "NNS" {
			return false
		}
	case p.XPOS != "NNS" && !isShareWord(pw) && !w.pluralBeforePhrase(i):
		return false
	}
	return true
}

// pluralBeforePhrase reports whether a plural noun heads the subject
// before token i across a prepositional phrase: "Records from the city's
// archive show she …", "Polls in both states show that …". The phrase is
// a preposition and a few words of a noun phrase, the last of them a
// noun (not a determiner: "results from the show that …").
func (w *work) pluralBeforePhrase(i int) bool {
	s := w.d.Sentences[w.sentOf[i]]
	if u := w.d.Tokens[i-1].UPOS; u != "NOUN" && u != "PROPN" && u != "NUM" {
		return false
	}
	for t := i - 1; t > s.FirstToken && t >= i-maxPhraseWords; t-- {
		tk := &w.d.Tokens[t]
		switch {
		case tk.UPOS == "ADP" && phrasePrepositions[w.lowWord(t)]:
			return t > s.FirstToken && w.d.Tokens[t-1].XPOS == "NNS" && w.inQuote[t-1] < 0
		case tk.UPOS == "NOUN", tk.UPOS == "PROPN", tk.UPOS == "ADJ", tk.UPOS == "NUM", tk.UPOS == "DET", tk.XPOS == "PRP$":
		default:
			return false
		}
	}
	return false
}

// maxPhraseWords is the longest phrase pluralBeforePhrase looks across.
const maxPhraseWords = 6

// phrasePrepositions open a phrase that may follow a subject's head.
var phrasePrepositions = map[string]bool{"of": true, "from": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "among": true}

// shareWords name a share of a group, which takes a plural verb.
var shareWords = map[string]bool{"third": true, "thirds": true, "half": true, "quarter": true, "quarters": true,
	"majority": true, "minority": true, "most": true, "many": true, "few": true, "some": true, "others": true,
	"all": true, "both": true, "percent": true}

// isShareWord reports whether lower-case word wd names a share:
// "two-thirds" is one as "thirds" is.
func isShareWord(wd string) bool {
	return shareWords[wd] || shareWords[wd[strings.LastIndexByte(wd, '-')+1:]]
}

// sSeedAsNoun reports whether token i is a seed verb's -s form that the
// tagger read as a plural noun ("charges", "reports"): the word both
// misread readings start from.
func (w *work) sSeedAsNoun(i int) bool {
	return w.d.Tokens[i].XPOS == "NNS" && strings.HasSuffix(w.lowWord(i), "s") && seedVerb(w.lemma(i))
}
