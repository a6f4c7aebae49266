package quote

// words counts the word tokens in [lo, hi).
func (w *work) words(lo, hi int) int {
	lo, hi = max(lo, 0), min(hi, len(w.d.Tokens))
	if hi <= lo {
		return 0
	}
	return int(w.wordsTo[hi] - w.wordsTo[lo]) // counted once per document in reset
}

// hasSubject reports whether verb v has a subject of its own.
func (w *work) hasSubject(v int) bool {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; r == "nsubj" || r == "nsubj:pass" || r == "expl" {
			return true
		}
	}
	return false
}

// isRelative reports whether clause x has a relative pronoun for subject:
// a relative clause the parse took for a complement. A pronoun right
// after a verb has no noun to describe: "says that was the first time" is
// a demonstrative, the subject of what was said.
func (w *work) isRelative(x int) bool {
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && isRelativePronoun(w.word(int(k))) && int(k) < x {
			return !w.afterVerb(int(k))
		}
	}
	return false
}

// afterVerb reports whether the word before token t (past a comma) is a
// verb or an adverb: t opens a clause, it does not follow a noun.
func (w *work) afterVerb(t int) bool {
	p := t - 1
	if p >= 0 && w.word(p) == "," {
		p--
	}
	if p < 0 || w.sentOf[p] != w.sentOf[t] {
		return false
	}
	switch w.d.Tokens[p].UPOS {
	case "VERB", "AUX", "ADV":
		return true
	}
	return false
}

// firstWord returns the first token in [lo, hi] that is not punctuation.
func (w *work) firstWord(lo, hi int) int {
	for lo < hi && w.isPunct(lo) {
		lo++
	}
	return lo
}

// isClause reports whether an xcomp is a verb clause ("to relinquish"),
// not an adjective ("seemed tired").
func (w *work) isClause(x int) bool {
	switch w.d.Tokens[x].UPOS {
	case "VERB", "AUX":
		return true
	}
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; r == "mark" || r == "nsubj" || r == "cop" {
			return true
		}
	}
	return false
}

// wordBetween reports whether the word p (a colon, a comma) lies between
// tokens a < b.
func (w *work) wordBetween(a, b int, p string) bool {
	for t := a + 1; t < b; t++ {
		if w.word(t) == p {
			return true
		}
	}
	return false
}

// subtree returns the token range [lo, hi) spanned by token i and its
// descendants within i's sentence.
func (w *work) subtree(i int) (lo, hi int) {
	if h := w.subHi[i]; h != 0 { // read once per token: many rules ask again
		return int(w.subLo[i]), int(h)
	}
	lo, hi = w.readSubtree(i)
	w.subLo[i], w.subHi[i] = int32(lo), int32(hi)
	return lo, hi
}

func (w *work) readSubtree(i int) (lo, hi int) {
	lo, hi = i, i+1
	stack := append(w.stack[:0], int32(i))
	for steps := 0; len(stack) > 0 && steps < len(w.d.Tokens); steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range w.children(int(x)) {
			if w.sentOf[k] != w.sentOf[i] {
				continue
			}
			lo, hi = min(lo, int(k)), max(hi, int(k)+1)
			stack = append(stack, k)
		}
	}
	w.stack = stack
	return lo, hi
}

// particle extends a phrasal cue over its particle ("pointed out").
func (w *work) particle(v int) int {
	last := v
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "compound:prt" && int(k) == last+1 {
			last = int(k)
		}
	}
	return last
}

// hasVerb reports whether a verb or auxiliary lies in [lo, hi).
func (w *work) hasVerb(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		if isVerbal(w.d.Tokens[t].UPOS) {
			return true
		}
	}
	return false
}

func isVerbal(upos string) bool { return upos == "VERB" || upos == "AUX" }

// dominates reports whether token t lies in the subtree of token x.
func (w *work) dominates(x, t int) bool {
	for step := 0; t >= 0 && step < 32; step++ {
		if t == x {
			return true
		}
		t = w.head(t)
	}
	return false
}
