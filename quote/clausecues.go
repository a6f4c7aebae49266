package quote

import "strings"

// Cue verbs whose clause the parse gets wrong in a way the words show:
// an "as" clause ("As the mayor put it, …"), a subordinate clause that
// reports nothing ("As the storm passed, …"), and an attribution closing
// the sentence that the parse made the root (", analysts say.").

// asClause reads a cue verb introduced by "as" ("As Lee noted, the bridge
// is old", "The bridge is old, as Lee put it", "As reported by the
// Gazette, the bridge is old"): what it reports is the sentence around
// its phrase, which parsers hang either way. Its object,
// if any, is only the pronoun standing for that ("put it", "said so").
func (w *work) asClause(c *cue, obj int) bool {
	v := c.tok
	a := -1
	for _, k := range w.children(v) {
		if int(k) < v && w.d.Tokens[k].Rel == "mark" && lower(w.word(int(k))) == "as" {
			a = int(k)
		}
	}
	agent := w.byAgent(v)
	if a < 0 || agent < 0 && (!w.hasSubject(v) || w.isPassive(v)) {
		return false // "As expected, …", "As the storm passed" has no speaker
	}
	speech := w.lex.Score(c.key, FrameCcomp) >= minReportedCue || w.lex.Score(c.key, FrameParataxis) >= minReportedCue
	if obj >= 0 && (obj < v || w.d.Tokens[obj].UPOS != "PRON" && w.lowWord(obj) != "so" && !speech) {
		return false // "as Lee told reporters", not "as Lee left the room"
	}
	if obj < 0 && !speech {
		return false // "As the storm passed, …"
	}
	s := w.d.Sentences[w.sentOf[v]]
	// The phrase: from "as" to the comma after the verb's own words.
	end := v + 1
	if obj > v {
		end = obj + 1
	}
	if h := w.head(v); h >= 0 {
		// The phrase parsed as the verb's own clause, hung on a word
		// after it: it runs to its first comma after the verb, however
		// long ("As Lee put it in a letter to her staff in the spring,
		// …"), even when the parse hangs the next clause's subject on
		// its last noun. Only before its head: after it, "as" is as
		// often "while" ("… as she discussed her plan at a rally").
		lo, hi := w.subtree(v)
		if lo == a && h >= hi {
			t := max(end, v+1)
			for t < hi && w.word(t) != "," {
				t++
			}
			if t < hi || hi < s.EndToken && w.word(hi) == "," {
				end = t
			}
		}
	}
	for end < s.EndToken && w.words(end, end+1) > 0 && end <= v+maxInterruption {
		end++ // "as Lee told reporters on Monday"
	}
	if end < s.EndToken && w.word(end) != "," && !w.isPunct(end) {
		return false
	}
	lo, hi := s.FirstToken, s.EndToken
	holeLo, holeHi := a, end+1
	if a > s.FirstToken && w.word(a-1) == "," {
		holeLo = a - 1
	}
	if w.words(lo, holeLo) == 0 && w.words(holeHi, hi) < 2 || w.words(lo, holeLo) > 0 && w.words(lo, holeLo) < 2 {
		return false
	}
	c.frame = FrameParataxis
	c.lo, c.hi, c.holeLo, c.holeHi = lo, hi, holeLo, holeHi
	if agent >= 0 {
		// "As reported by the Gazette, …": the agent is the source.
		c.subj, c.source = agent, true
	}
	w.trimRegion(c)
	w.cutHole(c, false)
	return c.hi > c.lo
}

// byAgent returns the agent of passive participle v ("reported by the
// Gazette", "first noted by Lee"), or -1. The agent's "by" comes right
// after the verb: "as opposed to a vote by the board" names no source.
func (w *work) byAgent(v int) int {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) > v && (r == "obl:agent" || r == "obl" && w.hasCase(int(k), "by")) {
			if lo, _ := w.subtree(int(k)); lo == v+1 && strings.EqualFold(w.word(lo), "by") {
				return int(k)
			}
		}
	}
	return -1
}

// subordinate reports whether verb v opens its clause with a subordinating
// conjunction ("as", "when", "because"): an adverbial clause of its own,
// not a cue verb the parse hung below what it reports.
func (w *work) subordinate(v int) bool {
	for _, k := range w.children(v) {
		if int(k) < v && w.d.Tokens[k].Rel == "mark" && w.d.Tokens[k].UPOS == "SCONJ" && lower(w.word(int(k))) != "that" {
			return true
		}
	}
	return false
}

// appositionEnd returns the comma closing an apposition after the comma
// at token comma ("For Lee, the mayor, the vote is …"): a short noun phrase
// with no verb, followed by a comma and a clause with a verb; else -1.
// Read from the words: parsers seldom see the apposition there.
func (w *work) appositionEnd(comma int) int {
	s := w.d.Sentences[w.sentOf[comma]]
	switch w.d.Tokens[min(comma+1, s.EndToken-1)].UPOS {
	case "DET", "NOUN", "PROPN", "ADJ":
	default:
		return -1
	}
	for t := comma + 1; t < s.EndToken && t <= comma+maxApposition; t++ {
		switch {
		case w.word(t) == ",":
			if t > comma+1 && w.words(t+1, s.EndToken) >= 2 && w.hasVerb(t+1, s.EndToken) {
				return t
			}
			return -1
		case isVerbal(w.d.Tokens[t].UPOS), w.isPunct(t), w.inQuote[t] >= 0:
			return -1
		}
	}
	return -1
}

// maxApposition is the longest apposition read after a source, in tokens.
const maxApposition = 6

// closingCue reads a cue verb that closes the sentence after a comma
// ("…, a new poll indicates.", "…, the BBC reported Monday.") but that the
// parse made the root, with what it reports hung below it as a second
// subject or a conjunct, or hung on a word before it with part of what
// it reports below it ("People read more than they buy, Lee said." with
// "said" a conjunct of "read" and "than they buy" hung on "said"): the
// content is the sentence up to the comma before the cue's subject. The
// subject is a short phrase with no verb; after the verb at most a few
// words (a time, "in a statement") and no verb.
func (w *work) closingCue(c *cue) bool {
	return w.head(c.tok) < c.tok && w.closingRegion(c)
}

// closingTold reads "…, Ana Ruiz told reporters." where the parse made the
// cue a conjunct of the clause it reports, or the root with that clause
// an adverbial one of it, and its listener an indirect object (an object
// of "tell"): the listener is no content, and what was told is the
// sentence up to the comma before the cue's subject, as for closingCue.
func (w *work) closingTold(c *cue, obj int) bool {
	v := c.tok
	if h := w.head(v); h > v {
		return false
	}
	if r := w.d.Tokens[v].Rel; r != "conj" && r != "parataxis" && r != "root" && !w.subjectHeadsCue(v) {
		return false
	}
	if w.d.Tokens[obj].Rel != "iobj" && c.key != "tell" {
		return false
	}
	if w.d.Tokens[v].Rel == "root" {
		// As the root, the cue may follow a name with its title set off
		// by one comma only ("…, Tom Vik, head of the port told the
		// paper"): that comma opens no subject, the name speaks. And a
		// quotation before it is the quotation rules' ("“…,” a friend,
		// Ana Ruiz told the paper").
		k := w.closingSubjectComma(v, v-1)
		if k > 0 && (w.d.Tokens[k-1].UPOS == "PROPN" || w.quotedIn(w.d.Sentences[w.sentOf[v]].FirstToken, k)) {
			return false
		}
	}
	return w.closingRegion(c)
}

// closingRegion is closingCue's reading once the cue's place is allowed:
// a short subject after a comma, at most a few words and no verb after
// the cue, and a clause before the comma.
func (w *work) closingRegion(c *cue) bool {
	return (w.hasSubject(c.tok) || w.subjectHeadsCue(c.tok)) && w.closingRegionRead(c)
}

// swallowedClosing reads "…, Harwick Mills Plc <HWM.L> said." and "…,
// Dunmore Union (DU) leaders said." where the parse made the cue's clause
// the complement before it and ran that clause on over the comma into
// the cue's subject, its names hung on the clause's last noun (brackets
// and tickers mislead parsers): the cue is a closing attribution when
// the words after that comma are a short subject phrase (see
// closingRegion).
func (w *work) swallowedClosing(c *cue, ccomp int) bool {
	v := c.tok
	if ccomp > v || v == 0 {
		return false
	}
	comma := w.closingSubjectComma(v, v-1)
	if comma <= 0 {
		return false
	}
	if _, hi := w.subtree(ccomp); hi <= comma+1 {
		return false // the clause ends at the comma: the parse is right
	}
	return w.closingRegionRead(c)
}

// closingRegionRead is closingRegion once the cue is known to have a
// subject before it.
func (w *work) closingRegionRead(c *cue) bool {
	v := c.tok
	s := w.d.Sentences[w.sentOf[v]]
	end := s.EndToken
	for t := v + 1; t < end; t++ {
		if w.word(t) == ";" && w.inQuote[t] < 0 {
			end = t // "…, analysts say; in 2012 …": the attribution closes its clause
			break
		}
	}
	if w.words(v+1, end) > maxTrailingWords || w.hasVerb(v+1, end) {
		return false
	}
	comma, name := w.closingSubjectComma(v, v-1), -1
	if comma == v-1 {
		comma, name = w.apposedSubject(v)
	}
	if comma < 0 || comma == v-1 || w.words(s.FirstToken, comma) < 3 || w.whWordIn(comma+1, v) {
		return false
	}
	if !w.hasVerb(s.FirstToken, comma) && !w.frontedObject(v, comma) {
		return false // "In the morning, officials say": no clause to report
	}
	if w.adverbialOnly(s.FirstToken, comma) {
		return false
	}
	subj := w.phraseHead(comma+1, v)
	if name > 0 {
		subj = w.phraseHead(name+1, v)
	}
	for _, k := range w.children(v) {
		if int(k) > max(comma, name) && int(k) < v && w.d.Tokens[k].Rel == "nsubj" {
			// A subject the parse did give the cue after the comma is
			// the phrase's head ("city and regional planners said"),
			// where the words alone take its first noun.
			subj = int(k)
		}
	}
	if subj < 0 {
		return false
	}
	// The subject is read from the words: the parse's subjects of v
	// include the content's.
	c.frame, c.subj, c.source, c.closing = FrameParataxis, subj, true, true
	c.lo, c.hi = s.FirstToken, comma
	w.trimRegion(c)
	return c.hi > c.lo
}

// whWordIn reports whether a wh-word lies in [lo, hi): the verb after it
// heads a relative clause ("…, a third of what the union asked for."), and
// the phrase before it is no speaker.
func (w *work) whWordIn(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		switch w.lowWord(t) {
		case "who", "whom", "whose", "which", "what":
			return true
		}
	}
	return false
}

// closingSubjectComma returns the comma that opens the subject of a cue v closing
// its sentence, scanning back from token from over at most
// maxSubjectTokens tokens; -1 when a verb, a quotation or other
// punctuation comes first.
func (w *work) closingSubjectComma(v, from int) int {
	s := w.d.Sentences[w.sentOf[v]]
	for t := from; t > s.FirstToken && t >= v-maxSubjectTokens-2; t-- {
		if w.word(t) == "," {
			return t
		}
		if o := w.bracketOpen(t, s.FirstToken); o > s.FirstToken {
			// An acronym, a ticker or a party label in brackets
			// belongs to the subject it follows: "…, the Calder
			// Wool Board (CWB) said", "…, <Harwick Mills Ltd> said".
			t = o
			continue
		}
		if w.d.Tokens[t].XPOS == "VBN" && t+1 < v && w.lowWord(t+1) == "by" {
			// "…, traders polled by the Gazette said": a participle
			// with its agent describes the subject.
			continue
		}
		if isVerbal(w.d.Tokens[t].UPOS) || w.inQuote[t] >= 0 || w.isPunct(t) && w.word(t) != "." {
			return -1
		}
	}
	return -1
}

// bracketOpen returns the "(" or "<" that token t closes (a ")" or ">"),
// searched back to token lo with no other bracket between; -1 when t
// closes none.
func (w *work) bracketOpen(t, lo int) int {
	var open string
	switch w.word(t) {
	case ")":
		open = "("
	case ">":
		open = "<"
	default:
		return -1
	}
	for k := t - 1; k >= lo && k >= t-maxSubjectTokens; k-- {
		switch w.word(k) {
		case open:
			return k
		case ")", ">", "(", "<", ",":
			return -1
		}
	}
	return -1
}

// apposedSubject reads "…, her top aide, Tom Weller, told the paper": a
// title and the name apposed to it, each between commas, before a cue
// right after a comma. It returns the comma that opens the title and the
// one before the name, who speaks; -1, -1 when the words are not so.
func (w *work) apposedSubject(v int) (open, name int) {
	name = w.closingSubjectComma(v, v-2)
	if name <= 0 || name == v-2 {
		return -1, -1
	}
	open = w.closingSubjectComma(v, name-1)
	if open <= 0 || open == name-1 {
		return -1, -1
	}
	return open, name
}

// subjectHeadsCue reports whether the parse made the cue's subject its
// head, the cue a participle on it: "…, a port official told the paper"
// with "told" an acl of "official".
func (w *work) subjectHeadsCue(v int) bool {
	h := w.head(v)
	return h >= 0 && h < v && w.d.Tokens[v].Rel == "acl" && isNominal(w.d.Tokens[h].UPOS) && w.d.Tokens[v].XPOS == "VBD" &&
		w.closingSubjectComma(v, v-1) > 0
}

// A trailing cue has a subject of at most maxSubjectTokens tokens and at
// most maxTrailingWords words after it.
const (
	maxSubjectTokens = 8
	maxTrailingWords = 4
)

// frontedObject reports whether verb v has an object before token t: what
// it reports, parsed as a fronted object ("Her chances hinge on …,
// analysts say" with "hinge" read as a noun).
func (w *work) frontedObject(v, t int) bool {
	for _, k := range w.children(v) {
		if int(k) < t && w.d.Tokens[k].Rel == "obj" {
			return true
		}
	}
	return false
}
