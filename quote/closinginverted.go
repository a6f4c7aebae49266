package quote

// closingInverted reads an inverted attribution closing its sentence,
// "…, said Ana Ruiz, an analyst with the council that tracks them.", that
// the parse did not hang below what it reports: the cue made the root with
// the clause's subject as its own, a conjunct of the clause's first noun,
// or the speaker read as the cue's object ("…, noted the agency's chief
// economist"). It reports everything before the comma, and its speaker is
// the noun phrase right after the cue (closingCue reads the order "…,
// analysts say").
func (w *work) closingInverted(c *cue) bool {
	v := c.tok
	s := w.d.Sentences[w.sentOf[v]]
	comma := v - 1
	if comma <= s.FirstToken || w.word(comma) != "," || w.inQuote[comma-1] >= 0 || !w.finiteOrBare(v) {
		return false
	}
	subj := w.invertedSubject(v, s.EndToken)
	if subj < 0 || w.inQuote[subj] >= 0 {
		return false
	}
	top := subj // the speaker's phrase: its head and what hangs on it
	for w.head(top) > v && w.head(top) != v {
		top = w.head(top)
	}
	if w.head(top) != v {
		return false
	}
	switch rel := w.d.Tokens[top].Rel; {
	case rel == "nsubj":
	case rel == "obj" || (rel == "ccomp" || rel == "xcomp") && isNominal(w.d.Tokens[top].UPOS):
		// A speaker read as the object, or as a clause the cue reports
		// with a noun for its head ("…, said one harbour pilot"
		// after a parse that took a clause before the comma for the
		// cue's subject), must be someone: a mention, a noun that
		// names people or bodies ("one party source"), or a document,
		// known or not ("…, says a new report").
		if !w.speakingNoun(subj) && !documentNouns[w.lemma(subj)] && !sourceNouns[w.lemma(subj)] {
			return false
		}
		if w.hasSubjectBefore(v) && !w.subjectHasVerb(v, comma) && !w.subjectCutOff(v, comma) {
			// "A poll, taken in May, shows Lee ahead": the subject
			// before the aside acts on the object. (A subject with a
			// finite verb of its own before the comma is that verb's:
			// "Shops could close if rents rise, warn traders".)
			return false
		}
	default:
		return false
	}
	named := -1 // "…, said the firm's managing director, Ana Ruiz" with the name the subject
	for _, k := range w.children(v) {
		if int(k) < v || int(k) == top {
			continue
		}
		if w.d.Tokens[k].Rel == "nsubj" && w.mention[k] >= 0 && named < 0 {
			named = int(k)
			continue
		}
		switch w.d.Tokens[k].Rel {
		case "punct", "obl", "obl:tmod", "obl:unmarked", "advmod":
			// (A time, a place, or a phrase of the speaker's description
			// the parse hung on the cue: "…, said Ana Ruiz, an analyst
			// with the council".)
		default:
			return false // "…, said the vote was close": a clause of its own
		}
	}
	for t := v + 1; t < s.EndToken; t++ {
		if isVerbal(w.d.Tokens[t].UPOS) && !w.inRelative(t, v) && !w.attributiveParticiple(t) {
			return false // "…, said his deputy, a lawyer, drafted the plan"
		}
	}
	if w.words(s.FirstToken, comma) < 3 || !w.hasVerb(s.FirstToken, comma) {
		return false
	}
	if named >= 0 {
		subj = named
	}
	c.frame, c.subj, c.source, c.closing = FrameParataxis, subj, true, true
	c.lo, c.hi, c.holeLo, c.holeHi = s.FirstToken, comma, -1, -1
	w.trimRegion(c)
	return c.hi > c.lo
}

// inRelative reports whether token t lies in a relative clause below its
// ancestor v ("the council that monitors them").
func (w *work) inRelative(t, v int) bool {
	for steps := 0; t >= 0 && t != v && steps < len(w.d.Tokens); steps++ {
		if w.d.Tokens[t].Rel == "acl:relcl" {
			return true
		}
		t = w.head(t)
	}
	return false
}

// finiteOrBare reports whether verb v may be finite: an inverted
// attribution is "said X" or "says X", not "…, saying" nor a participle
// with its auxiliary. A bare past participle passes, for the tagger
// often writes VBN for a past tense after a comma, and so does a bare
// base form.
func (w *work) finiteOrBare(v int) bool {
	switch w.d.Tokens[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return !w.hasChildRel(v, "aux") && !w.hasChildRel(v, "aux:pass")
	case "VB":
		// A plural present after a modal clause ("…, warn traders")
		// is read as a base form; an infinitive or an imperative has
		// "to", an auxiliary or no one after it.
		return !w.hasChildRel(v, "aux") && !w.hasChildRel(v, "mark")
	}
	return false
}

// subjectHasVerb reports whether a finite verb of a main clause follows
// the subject of verb v before token end: no relative clause ("Lee, who
// has campaigned for …") and no subordinate one ("since he left"). The
// subject then has a clause of its own ("Shops could close if rents
// rise, warn traders"; "The new threat, known as X, poses …, say
// experts"), and the parse hung it on v by mistake.
func (w *work) subjectHasVerb(v, end int) bool {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) >= end || r != "nsubj" && r != "nsubj:pass" {
			continue
		}
		for t := int(k) + 1; t < end; t++ {
			switch w.d.Tokens[t].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
			default:
				continue
			}
			h := t
			if w.d.Tokens[t].UPOS == "AUX" && w.head(t) >= 0 {
				h = w.head(t)
			}
			if h != v && !w.hasChildRel(h, "mark") && w.relativeSubject(h) < 0 && !w.inRelative(h, v) {
				return true
			}
		}
	}
	return false
}

// subjectCutOff reports whether the comma before verb v parts v from its
// subject with no comma before it to open an aside: "…, and the crowd
// drifted home early, said one steward" with "drifted" read as a
// participle on "crowd". A comma between a subject and its verb only closes an
// aside ("A poll, taken in May, shows …"), so v is not that subject's
// verb.
func (w *work) subjectCutOff(v, comma int) bool {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) >= comma || r != "nsubj" && r != "nsubj:pass" {
			continue
		}
		for t := int(k) + 1; t < comma; t++ {
			if w.word(t) == "," || w.isPunct(t) && w.word(t) != "." {
				return false
			}
		}
		return true
	}
	return false
}
