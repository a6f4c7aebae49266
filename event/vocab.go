package event

import "dateline/internal/strtab"

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

// A word's number carries, above its low 24 bits (numMask), a flag for
// each table that files something under it. Most tokens start no phrase
// of a given index and are no verb: the flag says so from the number the
// token was looked up by, without a read of the table's own array (in an
// ingest those reads missed the processor's caches: phraseIndex.list was
// a tenth of the stage's CPU).
const (
	numMask     = 1<<24 - 1
	startsActor = 1 << 24
	startsAgent = 1 << 25
	startsDisc  = 1 << 26
	startsSet   = 1 << 27
	isVerbWord  = 1 << 28
)

// number builds the vocabulary from the tables already built: the words
// patterns need keep their reqIDs numbers (so Lexicon.req and
// coder.present stay indexed by them), the others follow.
func (lx *Lexicon) number() {
	vocab := make(map[string]int32, len(lx.reqIDs)+len(lx.actors.byFirst)+len(lx.agents.byFirst))
	for w, id := range lx.reqIDs {
		vocab[w] = id
	}
	add := func(w string) {
		if _, ok := vocab[w]; !ok {
			vocab[w] = int32(len(vocab))
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
	n := len(vocab)
	if n > numMask {
		panic("event: vocabulary too large for its numbers' flags")
	}
	lx.actors.number(vocab, n, startsActor)
	lx.agents.number(vocab, n, startsAgent)
	lx.discards.number(vocab, n, startsDisc)
	lx.verbAt = make([]int32, n)
	lx.verbLists = make([][]verbRef, 1, len(lx.verbs)+1) // 0: none
	for w, refs := range lx.verbs {
		lx.verbAt[vocab[w]] = int32(len(lx.verbLists))
		lx.verbLists = append(lx.verbLists, refs)
	}
	sets := make([][]int32, n)
	for name, by := range lx.synFirst {
		key, needed := lx.reqSets[name]
		for w := range by {
			if needed {
				sets[vocab[w]] = append(sets[vocab[w]], key)
			}
		}
	}
	lx.synKeyAt = make([]int32, n+1)
	lx.synKeys = lx.synKeys[:0]
	for id, keys := range sets {
		lx.synKeyAt[id] = int32(len(lx.synKeys))
		lx.synKeys = append(lx.synKeys, keys...)
	}
	lx.synKeyAt[n] = int32(len(lx.synKeys))
	// Every token is looked up, a third of them words of none of the
	// tables: a strtab.Table, key and number in one slot, misses the
	// cache less than a map (see its package).
	flags := make([]int32, n)
	for w := range lx.actors.byFirst {
		flags[vocab[w]] |= startsActor
	}
	for w := range lx.agents.byFirst {
		flags[vocab[w]] |= startsAgent
	}
	for w := range lx.discards.byFirst {
		flags[vocab[w]] |= startsDisc
	}
	for _, by := range lx.synFirst {
		for w := range by {
			flags[vocab[w]] |= startsSet
		}
	}
	for w := range lx.verbs {
		flags[vocab[w]] |= isVerbWord
	}
	lx.vocab = strtab.New(n)
	for w, id := range vocab {
		lx.vocab.Put(w, id|flags[id])
	}
}

// word returns w's number in the vocabulary with its flags, noWord when
// it has none.
func (lx *Lexicon) word(w string) int32 {
	if id, ok := lx.vocab.Get(w); ok {
		return id
	}
	return noWord
}

// reqOf is a vocabulary number as a number of reqIDs, -1 when no pattern
// needs the word.
func (lx *Lexicon) reqOf(id int32) int32 {
	if id >= 0 && int(id&numMask) < len(lx.reqIDs) {
		return id & numMask
	}
	return -1
}

// verbsOf is the verbs filed under the word numbered id (Lexicon.verbs).
func (lx *Lexicon) verbsOf(id int32) []verbRef {
	if id < 0 || id&isVerbWord == 0 {
		return nil
	}
	return lx.verbLists[lx.verbAt[id&numMask]]
}

// setKeys is the numbers (as in Lexicon.req) of the synonym sets that
// patterns name and whose members the word numbered id starts.
func (lx *Lexicon) setKeys(id int32) []int32 {
	if id < 0 || id&startsSet == 0 {
		return nil
	}
	id &= numMask
	return lx.synKeys[lx.synKeyAt[id]:lx.synKeyAt[id+1]]
}

// startsSynset says whether the word numbered id begins a member of some
// synonym set.
func (lx *Lexicon) startsSynset(id int32) bool { return id >= 0 && id&startsSet != 0 }

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
