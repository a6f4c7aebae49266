package event

import (
	"slices"

	"dateline/event/petrarch"
)

// verbMatch is what the verb lexicon says about one verb token.
type verbMatch struct {
	code, reverse  string
	compound       bool // '%': each member of a compound subject acts on the others
	target, source int  // tokens the pattern's '+' and '$' point at; -1 when not given
	negated        bool // the matched pattern spells out a negation itself
	pattern        bool // a pattern matched (not just the verb's default code)
}

var negWords = map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "NO": true, "NEITHER": true, "NOR": true}

// matchVerb looks the verb token v up in the lexicon and picks the most
// specific pattern of its block(s) that the clause satisfies: words
// before the verb are looked for among the verb's own left dependents,
// its subject and the verbs above it; words after it in the verb's
// subtree, in order, with gaps. ok is false when the verb is not in the
// lexicon or codes nothing.
func (c *coder) matchVerb(v, subj int) (verbMatch, bool) {
	s := c.s
	refs := c.refs[:0]
	f, l := s.ids(c.lx, v)
	for _, id := range [2]int32{f, l} {
		for _, r := range c.lx.verbsOf(id) {
			if !slices.Contains(refs, r) {
				refs = append(refs, r)
			}
		}
	}
	if len(refs) == 0 && !c.lx.petrarch {
		// British spellings: the dictionaries write -IZE ("criticised").
		if us, ok := americanIZE(s.lemmas[v]); ok {
			refs = append(refs, c.lx.verbs[us]...)
		}
	}
	c.refs = refs
	if len(refs) == 0 {
		return verbMatch{}, false
	}
	m, ok := c.matchIn(v, subj, refs, false)
	if !ok && m.pattern && !c.lx.petrarch && c.s.child(v, "obl:agent") >= 0 {
		// A passive's agent is who acted, the subject of the active
		// clause the patterns are written for: when a pattern that codes
		// nothing matched, it may have read the agent as an object
		// ("Syria was attacked by Turkish jets" as "- * &AIRCRAFT
		// [---]", fighting fires with aircraft). The patterns are tried
		// again without it; those that read it and code ("attacked by
		// critics", 111) keep it.
		return c.matchIn(v, subj, refs, true)
	}
	return m, ok
}

// matchIn matches the verb's patterns over its windows; dropAgent leaves
// a passive's by-phrase out of the words after the verb.
func (c *coder) matchIn(v, subj int, refs []verbRef, dropAgent bool) (verbMatch, bool) {
	c.verb = v
	c.pre = c.preWindow(c.pre[:0], v, subj)
	c.post = c.postWindow(c.post[:0], v, dropAgent)
	c.notePresent()

	// Multi-word verbs ("break down", "call off") must find their other
	// words; the verb with most words wins.
	bestWords := 0
	cands := c.cands[:0]
	defer func() { c.cands = cands[:0] }()
	for _, r := range refs {
		vb := &c.lx.blocks[r.block].Verbs[r.verb]
		if !c.verbWordsMatch(vb) {
			continue
		}
		switch n := len(vb.Words); {
		case n > bestWords:
			bestWords, cands = n, append(cands[:0], r)
		case n == bestWords:
			cands = append(cands, r)
		}
	}
	if len(cands) == 0 {
		return verbMatch{}, false
	}
	m := verbMatch{target: -1, source: -1}
	bestScore := -1
	for ci, r := range cands {
		dup := false
		for _, q := range cands[:ci] {
			dup = dup || q.block == r.block
		}
		if dup {
			continue
		}
		c.tries = c.patternsToTry(c.tries[:0], r.block)
		for _, pi := range c.tries {
			if !c.hasWords(c.lx.req[r.block][pi]) {
				continue
			}
			p := &c.lx.blocks[r.block].Patterns[pi]
			c.mk = marks{target: -1, source: -1}
			sc, ok := c.matchPattern(p)
			if !ok || sc <= bestScore || ((p.Code == "0841" || p.Reverse == "0841") && c.freesNoPerson(c.last)) {
				continue
			}
			bestScore = sc
			m = verbMatch{code: p.Code, reverse: p.Reverse, compound: c.mk.compound, target: c.mk.target,
				source: c.mk.source, negated: c.mk.neg, pattern: true}
		}
	}
	if !m.pattern {
		r := cands[0]
		vb := &c.lx.blocks[r.block].Verbs[r.verb]
		code := vb.Code
		if code == "" {
			code = c.lx.blocks[r.block].Code
		}
		m.code, m.reverse = splitDefault(code)
	}
	if m.code == "---" {
		m.code = ""
	}
	if m.reverse == "---" {
		m.reverse = ""
	}
	return m, m.code != "" || m.reverse != ""
}

// americanIZE spells a British -ISE verb lemma with -IZE.
func americanIZE(lemma string) (string, bool) {
	if len(lemma) > 4 && lemma[len(lemma)-3:] == "ISE" {
		return lemma[:len(lemma)-3] + "IZE", true
	}
	return "", false
}

// hasWords says whether every word is written (or, for the built-in
// lexicon, lemmatised) somewhere in the verb's windows.
func (c *coder) hasWords(ids []int32) bool {
	for _, id := range ids {
		if c.present[id] != c.stamp {
			return false
		}
	}
	return true
}

// notePresent records the words of the verb's windows for hasWords: a
// word the patterns need is present when its slot holds this call's stamp.
func (c *coder) notePresent() {
	if n := len(c.lx.reqIDs) + len(c.lx.reqSets); len(c.present) < n {
		c.present = append(c.present, make([]uint32, n-len(c.present))...)
	}
	c.stamp++
	if c.stamp == 0 { // wrapped: old stamps could match again
		clear(c.present)
		c.stamp = 1
	}
	s := c.s
	c.keys = c.keys[:0]
	for _, win := range [2][]int{c.pre, c.post} {
		for _, t := range win {
			f, l := s.ids(c.lx, t)
			if id := c.lx.reqOf(f); id >= 0 {
				c.note(id)
			}
			if id := c.lx.reqOf(l); id >= 0 && !c.lx.petrarch {
				c.note(id)
			}
			for _, k := range c.lx.setKeys(f) {
				c.note(k)
			}
			if !c.lx.petrarch {
				for _, k := range c.lx.setKeys(l) {
					c.note(k)
				}
			}
		}
	}
}

// note marks key k present and lists it in c.keys, once.
func (c *coder) note(k int32) {
	if c.present[k] != c.stamp {
		c.present[k] = c.stamp
		c.keys = append(c.keys, k)
	}
}

// splitDefault splits a verb's own "[a:b]" code.
func splitDefault(code string) (string, string) {
	for i := 0; i < len(code); i++ {
		if code[i] == ':' {
			return code[:i], code[i+1:]
		}
	}
	return code, ""
}

func (c *coder) verbWordsMatch(vb *petrarch.Verb) bool {
	if len(vb.Words) == 1 {
		return true
	}
	pos := 0
	for _, w := range vb.Words[vb.Head+1:] {
		ok := false
		for pos < len(c.post) {
			t := c.post[pos]
			pos++
			if c.wordOK(w, t) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	pos = 0
	for _, w := range vb.Words[:vb.Head] {
		ok := false
		for pos < len(c.pre) {
			t := c.pre[pos]
			pos++
			if c.wordOK(w, t) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (c *coder) wordOK(w petrarch.Word, t int) bool {
	return wordMatches(w, c.s.forms[t], c.s.lemmas[t])
}

// preWindow: tokens left of v in v's subtree, the subject's phrase, and
// the verbs (with their auxiliaries and adverbs) that v hangs from, in
// text order. They are marked, then read off left to right: sorting the
// gathered tokens cost more than the walks.
func (c *coder) preWindow(out []int, v, subj int) []int {
	s := c.s
	in := c.window()
	s.mark(in, v, 0, v, conjOrParataxis)
	if subj >= 0 && !s.inSubtree(subj, v) {
		s.mark(in, subj, 0, v, unitSkip)
	}
	for a, steps := s.head[v], 0; a >= 0 && steps < 6; a, steps = s.head[a], steps+1 {
		if a < v {
			in[a] = true
		}
		for _, k := range s.kids[a] {
			if k < v && (s.base[k] == "aux" || s.base[k] == "advmod" || s.rel[k] == "mark" || s.rel[k] == "cop") {
				in[k] = true
			}
		}
	}
	return collect(out, in, 0, v)
}

func conjOrParataxis(r string) bool { return r == "conj" || r == "parataxis" }

// postWindow: tokens right of v in its subtree, less conjoined and
// paratactic clauses, in text order.
func (c *coder) postWindow(out []int, v int, dropAgent bool) []int {
	s := c.s
	in := c.window()
	for _, k := range s.kids[v] {
		// Adverbial clauses are clauses of their own ("welcomed the
		// offer as a step forward, adding that … within a week to ten
		// days"): their words are not the verb's pattern words.
		if r := s.rel[k]; r == "conj" || r == "parataxis" || r == "punct" || s.base[k] == "advcl" || (dropAgent && r == "obl:agent") {
			continue
		}
		if !c.lx.petrarch && c.reportedClause(k) {
			continue
		}
		s.mark(in, k, v+1, len(s.forms), nil)
	}
	return collect(out, in, v+1, len(s.forms))
}

// reportedClause says whether k is a clause with a subject of its own
// ("said the deal was off", "told MPs he had seen the report", also one
// the parser hung by another relation: "told Swedish radio the deal was
// off" with "off" a particle of "told" and "deal" its subject): its words
// are its own verb's, not pattern words of the verb that reports it
// ("* DEAL" codes "announced a deal", not 060 for "said the deal was
// off"). An infinitive ("agreed to sign a deal") has no subject of its
// own and stays the verb's complement.
func (c *coder) reportedClause(k int) bool { return c.s.child(k, "nsubj", "nsubj:pass") >= 0 }

// window is the coder's scratch of one flag per token of the sentence,
// all false (collect leaves it so).
func (c *coder) window() []bool {
	n := len(c.s.forms)
	if cap(c.inWin) < n {
		c.inWin = make([]bool, n)
	}
	return c.inWin[:n]
}

// collect appends the tokens from lo to hi that in flags, in order, and
// clears their flags.
func collect(out []int, in []bool, lo, hi int) []int {
	for t := lo; t < hi; t++ {
		if in[t] {
			out = append(out, t)
			in[t] = false
		}
	}
	return out
}
