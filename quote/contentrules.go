package quote

import (
	"strings"
)

// Content boundaries that hold whatever the parser attaches where: rules
// read from the words and the shape of the clause, so that a parse that
// hangs a clause one level up or down gives the same content.

// opensSequel reports whether the words from t, after a comma, tell the
// speaker's next act rather than more of what was said: "and then" or
// "then" before a clause with its own subject in a plain past or present
// tense ("said the council had ignored her letters, and then she walked
// out"). Parsers hang that clause on the cue or on the content's verb
// alike. A clause with a modal or perfect auxiliary ("…, and then the
// town would grow") stays content: it reads as part of the report.
func (w *work) opensSequel(t, end int) bool {
	if t < end && w.lowWord(t) == "and" {
		t++
	}
	if t+2 >= end || w.lowWord(t) != "then" || w.inQuote[t] >= 0 {
		return false
	}
	// The verb: the first verb after "then", with a subject between.
	subj := false
	for u := t + 1; u < end && u < t+6; u++ {
		tok := &w.d.Tokens[u]
		switch {
		case tok.UPOS == "AUX" || w.isPunct(u):
			return false
		case tok.UPOS == "VERB":
			if !subj {
				return false
			}
			switch tok.XPOS {
			case "VBD", "VBZ", "VBP":
				return true
			}
			return false
		case isSubjectWord(tok.UPOS):
			subj = true
		}
	}
	return false
}

// predicateAfter finds the predicate of a subject the parse took for
// the object obj of cue v ("saying local farmers and traders have
// donated …", with "donated" on the cue, or on the verb above when the
// cue is a participle with no subject of its own): the clause whose
// words start right after obj's phrase (past commas), a complement or
// conjunct headed by a finite verb with no subject, no complementiser and
// no conjunction of its own. It returns the clause's head or -1.
func (w *work) predicateAfter(v, obj int) int {
	_, ohi := w.subtree(obj)
	s := w.d.Sentences[w.sentOf[v]]
	t := ohi
	for t < s.EndToken && w.word(t) == "," {
		t++
	}
	if t >= s.EndToken || w.inQuote[t] >= 0 {
		return -1
	}
	// The head of the largest phrase that starts at t: climb while the
	// head's phrase still starts at t.
	x := t
	for step := 0; step < 8; step++ {
		h := w.head(x)
		if h < 0 || w.sentOf[h] != w.sentOf[t] {
			break
		}
		if lo, _ := w.subtree(h); lo < ohi || h < t {
			break
		}
		x = h
	}
	if w.d.Tokens[x].UPOS != "VERB" || w.dominates(x, v) || w.dominates(obj, x) || !w.finite(x) {
		return -1
	}
	if r := w.d.Tokens[x].Rel; r != "conj" && r != "ccomp" {
		return -1 // an adverbial clause or an aside ("…, compared to …")
	}
	if h := w.head(x); h != v && (h != w.head(v) || w.hasSubject(v)) {
		// Only a participle with no subject of its own ("…, saying")
		// lends its clause's predicate to the verb above.
		return -1
	}
	if w.hasSubject(x) || w.hasChildRel(x, "mark") || w.hasChildRel(x, "cc") || w.hasChildRel(x, "csubj") {
		return -1
	}
	return x
}

// claimedPredicate reports whether clause x, with no subject of its own,
// is the predicate of another cue's object between v and x (see
// predicateAfter): "responded Friday, saying local farmers have donated
// …" with "donated" hung on "responded" is what "saying" reports.
func (w *work) claimedPredicate(v, x int) bool {
	if x <= v || w.hasSubject(x) {
		return false
	}
	for u := v + 1; u < x; u++ {
		if w.d.Tokens[u].UPOS != "VERB" {
			continue
		}
		for _, k := range w.children(u) {
			if r := w.d.Tokens[k].Rel; (r == "obj" || r == "iobj") && int(k) > u && w.predicateAfter(u, int(k)) == x {
				return true
			}
		}
	}
	return false
}

// cutAtReport ends a prepositional content ("spoke at …", "wrote
// about …") before a participle or infinitive hung on its nouns that reports a
// clause of its own ("spoke at a news conference announcing that …"):
// that clause is what was said, and the cue's phrase only the occasion.
// An object keeps its participle ("noted reports alleging that …": the
// reports are what was noted).
// Parsers hang such a participle on the noun or on the cue verb; both
// parses then give the same quote.
//
// So with an object that names people ("ignored officials saying that
// …"): what they say is theirs, whether the parse hangs the participle on
// them or on the cue.
func (w *work) cutAtReport(c *cue) {
	if c.frame != FrameAbout && c.frame != FrameObj {
		return
	}
	w.lightObject(c)
	w.cutOccasion(c)
	for u := c.lo + 1; u < c.hi; u++ {
		if !w.reportsClause(u) {
			continue
		}
		h := w.head(u)
		if c.frame == FrameAbout && !isVerbal(w.d.Tokens[h].UPOS) && h >= c.lo && h < u ||
			c.frame == FrameObj && (h == c.tok && w.peopleBefore(u) >= 0 || h >= c.lo && h < u && w.people(h)) {
			c.hi = u
			w.trimRegion(c)
			return
		}
	}
}

// peopleBefore returns the object of participle x's head verb when it
// names people and ends right before x, with no comma between ("ignored
// officials saying that …", the participle hung on "ignored"): the
// participle is theirs, a reduced relative clause. Else -1.
func (w *work) peopleBefore(x int) int {
	if w.d.Tokens[x].XPOS != "VBG" {
		return -1
	}
	h := w.head(x)
	if h < 0 || h > x || w.commaBefore(x) {
		return -1
	}
	for _, k := range w.children(h) {
		if r := w.d.Tokens[k].Rel; r != "obj" && r != "iobj" || int(k) > x {
			continue
		}
		if _, hi := w.subtree(int(k)); hi == x && w.people(int(k)) {
			return int(k)
		}
	}
	return -1
}

// people reports whether noun n names people who may speak: a name, a
// person or group mention, or a noun naming people ("officials"), but
// not a thing, an event or a time.
func (w *work) people(n int) bool {
	switch w.d.Tokens[n].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return false
	}
	if w.isTimeTok(n) {
		return false
	}
	switch w.entityTypeAt(n) {
	case "PERSON", "GROUP", "ORG", "NORP":
		return true
	}
	return w.isSourceNounTok(n)
}

// reportsClause reports whether token u is a participle or infinitive
// speech cue with a clause complement: "announcing that …", "to say the
// plan …".
func (w *work) reportsClause(u int) bool {
	t := &w.d.Tokens[u]
	if t.UPOS != "VERB" || t.XPOS != "VBG" && t.XPOS != "VB" || !strings.HasPrefix(t.Rel, "acl") && t.Rel != "advcl" {
		return false
	}
	if w.lex.Score(w.lemma(u), FrameCcomp) < minReportedCue {
		return false
	}
	for _, k := range w.children(u) {
		if w.d.Tokens[k].Rel == "ccomp" && int(k) > u {
			return true
		}
	}
	return w.linearThat(u) >= 0
}

// closingAttribution reports whether cue v, with its phrase [lo, hi),
// closes its sentence as an attribution of what comes before: after the
// clause it hangs from, with a subject of its own, a comma before it and
// nothing but punctuation after it ("…, a new survey suggests.").
func (w *work) closingAttribution(v, lo, hi int) bool {
	h := w.head(v)
	if h < 0 || v < h || !w.hasSubject(v) || !w.commaBefore(w.firstWord(lo, v)) {
		return false
	}
	s := w.d.Sentences[w.sentOf[v]]
	for t := hi; t < s.EndToken; t++ {
		if !w.isPunct(t) {
			return false
		}
	}
	return true
}

// misattached are the relations a parse gives a cue verb it hung below
// the clause the verb reports, besides advcl: nominal ones a verb cannot
// hold.
var misattached = map[string]bool{
	"obl": true, "obl:tmod": true, "obl:unmarked": true, "nmod": true, "dep": true, "advmod": true,
}

// lastDash reports whether token t is a dash, outside quotation marks,
// the only one in [lo, hi), with words after it: what
// follows a lone dash is the writer's comment on the content ("urged
// Ukraine to drop its bid—both demands aligned with …"), while a pair
// of dashes sets off an aside inside it.
func (w *work) lastDash(t, lo, hi int) bool {
	if !w.endingDash(t) || t+1 >= hi {
		return false
	}
	for u := lo; u < hi; u++ {
		if u != t && w.isDash(u) {
			return false
		}
	}
	return true
}

// isDash reports whether token t is a dash: a dash character, or a
// hyphen with a space on each side ("the plan - a costly one"), the
// commonest dash in plain-text news. A hyphen inside a word or a range
// ("H-1B", "2-1") is none.
func (w *work) isDash(t int) bool {
	wd := w.word(t)
	if wd != "-" {
		return isDashWord(wd)
	}
	s, e := w.d.Tokens[t].Start, w.d.Tokens[t].End
	return s > 0 && e < len(w.d.Text) && isSpaceByte(w.d.Text[s-1]) && isSpaceByte(w.d.Text[e])
}

// endingDash reports whether token t is a dash, outside quotation
// marks, that may end a content. A dash that closes an aside opened by
// one before it ("Ruiz — who asked for lower fees — saying …") always
// does. A lone one does not before a participle ("said the deal had
// helped him - opening the way to …"), which annotators read as content
// more often than not, nor with a quotation after it in the sentence
// ("asked the crowd to cheer the mayor - "our best friend.""), whose
// fragments the quotation rules join to the content.
func (w *work) endingDash(t int) bool {
	if !w.isDash(t) || w.inQuote[t] >= 0 {
		return false
	}
	s := w.d.Sentences[w.sentOf[t]]
	before := 0
	for u := s.FirstToken; u < t; u++ {
		if w.isDash(u) {
			before++
		}
	}
	if before%2 == 1 {
		return true
	}
	end := s.EndToken
	if t+1 < end && w.d.Tokens[t+1].XPOS == "VBG" {
		return false
	}
	for u := t + 1; u < end; u++ {
		if w.inQuote[u] >= 0 {
			return false
		}
	}
	return true
}

// closingDash returns, for a dash at t, the dash that closes the aside
// it opens before end, with no semicolon or quotation between, when the
// content goes on after it ("the fee - and the toll - would rise"); -1
// when t is no dash, a lone one, or one whose pair a relative clause, a
// concession or a participle follows ("a list of names -- most of them
// known -- who backed her"): the writer's, as after a comma.
func (w *work) closingDash(t, end int) int {
	if !w.isDash(t) || w.inQuote[t] >= 0 {
		return -1
	}
	for u := t + 1; u < end; u++ {
		switch {
		case w.word(u) == ";" || w.inQuote[u] >= 0:
			return -1
		case w.isDash(u):
			if u+1 < end && (asideWords[w.lowWord(u+1)] || w.d.Tokens[u+1].XPOS == "VBG") {
				return -1
			}
			return u
		}
	}
	return -1
}

// fronted reports whether the one word in [lo, hi), before a cue v set
// between commas, is a subject the parse gave v besides its own, or the
// subject of the clause v hangs from or holds ("Greensboro, Sexton said,
// made him …"): the subject of what was said.
func (w *work) fronted(v, lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if isWordToken(w.d.Text, w.d.Tokens[t]) {
			h := w.head(t)
			return w.d.Tokens[t].Rel == "nsubj" && isNominal(w.d.Tokens[t].UPOS) && h >= 0 &&
				(h == v || h == w.head(v) || w.head(h) == v)
		}
	}
	return false
}

// pronounThat reports whether cue v is followed by "that" and a comma
// that opens no aside: "that" is then the pronoun object of v and the
// clause after it the writer's ("Having said that, some farmers argue
// …", however the parse hangs "said"), unlike "said that, if elected,
// she would …", whose comma opens an aside closed by another.
func (w *work) pronounThat(v int) bool {
	t := v + 1
	end := w.d.Sentences[w.sentOf[v]].EndToken
	if t+1 >= end || w.lowWord(t) != "that" || w.word(t+1) != "," || w.inQuote[t] >= 0 {
		return false
	}
	for u := t + 2; u < end && u < t+2+maxInterruption; u++ {
		if w.word(u) == "," {
			return false
		}
	}
	return !w.longAsideThat(v, t+2, end)
}

// longAsideThat reports whether the words from k, after "that" and a
// comma following cue v, open a long adverbial aside that a later comma
// closes before the reported clause ("found that, on average over the
// three years surveyed (…), rents rose …", "said that, according to a
// count by the union, …"): a phrase or clause that opens with a
// preposition, an adverb or a conjunction is no subject, so "that" is the
// complementiser, however far the closing comma. Only after a cue with a
// subject of its own: "Having said that, in the end, …" keeps the pronoun.
func (w *work) longAsideThat(v, k, end int) bool {
	if k >= end || !w.hasChildRel(v, "nsubj") && !w.hasChildRel(v, "nsubj:pass") {
		return false
	}
	switch w.d.Tokens[k].UPOS {
	case "ADP", "ADV", "SCONJ":
	default:
		if !w.isAccordingTo(k) {
			return false
		}
	}
	for u := k + 1; u+2 < end; u++ {
		if w.inQuote[u] >= 0 {
			return false
		}
		if w.word(u) == "," && isSubjectWord(w.d.Tokens[u+1].UPOS) {
			return true
		}
	}
	return false
}

// occasionNouns (lemmas) name where or how words were said: a phrase of
// these after an object is the occasion, not what was said ("denounced
// the plan in a radio interview", "praised Ruiz during the debate").
var occasionNouns = wordSet(utteranceNouns,
	"address", "appearance", "broadcast", "conference", "debate", "diatribe", "e-mail",
	"episode", "event", "forum", "hearing", "meeting", "program", "programme", "rally",
	"remarks", "segment", "session", "show", "stop", "town")

// occasionPreps introduce an occasion or a time.
var occasionPreps = []string{"in", "on", "during", "at", "via", "through", "throughout"}

// cutOccasion ends an object content before a phrase that tells where,
// how or when it was said ("criticized the plan in a statement on
// Thursday", "denounced the toll during the debate"), whichever of the
// verb or the object the parse hangs that phrase on: the object is what
// was spoken of. A clause keeps such phrases ("said the port would close
// in the spring"): only object and prepositional contents are cut. Each
// end the content may have (cueends.go) is cut alike. On PolNeAR dev
// content F1 0.740 → 0.742, end-to-end 0.687 → 0.689; 250 train articles
// 0.734 → 0.735, 0.663 → 0.664 (clausal contents cut the same way lost
// 0.003 on dev; a trailing "when …"/"because …" clause cut too gained on
// dev and lost on train).
func (w *work) cutOccasion(c *cue) {
	for t := c.lo + 1; t < c.hi; t++ {
		if w.inQuote[t] >= 0 || w.d.Tokens[t].UPOS != "ADP" || !oneOf(w.lowWord(t), occasionPreps) {
			continue
		}
		if n := w.head(t); n <= t || !occasionNouns[w.lemma(n)] && !w.isTimeTok(n) {
			continue
		}
		e := t
		for e > c.lo && w.isPunct(e-1) {
			e--
		}
		if e <= c.lo {
			return
		}
		for i := range c.ends {
			c.ends[i] = min(c.ends[i], e)
		}
		c.hi = min(c.hi, e)
		return
	}
}

// lightNouns (lemmas) name a remark, a view or a jab that a verb only
// voices: in "took a shot at the plan", "offered his thoughts on Ruiz",
// "voiced a hopeful note about the budget" what is spoken of is the
// plan, Ruiz, the budget, as PolNeAR reads such phrases (the cue being
// the verb with its noun). Nouns of stance in general ("support for",
// "criticism of": the lexicon's noun cues) lost 0.002 content F1 on 250
// train articles and are not among them.
var lightNouns = map[string]bool{
	"shot": true, "swipe": true, "jab": true, "thought": true, "opinion": true, "note": true,
	"forecast": true, "blog": true, "question": true, "comment": true, "remark": true,
	"case": true, "view": true, "word": true, "assessment": true, "take": true, "stance": true,
	"position": true, "prediction": true, "misgiving": true, "doubt": true, "concern": true,
	"warning": true, "argument": true, "point": true, "statement": true, "letter": true,
}

// lightPreps open what a light noun is about.
var lightPreps = []string{"about", "on", "at", "against", "of", "for", "over"}

// lightObject starts an object content headed by a light noun at what the
// noun is about, when the parse hangs that phrase on the noun. (Read also
// from a phrase hung on the verb right after the object, dev content F1
// went down by 0.001.)
func (w *work) lightObject(c *cue) {
	if c.frame != FrameObj {
		return
	}
	n := -1
	for _, k := range w.children(c.tok) {
		if w.d.Tokens[k].Rel == "obj" && int(k) >= c.lo && int(k) < c.hi {
			n = int(k)
			break
		}
	}
	if n < 0 || w.d.Tokens[n].UPOS != "NOUN" || !lightNouns[w.lemma(n)] {
		return
	}
	for _, k := range w.children(n) {
		if w.d.Tokens[k].Rel != "nmod" || int(k) < n || !w.hasCaseIn(int(k), lightPreps) {
			continue
		}
		lo, hi := w.subtree(int(k))
		for lo < int(k) && (w.d.Tokens[lo].Rel == "case" || w.isPunct(lo)) {
			lo++
		}
		if lo > c.lo && lo < hi && hi <= c.hi {
			c.lo = lo
		}
		return
	}
}

// withSubject returns the speaker of a participle in an absolute
// construction, what is named between "with" and it ("…, with Senator
// Ana Ruiz telling reporters …", "with 38% backing him", "with 35
// percent of residents saying …", "with new surveys showing …"), whatever
// the parse hung the participle on; -1 when the words before participle v
// are not "with" and a noun phrase ending in a name, a noun or a
// percentage, or when v has a subject of its own.
func (w *work) withSubject(v int) int {
	if w.d.Tokens[v].XPOS != "VBG" || v < 3 || !w.absoluteSubject(v-1) || w.hasChildRel(v, "nsubj") {
		return -1
	}
	s := w.d.Sentences[w.sentOf[v]]
	for t := v - 2; t >= s.FirstToken && t >= v-7; t-- {
		switch tok := &w.d.Tokens[t]; {
		case w.lowWord(t) == "with":
			if t == v-2 && w.d.Tokens[v-1].UPOS == "PRON" {
				return -1 // "with them saying": an object pronoun, no absolute
			}
			return v - 1
		case tok.UPOS == "PROPN" || tok.UPOS == "NOUN" || tok.UPOS == "ADJ" || tok.UPOS == "DET" || tok.UPOS == "NUM":
		case w.lowWord(t) == "of" || w.word(t) == "%" || isPossessiveMark(w.word(t)):
			// "with 35 percent of residents", "with the union's leader"
		default:
			return -1
		}
	}
	return -1
}

// absoluteSubject reports whether token n may end the subject of an
// absolute construction: people, a percentage after its number, or a
// finding ("with new polls showing"). Other things do not speak there:
// "with softer language calling for …", "with ads casting her as …"
// are the writer's or their makers' words.
func (w *work) absoluteSubject(n int) bool {
	if w.word(n) == "%" {
		return w.d.Tokens[n-1].UPOS == "NUM"
	}
	return w.people(n) || w.d.Tokens[n].UPOS == "NOUN" && findingNouns[w.lemma(n)]
}

// findingNouns are what shows or suggests things in a writer's absolute
// construction.
var findingNouns = map[string]bool{"poll": true, "survey": true, "study": true, "figure": true, "data": true,
	"report": true, "graphic": true, "chart": true, "result": true, "estimate": true, "analysis": true,
	"research": true, "record": true, "document": true}
