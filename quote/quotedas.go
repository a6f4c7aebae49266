package quote

// relayedSpeaker returns who speaks when cue v relays another's words in
// the active voice: "the Herald quoted the firm's chief as saying …" and
// "Reuters quotes a source close to the talks" are the chief's and the
// source's words, not the paper's (the passive "was quoted as saying" is
// passiveSpeaker's). v is the relaying verb ("quote", "cite") or the "as
// saying" below it; the speaker is the verb's object when that is a
// mention or a noun naming people. -1 otherwise.
func (w *work) relayedSpeaker(v int) int {
	q := v
	if w.d.Tokens[v].XPOS == "VBG" && w.hasMark(v, "as") && w.head(v) >= 0 {
		q = w.head(v)
	}
	if !relayVerbs[w.lemma(q)] || w.hasChildRel(q, "aux:pass") || w.hasChildRel(q, "nsubj:pass") {
		return -1
	}
	if q == v && !w.quotedAs(q) && !w.nextToQuotation(q) {
		return -1 // "the report cites rising costs": a thing cited, no one speaking
	}
	for _, k := range w.children(q) {
		if o := int(k); w.d.Tokens[o].Rel == "obj" && w.inQuote[o] < 0 && o > q {
			if w.mention[o] >= 0 || w.isSourceNounTok(o) {
				return o
			}
		}
	}
	return -1
}

// relayVerbs are the verbs by which a writer passes on someone else's words.
var relayVerbs = map[string]bool{"quote": true, "cite": true}

// nextToQuotation reports whether a quotation ends right before verb v and
// its subject ("“…,” the Herald quotes a source"): v relays it.
func (w *work) nextToQuotation(v int) bool {
	first := v
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; r == "nsubj" && int(k) < v {
			first, _ = w.subtree(int(k))
		}
	}
	t := first - 1
	for t >= 0 && w.isPunct(t) && w.inQuote[t] < 0 {
		t--
	}
	return t >= 0 && w.sentOf[t] == w.sentOf[v] && w.inQuote[t] >= 0
}

// quotedAsSaying reports whether relaying verb v, in the active voice,
// has an "as" clause of a speech verb below it ("quoted the report as
// saying …"): the words are the clause's, and what v takes is their
// source.
func (w *work) quotedAsSaying(v int) bool {
	if w.hasChildRel(v, "aux:pass") || w.hasChildRel(v, "nsubj:pass") {
		// "Lee was quoted as arguing the port must close": the
		// words are the clause's too, and the participle finds Lee
		// through the passive subject; but a closing "…,” Lee was
		// quoted as saying" has no clause below the participle, and
		// the relaying verb holds the quotation (see passiveSpeaker).
		return w.asParticiple(v, func(k int) bool { return speechVerbSet[w.lemma(k)] && w.hasChildRel(k, "ccomp") })
	}
	return w.asParticiple(v, func(k int) bool { return speechVerbSet[w.lemma(k)] })
}

// speechVerbSet is speechVerbs as a set.
var speechVerbSet = wordSet(speechVerbs)
