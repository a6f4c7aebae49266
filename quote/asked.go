package quote

// A question put to the speaker, in a participle before or after what
// they said ("Asked whether the ferry would run, Lee said …", "…, she said
// when asked if the fees would rise"), is an attribution of its own in PolNeAR:
// its cue is "asked", its content the question, its source whoever asked
// ("Asked by a reporter whether …") or no one. The cue model, which
// rarely sees a passive with no holder reported, scores it low, most of
// all beside a quotation; yet on the three PolNeAR slices this session
// measured (dev, 250 and 240 train articles) 43 of 53 such participles
// before a question word, "about" or "to" are annotated (33 of 40 without
// "about").

// askedProb is how sure an asked aside is (33 of 40 annotated).
const askedProb = 0.8

// askedAside reports whether cue c is the participle "asked" with no
// subject, opening its sentence, or after "when" or a comma, holding a
// question (a clause opened by whether, if or a wh-word) or a request
// ("to" with what was asked for); its content ends at a comma before a
// clause with a subject of its own. It sets the holder to the agent ("by
// a reporter") when there is one. ("Asked about the fees", whose content
// the parse starts after "about", is left to the cue model: taking it in
// too, with the "about", gave the fresh slice two more wrong than right.)
func (w *work) askedAside(c *cue) bool {
	v := c.tok
	if c.key != "ask" || w.d.Tokens[v].UPOS != "VERB" || c.hi <= c.lo || c.lo <= v {
		return false
	}
	switch w.d.Tokens[v].XPOS {
	case "VBN", "VBD":
	default:
		return false
	}
	s := w.d.Sentences[w.sentOf[v]]
	if v > s.FirstToken {
		switch w.lowWord(v - 1) {
		case "when", ",":
		default:
			return false
		}
	}
	agent := -1
	for _, k := range w.children(v) {
		switch r := w.d.Tokens[k].Rel; {
		case r == "nsubj" || r == "nsubj:pass" || r == "aux" || r == "aux:pass":
			return false // "Lee asked whether …", "was asked": not an aside
		case r == "obl:agent" || r == "obl" && int(k) < c.lo && w.hasCase(int(k), "by"):
			agent = int(k)
		}
	}
	switch w.lowWord(c.lo) {
	case "whether", "if", "why", "what", "how", "who", "which", "when", "where", "to":
	default:
		return false
	}
	for t := c.lo + 1; t+1 < c.hi; t++ {
		// "Asked whether …, Lee demurred": the question ends at the comma
		// before a clause with a subject of its own, however the parse
		// hangs that clause.
		if w.word(t) == "," && w.inQuote[t] < 0 && w.clauseAt(t+1, c.hi) {
			c.hi = t
			w.trimRegion(c)
			break
		}
	}
	c.subj, c.passive = agent, agent < 0
	c.source = agent >= 0
	return c.hi > c.lo
}

// clauseAt reports whether the words from t open a clause with a subject
// of its own: up to six words of a noun phrase, then a finite verb.
func (w *work) clauseAt(t, end int) bool {
	if t < end && (isRelativePronoun(w.word(t)) || asideWords[w.lowWord(t)]) {
		return false // ", which is old, …": an aside inside the question
	}
	subj := false
	for u := t; u < end && u < t+7; u++ {
		tok := &w.d.Tokens[u]
		switch {
		case isVerbal(tok.UPOS):
			if !subj {
				return false
			}
			switch tok.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
			return false
		case isSubjectWord(tok.UPOS):
			subj = true
		default:
			return false
		}
	}
	return false
}

// askingVerbs put a question: a clause after them opened by a question
// word is what they ask, however the parse labels it.
var askingVerbs = map[string]bool{"ask": true, "wonder": true, "inquire": true, "enquire": true}

// questionWords open an indirect question; ambiguousQuestionWords open
// a condition or a time as often ("asked the board to act when the port
// closed").
var questionWords = map[string]bool{
	"whether": true, "why": true, "what": true, "how": true, "who": true, "whom": true, "which": true,
}
var ambiguousQuestionWords = map[string]bool{"if": true, "when": true, "where": true}

// asksQuestion reports whether clause x, hung on asking verb v, is the
// question v puts: it opens with a question word, and v has no open
// clause ("asked Lee to act …"); "if", "when" and "where" only right
// after the verb or after whom it asks ("asked the mayor if …").
func (w *work) asksQuestion(v, x int) bool {
	if w.hasChildRel(v, "xcomp") {
		return false
	}
	lo, _ := w.subtree(x)
	first := w.firstWord(lo, x)
	word := w.lowWord(first)
	if questionWords[word] {
		return true
	}
	if !ambiguousQuestionWords[word] {
		return false
	}
	if first == v+1 {
		return true
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; r == "obj" || r == "iobj" || r == "obl:agent" {
			if _, hi := w.subtree(int(k)); hi == first {
				return true
			}
		}
	}
	return false
}
