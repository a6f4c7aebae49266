package quote

// Parsers often read the subject of a reported clause as the object of
// the cue verb ("saying local farmers have donated …": "farmers" the
// object of "saying", "donated" a clause with no subject of its own; "said
// his deputy, a lawyer, drafted the budget": "drafted" a second verb of
// the speaker). The content is then the object and the clause together.

// addresseeVerbs take the person spoken to as their object ("told
// reporters", "warned the crowd"): that object is the listener, never the
// subject of what was said.
var addresseeVerbs = map[string]bool{
	"tell": true, "ask": true, "inform": true, "assure": true, "remind": true, "warn": true,
	"notify": true, "advise": true, "convince": true, "persuade": true, "promise": true,
	"urge": true, "show": true, "teach": true, "brief": true, "thank": true, "accuse": true,
}

// splitSubject returns the clause that continues the object obj of cue verb
// v as its predicate, or -1: a clause complement (clause >= 0, after obj)
// or a verb conjoined to v with no conjunction, neither with a subject or
// a complementiser of its own, and nothing but commas between the object
// and the clause.
func (w *work) splitSubject(v, obj, clause int) int {
	if obj <= v || addresseeVerbs[w.lemma(v)] {
		return -1
	}
	if clause < 0 {
		for _, k := range w.children(v) {
			if int(k) > obj && w.d.Tokens[k].Rel == "conj" && w.finite(int(k)) {
				clause = int(k)
				break
			}
		}
		if clause < 0 {
			clause = w.predicateAfter(v, obj)
		}
	}
	if clause < obj || w.hasSubject(clause) || w.hasChildRel(clause, "mark") || w.hasChildRel(clause, "cc") || w.hasChildRel(clause, "csubj") {
		return -1
	}
	_, ohi := w.subtree(obj)
	clo, _ := w.subtree(clause)
	if ohi > clo {
		return -1
	}
	for t := ohi; t < clo; t++ {
		if w.word(t) == "," {
			continue
		}
		// An apposition of the object the parse hung on the verb ("said
		// his aide, a lawyer from Leeds, drafted …"): a noun phrase with
		// no verb, set off by commas.
		k := w.nominalChildAt(v, t)
		if k < 0 || w.word(t-1) != "," {
			return -1
		}
		_, hi := w.subtree(k)
		if hi > clo || w.hasVerb(t, hi) {
			return -1
		}
		t = hi - 1
	}
	return clause
}

// finite reports whether verb x heads a clause that could stand alone:
// a tensed verb or one with an auxiliary ("drafted", "will draft").
func (w *work) finite(x int) bool {
	switch w.d.Tokens[x].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return w.d.Tokens[x].UPOS == "VERB" && w.hasChildRel(x, "aux")
}

// frontedWords open a phrase that the reported clause puts first ("says
// despite the rain, she plans …", "said after the vote, the council
// will …"): it belongs to what was said, unlike the circumstances of the
// saying ("said in a statement, …").
var frontedWords = map[string]bool{
	"despite": true, "after": true, "before": true, "since": true, "without": true,
	"unless": true, "until": true, "once": true, "given": true, "unlike": true, "amid": true,
}

// frontedClause finds the clause of a cue verb v that the parse hung on it
// as parataxis or an adverbial clause because a phrase stands between
// them ("says despite the rain, she plans …"), or as its complement with
// the phrase hung on v instead of the clause: a clause with a subject of
// its own and no complementiser, after v, with nothing between but
// phrases hung on v and commas. It returns the clause's head and where
// the content starts (the fronted phrase when it is the clause's), or -1.
func (w *work) frontedClause(v int) (clause, lo int) {
	if w.lex.Score(w.lemma(v), FrameCcomp) < minReportedCue {
		return -1, -1
	}
	if v == w.d.Sentences[w.sentOf[v]].FirstToken && !w.hasSubject(v) {
		// "Asked about the delay, Ruiz said …" parsed with "said" below
		// "Asked": a participle opening the sentence, not a cue whose
		// clause follows a fronted phrase.
		return -1, -1
	}
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "parataxis", "advcl", "dep", "ccomp":
		case "conj":
			// A conjunct with no conjunction is the same mistake:
			// "says despite the rain, she plans …" with "plans" joined
			// to "says" by the comma alone.
			if w.hasChildRel(int(k), "cc") {
				continue
			}
		default:
			continue
		}
		x := int(k)
		if x <= v || !w.hasSubject(x) || !w.finite(x) && !w.hasChildRel(x, "cop") || w.hasChildRel(x, "mark") {
			continue
		}
		clo, _ := w.subtree(x)
		for clo < x && w.isPunct(clo) {
			clo++ // the comma hung on the clause
		}
		if clo <= v+2 || w.word(clo-1) != "," || !w.onlyAdjuncts(v, v+1, clo) {
			return -1, -1
		}
		if frontedWords[w.lowWord(v+1)] {
			return x, v + 1
		}
		return x, clo
	}
	return -1, -1
}

// onlyAdjuncts reports whether tokens [lo, hi) are commas or lie in
// phrases hung on v as obliques or adverbs.
func (w *work) onlyAdjuncts(v, lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if w.word(t) == "," {
			continue
		}
		a := t
		for steps := 0; a >= 0 && w.head(a) != v && steps < hi-lo; steps++ {
			a = w.head(a)
		}
		if a < 0 || w.head(a) != v {
			return false
		}
		switch w.d.Tokens[a].Rel {
		case "obl", "obl:tmod", "obl:unmarked", "advmod", "punct":
		default:
			return false
		}
	}
	return true
}

// nominalChildAt returns the child of v, a noun or name, whose phrase
// starts at token t, or -1.
func (w *work) nominalChildAt(v, t int) int {
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].UPOS {
		case "NOUN", "PROPN":
		default:
			continue
		}
		if lo, _ := w.subtree(int(k)); w.firstWord(lo, int(k)) == t {
			return int(k)
		}
	}
	return -1
}

// verbAfterObject returns the finite verb (or modal) right after the
// object obj of speech verb v when the parse hung it anywhere but below
// the object: the object is then the subject of what was said ("saying
// the courts have no business …", "suggest Lee might be right", with
// "have" and "might" hung far off). It returns -1 when v does not take
// a clause, when v sits in a subject (in "those who question the plan
// lose", "lose" is the outer clause's), or for an object pronoun.
func (w *work) verbAfterObject(v, obj int) int {
	t := &w.d.Tokens[v]
	if t.UPOS != "VERB" || obj <= v || w.isTimeTok(obj) || objectPronouns[w.lowWord(obj)] {
		return -1
	}
	if w.lex.Score(lower(t.Lemma), FrameCcomp) < minReportedCue {
		return -1
	}
	lo, hi := w.subtree(obj)
	if hi >= w.d.Sentences[w.sentOf[v]].EndToken || w.inQuote[hi] >= 0 || w.dominates(obj, hi) {
		return -1
	}
	for u := lo; u < hi; u++ {
		if w.d.Tokens[u].UPOS == "SCONJ" || u > lo && w.lowWord(u) == "as" {
			// "condemned the launch as Pyongyang fired …": the verb is
			// the subordinate clause's the parse hung on the object.
			return -1
		}
	}
	if w.word(hi) == "," && hi+1 < w.d.Sentences[w.sentOf[v]].EndToken && w.commaIn(lo+1, hi) {
		// "said the fee, which is high, would stay", "said the fee, the
		// highest in years, would stay": an aside set off by a pair of
		// commas inside the subject of what was said.
		hi++
	}
	switch w.d.Tokens[hi].XPOS {
	case "MD", "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	if !isVerbal(w.d.Tokens[hi].UPOS) {
		return -1
	}
	for x, step := v, 0; x >= 0 && step < 12; x, step = w.head(x), step+1 {
		switch w.d.Tokens[x].Rel {
		case "nsubj", "nsubj:pass", "csubj", "csubj:pass":
			return -1
		}
	}
	return hi
}

// frontedClauseEnd returns where the clause holding verb v ends when
// that clause comes before the verb it hangs from ("While his aides have
// suggested the plan is dead, Lee …": the comma before "Lee", even when
// the parse ends the clause sooner), else the sentence's end.
func (w *work) frontedClauseEnd(v int) int {
	x := v
	for step := 0; step < 12; step++ {
		h := w.head(x)
		if h < 0 || w.sentOf[h] != w.sentOf[v] {
			break
		}
		if _, hi := w.subtree(x); h >= hi {
			// The parse may end the clause early ("the plan" with "is
			// dead" hung on the main verb): it runs to the last comma
			// before the main clause's subject.
			e := h
			for _, k := range w.children(h) {
				if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) >= hi && int(k) < h {
					e, _ = w.subtree(int(k))
					break
				}
			}
			for t := e - 1; t >= hi; t-- {
				if w.word(t) == "," {
					return t
				}
			}
			return hi
		}
		x = h
	}
	return w.d.Sentences[w.sentOf[v]].EndToken
}

// objectPronouns are object forms that never begin a clause.
var objectPronouns = map[string]bool{"him": true, "them": true, "me": true, "us": true, "whom": true}

// commaIn reports whether a comma outside quotation marks lies in [lo, hi).
func (w *work) commaIn(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if w.word(t) == "," && w.inQuote[t] < 0 {
			return true
		}
	}
	return false
}
