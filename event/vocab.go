package event

// The coder looks a token's upper-case form and lemma up in several of the
// lexicon's tables: the words patterns need (reqIDs), the first words of
// actor, agent and discard phrases and of synonym-set members, the verbs.
// Hashing the same two strings into each map was a fifth of the event
// stage's time; the lexicon numbers every word any of them holds (vocab),
// a sentence looks each token up there once (sent.ids), and the tables are
// read by that number.

// noWord is the number of a word in none of the tables; unlooked marks a
// token of sent.wid not looked up yet.
const (
	noWord   = -1
	unlooked = -2
)

// number builds the vocabulary from the tables already built: the words
// patterns need keep their reqIDs numbers (so Lexicon.req and
// coder.present stay indexed by them), the others follow.
func (lx *Lexicon) number() {
	lx.vocab = make(map[string]int32, len(lx.reqIDs)+len(lx.actors.byFirst)+len(lx.agents.byFirst))
	for w, id := range lx.reqIDs {
		lx.vocab[w] = id
	}
	add := func(w string) {
		if _, ok := lx.vocab[w]; !ok {
			lx.vocab[w] = int32(len(lx.vocab))
		}
	}
	for w := range lx.actors.byFirst {
		add(w)
	}
	for w := range lx.agents.byFirst {
		add(w)
	}
	for w := range lx.discards.byFirst {
		add(w)
	}
	for _, by := range lx.synFirst {
		for w := range by {
			add(w)
		}
	}
	for w := range lx.verbs {
		add(w)
	}
	n := len(lx.vocab)
	lx.actors.number(lx.vocab, n)
	lx.agents.number(lx.vocab, n)
	lx.discards.number(lx.vocab, n)
	lx.verbAt = make([]int32, n)
	lx.verbLists = make([][]verbRef, 1, len(lx.verbs)+1) // 0: none
	for w, refs := range lx.verbs {
		lx.verbAt[lx.vocab[w]] = int32(len(lx.verbLists))
		lx.verbLists = append(lx.verbLists, refs)
	}
	lx.synStart = make([]bool, n)
	for _, by := range lx.synFirst {
		for w := range by {
			lx.synStart[lx.vocab[w]] = true
		}
	}
}

// word returns w's number in the vocabulary, noWord when it has none.
func (lx *Lexicon) word(w string) int32 {
	if id, ok := lx.vocab[w]; ok {
		return id
	}
	return noWord
}

// reqOf is a vocabulary number as a number of reqIDs, -1 when no pattern
// needs the word.
func (lx *Lexicon) reqOf(id int32) int32 {
	if id >= 0 && int(id) < len(lx.reqIDs) {
		return id
	}
	return -1
}

// verbsOf is the verbs filed under the word numbered id (Lexicon.verbs).
func (lx *Lexicon) verbsOf(id int32) []verbRef {
	if id < 0 {
		return nil
	}
	return lx.verbLists[lx.verbAt[id]]
}

// startsSynset says whether the word numbered id begins a member of some
// synonym set.
func (lx *Lexicon) startsSynset(id int32) bool { return id >= 0 && lx.synStart[id] }

// ids returns the vocabulary numbers of token i's form and lemma (the
// lemma's noWord when it is the form), looked up in lx when first asked
// for: a sentence's tokens are asked about again for every verb, phrase
// and window they fall in.
func (s *sent) ids(lx *Lexicon, i int) (form, lemma int32) {
	w := &s.wid[i]
	if w[0] == unlooked {
		w[0], w[1] = lx.word(s.forms[i]), noWord
		if s.lemmas[i] != s.forms[i] {
			w[1] = lx.word(s.lemmas[i])
		}
	}
	return w[0], w[1]
}
