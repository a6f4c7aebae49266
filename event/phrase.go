package event

import (
	"slices"
	"strings"

	"dateline/event/petrarch"
)

// phraseIndex finds dictionary phrases in a token sequence. Phrases are
// filed under their first word, longest first. A first word that starts
// many phrases ("MINISTER" starts about 580 agents, "INTERNATIONAL" about
// 490 actors) also gets a word trie of its phrases, so a match follows the
// tokens that are there instead of trying every phrase in the list.
type phraseIndex[T any] struct {
	byFirst map[string]phraseList[T]
	// lists holds byFirst's lists again (from 1), at the position of each
	// by its first word's vocabulary number (0: none; see vocab.go).
	lists []phraseList[T]
	at    []int32
	flag  int32 // the flag of a vocabulary number whose word starts a phrase here
}

// phraseList is the phrases that start with one word, longest first, and
// their trie when there are many (nil when not). They share a map entry:
// one lookup a token, most of which start no phrase.
type phraseList[T any] struct {
	es   []phraseEntry[T]
	trie *phraseNode
}

// trieMin is the fewest phrases under one first word worth a trie: below
// it a scan of the list is as quick.
const trieMin = 16

type phraseEntry[T any] struct {
	words []petrarch.Word
	val   T
}

// phraseNode is a node of a word trie: ends are the positions (in the
// first word's list) of the phrases that end here, kids the next words in
// byte order.
type phraseNode struct {
	ends []int32
	kids []phraseKid
}

type phraseKid struct {
	word string
	node *phraseNode
}

func (ix *phraseIndex[T]) add(words []petrarch.Word, v T) {
	if len(words) == 0 {
		return
	}
	if ix.byFirst == nil {
		ix.byFirst = map[string]phraseList[T]{}
	}
	k := words[0].Text
	l := ix.byFirst[k]
	l.es = append(l.es, phraseEntry[T]{words, v})
	ix.byFirst[k] = l
}

// sort puts longer phrases first so the longest match wins, and builds the
// tries of the long lists.
func (ix *phraseIndex[T]) sort() {
	var buf []phraseEntry[T]
	for first, l := range ix.byFirst {
		es := l.es
		buf = longestFirst(es, buf)
		l.trie = nil
		if len(es) < trieMin {
			ix.byFirst[first] = l
			continue
		}
		root := &phraseNode{}
		for i, e := range es {
			n := root
			for _, w := range e.words[1:] {
				n = n.child(w.Text)
			}
			n.ends = append(n.ends, int32(i))
		}
		l.trie = root
		ix.byFirst[first] = l
	}
}

// longestFirst orders es by length, longest first, phrases of a length in
// the order they were added: slices.SortStableFunc by length, which spent
// about 40 M instructions of the lexicon's load merging its lists, done by
// counting in two passes (buf is room it may use, returned to be reused).
func longestFirst[T any](es, buf []phraseEntry[T]) []phraseEntry[T] {
	longest, sorted := 0, true
	for i, e := range es {
		longest = max(longest, len(e.words))
		if i > 0 && len(e.words) > len(es[i-1].words) {
			sorted = false
		}
	}
	if sorted {
		return buf
	}
	// at[n] is where the first phrase of n words goes, from the longest.
	var small [16]int
	at := small[:0]
	if longest+2 > len(small) {
		at = make([]int, longest+2)
	} else {
		at = small[:longest+2]
	}
	for _, e := range es {
		at[longest-len(e.words)+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	buf = append(buf[:0], es...)
	for _, e := range buf {
		k := longest - len(e.words)
		es[at[k]] = e
		at[k]++
	}
	clear(buf) // no pointers kept alive from the reused room
	return buf[:0]
}

// child returns the kid for word, adding it in order when missing.
func (n *phraseNode) child(word string) *phraseNode {
	k, ok := slices.BinarySearchFunc(n.kids, word, func(c phraseKid, w string) int { return strings.Compare(c.word, w) })
	if !ok {
		n.kids = slices.Insert(n.kids, k, phraseKid{word, &phraseNode{}})
	}
	return n.kids[k].node
}

func (n *phraseNode) find(word string) *phraseNode {
	k, ok := slices.BinarySearchFunc(n.kids, word, func(c phraseKid, w string) int { return strings.Compare(c.word, w) })
	if !ok {
		return nil
	}
	return n.kids[k].node
}

// first returns the least position of a phrase under n that matches the
// tokens from j on (bounded by limit, which it returns when none does). A
// dictionary word matches a token when it is the token's form, its lemma,
// or its form less a plural S (as wordMatches says), so at most three kids
// are followed.
func (n *phraseNode) first(forms, lemmas []string, j int, limit int32) int32 {
	if len(n.ends) > 0 && n.ends[0] < limit {
		limit = n.ends[0]
	}
	if j >= len(forms) || len(n.kids) == 0 {
		return limit
	}
	form, lemma := forms[j], lemmas[j]
	if c := n.find(form); c != nil {
		limit = c.first(forms, lemmas, j+1, limit)
	}
	if lemma != form {
		if c := n.find(lemma); c != nil {
			limit = c.first(forms, lemmas, j+1, limit)
		}
	}
	if k := len(form); k > 0 && form[k-1] == 'S' && form[:k-1] != lemma {
		if c := n.find(form[:k-1]); c != nil {
			limit = c.first(forms, lemmas, j+1, limit)
		}
	}
	return limit
}

// match finds the longest phrase starting at words[i]; forms and lemmas
// are the upper-case token texts. It returns the entry and the number of
// tokens matched (0 when none).
func (ix *phraseIndex[T]) match(forms, lemmas []string, i int) (T, int) {
	if ix.byFirst == nil {
		var zero T
		return zero, 0
	}
	lf, ll := ix.byFirst[forms[i]], phraseList[T]{}
	if lemmas[i] != forms[i] {
		ll = ix.byFirst[lemmas[i]]
	}
	return matchLists(&lf, &ll, forms, lemmas, i)
}

// matchIDs is match with the lists of the token's form and lemma found by
// their vocabulary numbers (sent.ids) instead of by hashing them again.
func (ix *phraseIndex[T]) matchIDs(forms, lemmas []string, i int, form, lemma int32) (T, int) {
	lf, ll := ix.list(form), ix.list(lemma)
	if lf == nil && ll == nil {
		// Most tokens (every one is asked about discards): their
		// numbers' flags say so, and the scan is not set up.
		var zero T
		return zero, 0
	}
	return matchLists(lf, ll, forms, lemmas, i)
}

// matchLists is match over the phrases that start with the token's form
// (lf) and with its lemma (ll); either may be nil.
func matchLists[T any](lf, ll *phraseList[T], forms, lemmas []string, i int) (T, int) {
	var best T
	bestN := 0
	try := func(l *phraseList[T]) {
		if l == nil {
			return
		}
		es := l.es
		if l.trie != nil {
			// The list before the first phrase that matches has none
			// that does: the scan starts there.
			es = es[l.trie.first(forms, lemmas, i+1, int32(len(es))):]
		}
		for _, e := range es {
			if len(e.words) <= bestN {
				return // sorted longest first
			}
			if e.restMatches(forms, lemmas, i) {
				best, bestN = e.val, len(e.words)
				return
			}
		}
	}
	try(lf)
	try(ll)
	return best, bestN
}

// number files the lists by the vocabulary's numbers of their first words
// (vocab holds n words, every first word of ix among them); flag is the
// bit the numbers of those words carry.
func (ix *phraseIndex[T]) number(vocab map[string]int32, n int, flag int32) {
	ix.flag = flag
	ix.at = make([]int32, n)
	ix.lists = make([]phraseList[T], 1, len(ix.byFirst)+1) // 0: none
	for w, l := range ix.byFirst {
		ix.at[vocab[w]] = int32(len(ix.lists))
		ix.lists = append(ix.lists, l)
	}
}

// list is the phrases whose first word has vocabulary number id, nil when
// none.
func (ix *phraseIndex[T]) list(id int32) *phraseList[T] {
	if id < 0 || id&ix.flag == 0 {
		return nil
	}
	return &ix.lists[ix.at[id&numMask]]
}

// phraseHit is a remembered match: the entry and its length in tokens
// (0: none; < 0: not looked up yet).
type phraseHit[T any] struct {
	val T
	n   int
}

// matchAt is match for token i of s, remembered in hits (one per token of
// s); lx is the lexicon ix belongs to.
func (ix *phraseIndex[T]) matchAt(lx *Lexicon, s *sent, hits []phraseHit[T], i int) (T, int) {
	h := &hits[i]
	if h.n < 0 {
		f, l := s.ids(lx, i)
		h.val, h.n = ix.matchIDs(s.forms, s.lemmas, i, f, l)
	}
	return h.val, h.n
}

// matches says whether the phrase's words match the tokens from i on.
// restMatches is matches for an entry of a list found by the token's own
// form or lemma: its first word is that form or lemma, so only the words
// after it are compared.
func (e *phraseEntry[T]) restMatches(forms, lemmas []string, i int) bool {
	if i+len(e.words) > len(forms) {
		return false
	}
	for k := 1; k < len(e.words); k++ {
		if !wordMatches(e.words[k], forms[i+k], lemmas[i+k]) {
			return false
		}
	}
	return true
}

func (e *phraseEntry[T]) matches(forms, lemmas []string, i int) bool {
	if i+len(e.words) > len(forms) {
		return false
	}
	for k, w := range e.words {
		if !wordMatches(w, forms[i+k], lemmas[i+k]) {
			return false
		}
	}
	return true
}
