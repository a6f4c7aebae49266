package quote

// Source phrases other than "according to" (cue.go): a prepositional
// phrase that names where the words of its clause come from. News writes
// polls and documents into the sentence ("In a CBS poll, she led by 24
// points", "Lee trails in the latest survey"), views into a possessive
// ("In Lee's view, the plan failed") and stances into a fronted "for" ("For
// many voters, the economy comes first"). The phrase's noun (or its
// possessor) is the source; the clause around the phrase, without it, is
// the content. These are candidates only: the cue model weighs each (its
// lexicon key says which kind of phrase it is), so a phrase that is only a
// place or a time ("in the first round", "For years, …") is its to reject.

// utteranceNouns name a piece of what someone said or wrote: an
// interview, a statement, a tweet. sourceNouns and occasionNouns
// (contentrules.go) both start from them.
var utteranceNouns = []string{
	"ad", "book", "briefing", "column", "email", "filing", "interview", "letter", "memoir",
	"op-ed", "podcast", "post", "release", "remark", "report", "ruling", "speech",
	"statement", "tweet", "video",
}

// sourceNouns are the heads of an "in" phrase that hold what someone
// said, wrote or found: a poll, a report, an interview.
var sourceNouns = wordSet(utteranceNouns,
	"analysis", "article", "blog", "complaint", "editorial", "essay", "forecast", "lawsuit",
	"memo", "message", "poll", "projection", "study", "survey", "testimony")

// wordSet is the set of the words of base and more.
func wordSet(base []string, more ...string) map[string]bool {
	set := make(map[string]bool, len(base)+len(more))
	for _, w := range base {
		set[w] = true
	}
	for _, w := range more {
		set[w] = true
	}
	return set
}

// viewNouns hold a view when someone's: "in Lee's view", "in her words";
// without a possessor they are idioms ("in other words", "in mind").
var viewNouns = map[string]bool{
	"view": true, "opinion": true, "estimation": true, "assessment": true, "word": true,
	"mind": true, "eye": true, "judgment": true, "account": true, "telling": true,
}

// Lexicon keys of the source phrases: the cue model learns each apart.
const (
	keyInSource  = "in/src"
	keyForSource = "for/src"
	// sourceScore stands in for a lexicon score: under the bar, so that
	// without the cue model these phrases are never reported.
	sourceScore = 0.2
)

// findSourcePhrases adds the cues of "in"/"for" source phrases outside
// quotations (see above).
func (w *work) findSourcePhrases() {
	toks := w.d.Tokens
	for i := range toks {
		if w.inQuote[i] >= 0 || w.sentOf[i] < 0 {
			continue
		}
		if w.headlineVerb(i) {
			continue
		}
		if toks[i].UPOS != "ADP" && toks[i].Rel != "case" {
			continue
		}
		switch w.lowWord(i) {
		case "in":
			w.inSource(i)
		case "for":
			w.forSource(i)
		}
	}
}

// inSource makes the cue of "in" + a source noun: "In a CBS poll, she led",
// "she led in the latest poll", "in Lee's view". The possessor of the noun
// is the source when there is one, else the noun.
func (w *work) inSource(i int) {
	n := w.head(i)
	if n <= i || w.sentOf[n] != w.sentOf[i] || !isNominal(w.d.Tokens[n].UPOS) || w.inQuote[n] >= 0 {
		return
	}
	subj := n
	for _, k := range w.children(n) {
		if w.d.Tokens[k].Rel == "nmod:poss" && w.inQuote[k] < 0 {
			subj = int(k)
		}
	}
	l := w.lemma(n)
	if !sourceNouns[l] && !(viewNouns[l] && subj != n) {
		return
	}
	_, end := w.subtree(n)
	// The phrase is the source's: "in a poll released Thursday by CNN".
	w.phraseCue(i, end, subj, keyInSource)
}

// forSource makes the cue of a fronted "For X," whose X is people: a
// person, a group, a plural noun ("For many voters, the economy …").
func (w *work) forSource(i int) {
	s := w.d.Sentences[w.sentOf[i]]
	if w.firstWord(s.FirstToken, i) != i {
		return // only a phrase that opens its sentence
	}
	comma := -1
	for t := i + 1; t < s.EndToken && t <= i+maxInterruption; t++ {
		if w.word(t) == "," {
			comma = t
			break
		}
		if isVerbal(w.d.Tokens[t].UPOS) || w.inQuote[t] >= 0 {
			return
		}
	}
	if comma < 0 {
		return
	}
	subj := w.phraseHead(i+1, comma)
	if subj < 0 {
		return
	}
	if c2 := w.appositionEnd(comma); c2 >= 0 {
		comma = c2 // "For Lee, the mayor, the vote …": the source's too
	}
	st := &w.d.Tokens[subj]
	if !(st.UPOS == "PROPN" || st.XPOS == "NNS" || w.mention[subj] >= 0) || timeNoun(lower(st.Lemma)) {
		return
	}
	w.phraseCue(i, comma, subj, keyForSource)
}

// timeNoun: "For years, …", "For now, …" are times, not people.
func timeNoun(l string) bool {
	switch l {
	case "year", "month", "week", "day", "decade", "hour", "minute", "now", "example", "instance",
		"time", "moment", "while", "century", "generation", "reason", "purpose":
		return true
	}
	return false
}

// phraseCue adds the cue of the source phrase [p, end): its content is the
// clause the phrase sits in without the phrase (both sides of it when it
// interrupts the clause), the source subj. Not when the clause's own verb
// is a cue that reports it ("said in a statement that …": the verb is the
// cue) or the phrase is part of another cue's content already as its
// source.
func (w *work) phraseCue(p, end, subj int, key string) {
	s := w.d.Sentences[w.sentOf[p]]
	end = min(end, s.EndToken)
	// The clause: up from the phrase's noun to the first verb or root.
	x := w.head(w.head(p))
	if key == keyForSource || x < 0 || w.sentOf[x] != w.sentOf[p] {
		x = -1
	}
	if comma := w.frontComma(p); comma >= 0 {
		// A phrase that opens the sentence runs to its comma whatever
		// the parse hangs on it ("In a poll released Monday by the
		// Chronicle, Ruiz leads"): the rest is the content.
		if x = -1; key != keyForSource {
			end = comma // forSource has found its end, past an apposition
		}
	}
	for steps := 0; x >= 0 && steps < 8 && !isVerbal(w.d.Tokens[x].UPOS) && !w.hasSubject(x); steps++ {
		h := w.head(x)
		if h < 0 || w.sentOf[h] != w.sentOf[p] {
			break
		}
		x = h
	}
	lo, hi := s.FirstToken, s.EndToken
	if x >= 0 {
		if k := w.cueKey(x); k != "" && w.lex.Score(k, FrameCcomp) >= minReportedCue {
			return
		}
		switch w.d.Tokens[x].Rel {
		case "root", "parataxis", "ccomp":
		default:
			// A relative or conjoined clause lacks its subject ("who
			// leads in the polls"), an adverbial one is the writer's
			// frame: no content of its own.
			return
		}
		lo, hi = w.subtree(x)
	}
	if p < lo || end > hi {
		lo, hi = s.FirstToken, s.EndToken
	}
	c := cue{tok: p, last: p, frame: FrameParataxis, subj: subj, listener: -1, source: true, key: key,
		lo: lo, hi: hi, holeLo: p, holeHi: end, score: sourceScore}
	w.trimRegion(&c)
	w.cutHole(&c, false)
	if c.hi <= c.lo || c.inRegion(c.tok) {
		return
	}
	w.cues = append(w.cues, c)
}

// frontComma returns the comma that closes a phrase opening its sentence
// at token p (within maxFrontPhrase tokens, before any finite verb), or -1.
func (w *work) frontComma(p int) int {
	s := w.d.Sentences[w.sentOf[p]]
	if w.firstWord(s.FirstToken, p) != p {
		return -1
	}
	for t := p + 1; t < s.EndToken && t <= p+maxFrontPhrase; t++ {
		switch {
		case w.word(t) == ",":
			return t
		case w.inQuote[t] >= 0, w.d.Tokens[t].UPOS == "AUX",
			w.d.Tokens[t].UPOS == "VERB" && w.d.Tokens[t].XPOS != "VBN" && w.d.Tokens[t].XPOS != "VBG":
			return -1
		}
	}
	return -1
}

// maxFrontPhrase is the longest phrase before the comma of a fronted
// source ("In a poll released Monday by the Chronicle and the Ledger,").
const maxFrontPhrase = 16
