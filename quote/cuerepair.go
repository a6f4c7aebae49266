package quote

// Repairs for contents the parse misplaced: a "that" clause hung on a
// nearby noun, a clause hung apart from its cue, an attribution inside its
// content, and participles that report nothing.

import (
	"strings"

	"dateline/text"
)

// thatClause finds a "that" clause the parse hung on a noun next to the
// verb ("said Tuesday that …", "said in a statement that …"): a clause
// inside the verb's subtree, after it, attached as a relative clause but
// with a subject of its own after "that". It returns the clause's head or
// -1.
func (w *work) thatClause(v int) int {
	_, hi := w.subtree(v)
	for t := v + 1; t < hi && t < v+maxThatGap; t++ {
		if !strings.EqualFold(w.word(t), "that") || w.inQuote[t] >= 0 {
			continue
		}
		h := w.head(t)
		if h <= t || !strings.HasPrefix(w.d.Tokens[h].Rel, "acl") {
			return -1
		}
		if w.d.Tokens[t].Rel != "mark" {
			// "that" as the relative pronoun: a true relative clause
			// unless the clause has another subject.
			ok := false
			for _, k := range w.children(h) {
				if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) != t {
					ok = true
				}
			}
			if !ok {
				return -1
			}
		}
		return h
	}
	return -1
}

// parenthetical reads a cue clause set between commas inside what it
// reports ("The festival, Ms. Ruiz said, honoured her mentors"), which
// parsers often take apart: the content is the sentence around the
// commas, the subject the noun just before the cue.
func (w *work) parenthetical(c *cue) bool {
	v := c.tok
	s := w.d.Sentences[w.sentOf[v]]
	a, b, subj := w.parentheticalCommas(v)
	inverted := false
	if a < 0 {
		a, b, subj = w.invertedParentheticalCommas(v)
		inverted = true
	}
	if a <= s.FirstToken || b >= s.EndToken || w.inQuote[a] >= 0 || w.inQuote[b] >= 0 {
		return false
	}
	if w.words(s.FirstToken, a) < 2 && !w.fronted(v, s.FirstToken, a) && !(inverted && w.loneAdverb(s.FirstToken, a)) ||
		w.words(b+1, s.EndToken) < 2 {
		return false
	}
	closing := false
	if r := w.d.Tokens[b+1].Rel; b <= v+2 && w.d.Tokens[b+1].XPOS == "VBG" && r != "nsubj" && r != "csubj" && !listingWords[w.lowWord(b+1)] {
		// "The ferry will close, Lee said, adding that …": a participle
		// after the second comma is the writer's remark, not the rest of
		// the clause (a gerund subject is: "…, he said, replacing the fee
		// would cost more"; annotators read on over "including …"). The
		// cue closes what comes before it.
		closing = true
	}
	if b > v+1 && (w.d.Tokens[v+1].XPOS == "DT" || w.d.Tokens[v+1].XPOS == "PRP$") && w.opensFronted(s.FirstToken, a) {
		// "While touring the docks, Lee said the fee, …": the first comma
		// ends a fronted clause and the second opens an aside on what
		// was said ("If it rains, Lee said, the fair will close" stays).
		return false
	}
	c.frame = FrameParataxis
	c.lo, c.hi, c.holeLo, c.holeHi = s.FirstToken, s.EndToken, a, b+1
	c.subj, c.source = subj, true
	if closing {
		c.hi, c.holeLo, c.holeHi = a, -1, -1
		w.trimRegion(c)
		return c.hi > c.lo
	}
	if a > s.FirstToken && isRelativePronoun(w.word(a-1)) {
		c.lo = a - 1 // "the stadium, which, Lee said, is full": the relative clause
	}
	for t := b + 2; t < s.EndToken; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 && t+1 < s.EndToken && w.writersAside(t+1, s.EndToken) {
			c.hi = t // "…, Lee said, was its largest so far, though …": the writer's
			break
		}
	}
	w.trimRegion(c)
	return c.hi > c.lo
}

// parentheticalCommas returns the commas around a cue clause whose
// subject comes first (", Mr. Bush said,") and the subject, or -1s.
func (w *work) parentheticalCommas(v int) (a, b, subj int) {
	s := w.d.Sentences[w.sentOf[v]]
	a = v - 1
	for a > s.FirstToken && a >= v-4 && w.word(a) != "," && isSubjectWord(w.d.Tokens[a].UPOS) {
		a--
	}
	if a <= s.FirstToken || a == v-1 || w.word(a) != "," || !isNominal(w.d.Tokens[v-1].UPOS) {
		return -1, -1, -1
	}
	if isRelativePronoun(w.word(v - 1)) {
		return -1, -1, -1 // "Tom Vik, who denied the charge, was freed": a relative clause, no attribution
	}
	b = v + 1
	for b < s.EndToken && b <= v+3 && w.word(b) != "," && !isVerbal(w.d.Tokens[b].UPOS) && !w.isPunct(b) {
		b++
	}
	if b >= s.EndToken || w.word(b) != "," {
		return -1, -1, -1
	}
	return a, b, v - 1
}

// invertedParentheticalCommas is parentheticalCommas for the inverted
// order, the speaker after the verb (", said Mr Lee,"; ", says the
// report,"): a finite verb right after a comma, the noun phrase
// invertedSubject reads, then a comma.
func (w *work) invertedParentheticalCommas(v int) (a, b, subj int) {
	s := w.d.Sentences[w.sentOf[v]]
	switch w.d.Tokens[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1, -1, -1 // "His group, called the Green Fund, will …": a name given
	}
	if v-1 <= s.FirstToken || w.word(v-1) != "," {
		return -1, -1, -1
	}
	subj = w.invertedSubject(v, s.EndToken)
	if subj < 0 || w.d.Tokens[subj].UPOS == "PRON" || w.mention[subj] < 0 && !w.isSourceNounTok(subj) {
		return -1, -1, -1
	}
	b = w.speakerPhraseEnd(subj, s.EndToken)
	if b >= s.EndToken || w.word(b) != "," {
		return -1, -1, -1
	}
	for {
		// An apposition describes the speaker (", said Tom Lee, an
		// analyst at Barclays, because …"): the aside runs over it.
		e := b + 1
		for e < s.EndToken && w.word(e) != "," && !isVerbal(w.d.Tokens[e].UPOS) && w.inQuote[e] < 0 {
			e++
		}
		if e >= s.EndToken || w.word(e) != "," || e == b+1 || !isDescriptionStart(w.d.Tokens[b+1].UPOS) {
			break
		}
		b = e
	}
	if w.hasSubjectBefore(v) && (!w.subjectlessFinite(b+1) || namingVerbs[w.lemma(v)]) {
		return -1, -1, -1 // "Lee, the club's treasurer, urged a pause, …": Lee's verb
	}
	if w.d.Tokens[b+1].UPOS == "CCONJ" || !w.verbBeforeRelative(b+1, s.EndToken) {
		// "…, said the mayor, and the vote will follow": a clause of
		// its own; "…, said Tom Lee, an analyst.": a closing
		// attribution. Both are read elsewhere.
		return -1, -1, -1
	}
	return v - 1, b, subj
}

// hasSubjectBefore reports whether verb v has a subject before it in the
// parse.
func (w *work) hasSubjectBefore(v int) bool {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) < v && (r == "nsubj" || r == "nsubj:pass") {
			return true
		}
	}
	return false
}

// verbBeforeRelative reports whether a verb comes in [lo, hi) before any
// relative pronoun: "because demand is strong" has a clause of its own,
// "a senior analyst with the council that monitors them" describes.
func (w *work) verbBeforeRelative(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		switch {
		case isRelativePronoun(w.word(t)):
			return false
		case isVerbal(w.d.Tokens[t].UPOS):
			return true
		}
	}
	return false
}

// isDescriptionStart reports whether a word of tag upos may open a noun
// phrase that describes someone ("an analyst", "chief economist", "62"):
// a subject's word that is no pronoun.
func isDescriptionStart(upos string) bool { return upos != "PRON" && isSubjectWord(upos) }

func isSubjectWord(upos string) bool {
	switch upos {
	case "PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM":
		return true
	}
	return false
}

// linearThat returns the "that" opening a clause a few words after cue v
// ("said Tuesday that the bridge …", "told reporters that …", past an
// aside between commas: "said, twice, that …"), or -1: the word after it
// must start a clause (a noun, pronoun, determiner or adjective, not a
// verb or punctuation).
func (w *work) linearThat(v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	from := v
	if e := w.asideAfter(v); e > 0 {
		from = e
	}
	for t := from + 1; t < s.EndToken-1 && t < from+maxThatGap; t++ {
		if w.inQuote[t] >= 0 || w.isPunct(t) {
			return -1
		}
		if w.word(t) != "that" {
			if w.d.Tokens[t].UPOS == "VERB" {
				return -1
			}
			continue
		}
		switch w.d.Tokens[t+1].UPOS {
		case "NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM":
			return t
		}
		return -1
	}
	return -1
}

// asideAfter returns the comma closing an aside set off by commas right
// after verb v and followed by "that" ("said, apparently for the first
// time, that …"), or -1. The aside holds no verb: "said, we think, that"
// is a clause of its own.
func (w *work) asideAfter(v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	if v+1 >= s.EndToken || w.word(v+1) != "," {
		return -1
	}
	for t := v + 2; t < s.EndToken-1 && t < v+2+maxThatGap; t++ {
		switch {
		case w.inQuote[t] >= 0 || w.d.Tokens[t].UPOS == "VERB":
			return -1
		case w.word(t) == ",":
			if t > v+2 && strings.EqualFold(w.word(t+1), "that") {
				return t
			}
			return -1
		case w.isPunct(t):
			return -1
		}
	}
	return -1
}

// maxThatGap is how far after the verb its "that" may come.
const maxThatGap = 8

// hang makes the content of a verb that hangs from the clause it reports:
// "…, officials said" (parataxis) or, in a parse that got the attachment
// backwards, "Smith mentioned he is ready" (advcl). The content is the
// clause minus the verb's own: the side after the verb when the verb comes
// first, the side before when it comes last, both sides around a short
// interruption ("The plan, he said, is dead").
func (w *work) hang(c *cue) bool {
	v := c.tok
	h := w.head(v)
	if h < 0 || w.sentOf[h] != w.sentOf[v] {
		return false
	}
	c.lo, c.hi = w.subtree(h)
	c.holeLo, c.holeHi = w.subtree(v)
	switch w.d.Tokens[v].Rel {
	case "parataxis":
		if !w.hasSubject(v) {
			return false // ", but had not heard back": no one speaks
		}
		c.frame = FrameParataxis
	case "advcl":
		if w.subordinate(v) {
			// "As the storm passed, crews …", "When Lee left, …": a
			// clause with a conjunction of its own reports nothing.
			return false
		}
		c.frame = FrameAdvcl
		if v < h && w.isClause(h) {
			// "Smith mentioned he is ready" with the attachment reversed:
			// the clause after the verb is its complement.
			c.frame = FrameCcomp
		} else if w.closingAttribution(v, c.holeLo, c.holeHi) {
			// "…, a new survey suggests." labelled an adverbial clause:
			// the same closing attribution as parataxis.
			c.frame = FrameParataxis
			w.closeSentence(c)
		}
	case "conj":
		if v < h {
			// A conjunct comes after the conjunct it hangs from, so a
			// verb before its head is the advcl mistake again: "Smith
			// mentioned he is ready" with "mentioned" joined to "ready".
			if !w.isClause(h) {
				return false
			}
			c.frame = FrameCcomp
			break
		}
		// ", officials said." parsed as a conjunct of the clause it reports;
		// not one a conjunction opens (", but the board says if …"),
		// a clause of its own whose content the parse lost.
		if !w.hasSubject(v) || !w.commaBefore(w.firstWord(c.holeLo, v)) || w.opensWithConjunction(v) {
			return false
		}
		c.frame = FrameParataxis
	default:
		switch {
		case w.closingAttribution(v, c.holeLo, c.holeHi):
			// "…, a new survey suggests." with any other label.
			c.frame = FrameParataxis
			w.closeSentence(c)
		case v < h && w.isClause(h) && w.hasSubject(h) && misattached[w.d.Tokens[v].Rel]:
			// "Zelensky mentioned he's prepared …" with "mentioned"
			// an oblique of "prepared": the advcl mistake again.
			c.frame = FrameCcomp
		default:
			return false
		}
	}
	w.cutHole(c, v < h)
	return c.hi > c.lo
}

// closeSentence makes a closing attribution the parse hung below a word
// of what it reports hold the sentence up to it, not only that word's
// phrase: in "The party will present itself as “the honest choice” in
// May, Holt has said." with "said" a relative clause on "choice", Holt
// said all of it. Not a relative clause ("…, which Lee praised."), nor an
// attribution right after a quotation (`…,” the Post reported.`), which
// the quotation rules give its quotation.
func (w *work) closeSentence(c *cue) {
	first := w.firstWord(c.holeLo, c.tok)
	if isRelativePronoun(w.word(first)) {
		return
	}
	for t := first - 1; t >= c.lo && w.isPunct(t); t-- {
		if w.inQuote[t] >= 0 || isQuoteMarkWord(w.word(t)) {
			return
		}
	}
	c.lo = w.d.Sentences[w.sentOf[c.tok]].FirstToken
}

// aroundSource returns the parts of a content that runs over its own
// source phrase ("The fee, according to the council, will rise"): the
// words on either side, so that the quote's text leaves the phrase out
// as a split quotation leaves out its attribution. Nil for any other cue.
func (w *work) aroundSource(c *cue) []text.Span {
	if !c.source || c.holeLo <= c.lo || c.holeHi >= c.hi {
		return nil
	}
	return []text.Span{
		{Start: w.d.Tokens[c.lo].Start, End: w.d.Tokens[c.holeLo-1].End},
		{Start: w.d.Tokens[c.holeHi].Start, End: w.d.Tokens[c.hi-1].End},
	}
}

// closingComma returns the comma before an attribution that closes its
// sentence, read from the words: a comma, a noun phrase of at most six
// words, auxiliaries or adverbs, verb v, then only punctuation ("…,
// Jane Holt has said."). -1 when the words are not such.
func (w *work) closingComma(v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	for t := v + 1; t < s.EndToken; t++ {
		if !w.isPunct(t) || w.inQuote[t] >= 0 {
			return -1
		}
	}
	t := v - 1
	for t > s.FirstToken && (w.d.Tokens[t].UPOS == "AUX" || w.d.Tokens[t].UPOS == "ADV" || w.d.Tokens[t].UPOS == "PART") {
		t--
	}
	n := 0
	for ; t > s.FirstToken && n < 6; t, n = t-1, n+1 {
		if u := w.d.Tokens[t].UPOS; u != "PROPN" && u != "NOUN" && u != "DET" && u != "ADJ" && u != "PRON" && u != "NUM" && !isPossessiveMark(w.word(t)) {
			break
		}
	}
	if n == 0 || t <= s.FirstToken || w.word(t) != "," || w.inQuote[t] >= 0 || w.words(s.FirstToken, t) < 3 {
		return -1
	}
	return t
}

// cutHole settles a content region around the cue's own phrase
// [holeLo, holeHi): keep both sides of a short interruption, else only the
// side after (after) or before the phrase.
func (w *work) cutHole(c *cue, after bool) {
	for c.holeLo > c.lo && w.isPunct(c.holeLo-1) {
		c.holeLo--
	}
	for c.holeHi < c.hi && w.isPunct(c.holeHi) {
		c.holeHi++
	}
	left, right := w.words(c.lo, c.holeLo), w.words(c.holeHi, c.hi)
	// A conjunction right after the phrase with a new subject after it
	// opens a clause of its own: the phrase closes the clause before it
	// ("Cycling grew fastest, according to the council, and rowing came
	// second"); a verb after it shares the subject before ("…, and said
	// they …") and goes on with the content.
	conj := c.holeHi > c.holeLo && c.holeHi < c.hi && w.isPunct(c.holeHi-1) &&
		w.d.Tokens[c.holeHi].UPOS == "CCONJ" && w.subjectBeforeVerb(c.holeHi+1, c.hi)
	switch {
	case conj && left >= 2:
		c.hi, c.holeLo, c.holeHi = min(c.hi, c.holeLo), -1, -1
	case c.holeHi-c.holeLo <= maxInterruption && left >= 2 && right >= 2 && (after || w.hasVerb(c.holeHi, c.hi)):
		// Both sides, unless what follows a closing cue is no clause but
		// more about the source (", according to Lee, an analyst at …").
	case after && right > 0 || left == 0:
		c.lo, c.holeLo, c.holeHi = max(c.lo, c.holeHi), -1, -1
	default:
		c.hi, c.holeLo, c.holeHi = min(c.hi, c.holeLo), -1, -1
	}
	w.trimRegion(c)
}

// subjectBeforeVerb reports whether words come before the first finite
// verb in [lo, hi), adverbs aside: a clause with a subject of its own
// ("and rowing came second"), where "and said they …" shares the one
// before. The words decide, since the parse often makes such a clause a
// conjunct of the noun before it.
func (w *work) subjectBeforeVerb(lo, hi int) bool {
	words := 0
	for t := lo; t < hi; t++ {
		switch tok := &w.d.Tokens[t]; {
		case tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP" || tok.XPOS == "MD":
			return words > 0
		case tok.UPOS == "ADV" || w.isPunct(t):
		default:
			words++
		}
	}
	return false
}

// maxInterruption is the longest cue phrase (with its commas) that may sit
// inside a content: ", he said," or ", according to the police,".
const maxInterruption = 8

// trimRegion drops punctuation at the edges of the content and clips it
// to the cue's sentence. Quotation marks at the edges stay: they tell a
// quotation from reported speech.
func (w *work) trimRegion(c *cue) {
	s := w.d.Sentences[w.sentOf[c.tok]]
	c.lo, c.hi = max(c.lo, s.FirstToken), min(c.hi, s.EndToken)
	for c.lo < c.hi && w.isPunct(c.lo) && w.inQuote[c.lo] < 0 {
		c.lo++
	}
	for c.hi > c.lo && w.isPunct(c.hi-1) && w.inQuote[c.hi-1] < 0 {
		c.hi--
	}
	if c.holeLo >= 0 && (c.holeHi <= c.lo || c.holeLo >= c.hi) {
		c.holeLo, c.holeHi = -1, -1
	}
}

// A label is a name of at most maxLabelWords words, before a content of at
// least minLabelContent words.
const (
	maxLabelWords   = 4
	minLabelContent = 3
	labelScore      = 0.6
)

// accordingScore: "according to X" is a source phrase nearly every time.
const accordingScore = 0.95

// reducedPassive reports whether verb v is a past participle modifying a
// noun that names no people ("demands aligned with Moscow's interests",
// "a plan focused on tax"): the participle says something of that noun,
// so a phrase after it ("with …", "on …") is no content anyone holds.
// Of people it may be a stance ("voters worried about jobs").
func (w *work) reducedPassive(v int) bool {
	t := &w.d.Tokens[v]
	h := w.head(v)
	if t.XPOS != "VBN" || !strings.HasPrefix(t.Rel, "acl") || h < 0 || h > v || w.people(h) {
		return false
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") {
			return false // a relative clause of its own: "something she has asked of …"
		}
	}
	return true
}

// asComplement returns the phrase introduced by "as" that verb v takes
// ("seen as a threat", "known as the Golden Week"), -1 when none.
func (w *work) asComplement(v int) int {
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "obl", "xcomp", "advcl", "obj":
			if int(k) > v && w.hasMark(int(k), "as") {
				return int(k)
			}
		}
	}
	return -1
}

// listingWords are participles that go on listing what was said rather
// than remark on it: annotators read ", including …" as content.
var listingWords = map[string]bool{"including": true, "excluding": true, "compared": true, "comparing": true}
