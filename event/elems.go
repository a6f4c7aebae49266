package event

// Matching one PETRARCH pattern's elements (words, groups, prepositions,
// synsets) against the windows before and after its verb.

import (
	"dateline/event/petrarch"
)

// marks records where a pattern's '+', '$' and '%' landed.
type marks struct {
	target, source int
	compound, neg  bool
}

// matchPattern matches a pattern's pre elements in the pre window and its
// post elements in the post window. The score counts matched words.
func (c *coder) matchPattern(p *petrarch.Pattern) (int, bool) {
	score := 0
	if len(p.Pre) > 0 {
		c.last, c.inPost = -2, false
		_, sc, ok := c.matchElems(p.Pre, c.pre, 0)
		if !ok || (p.PreJoined && c.last != c.verb-1) {
			return 0, false
		}
		score += sc
	}
	if len(p.Post) > 0 {
		c.last, c.inPost = c.verb, true
		_, sc, ok := c.matchElems(p.Post, c.post, 0)
		if !ok {
			return 0, false
		}
		score += sc
	}
	return score, true
}

// start returns where an element may start matching in win from pos: any
// later position, or, for an element joined by '_', only the token right
// after the last one matched.
func (c *coder) start(e petrarch.Elem, win []int, pos int) (from, to int) {
	if !e.Joined {
		return pos, len(win)
	}
	for q := pos; q < len(win); q++ {
		if win[q] == c.last+1 {
			return q, q + 1
		}
		if win[q] > c.last+1 {
			break
		}
	}
	return 0, 0
}

// matchElems matches elems in order from win[pos:], allowing gaps
// except where the pattern joins words with '_'; it returns the window
// position after the last match. c.last tracks the last token matched.
func (c *coder) matchElems(elems []petrarch.Elem, win []int, pos int) (int, int, bool) {
	score := 0
	for ei, e := range elems {
		switch e.Kind {
		case petrarch.ElemWord:
			found := false
			from, to := c.start(e, win, pos)
			for q := from; q < to; q++ {
				if c.patWord(e.Word, win[q]) {
					found, pos, c.last = true, q+1, win[q]
					if negWords[e.Word.Text] {
						c.mk.neg = true
					}
					break
				}
			}
			if !found {
				return pos, 0, false
			}
			score++
		case petrarch.ElemSynset:
			found := false
			from, to := c.start(e, win, pos)
			by := c.lx.synFirst[e.Name] // once, not once per position
			for q := from; q < to; q++ {
				if np, n, ok := c.synsetAt(by, win, q); ok {
					found, pos, score, c.last = true, np, score+n, win[np-1]
					break
				}
			}
			if !found {
				return pos, 0, false
			}
		case petrarch.ElemGroup:
			np, sc, ok := c.matchGroup(e, win, pos)
			if !ok {
				return pos, 0, false
			}
			pos, score = np, score+sc
		case petrarch.ElemPrep:
			np, sc, ok := c.matchPrep(e, win, pos)
			if !ok {
				return pos, 0, false
			}
			pos, score = np, score+sc+1
		case petrarch.ElemTarget, petrarch.ElemSource, petrarch.ElemCompound:
			if e.Kind == petrarch.ElemCompound && !c.inPost {
				c.mk.compound = true
				continue
			}
			// The next nominal; when another element follows (as in
			// "+ * ROCKET"), a marker that finds none is skipped.
			t := -1
			for q := pos; q < len(win); q++ {
				if c.s.isNominal(win[q]) {
					t = c.npTop(win[q])
					pos, c.last = q+1, win[q]
					break
				}
			}
			if t < 0 && ei < len(elems)-1 {
				continue
			}
			if t < 0 {
				return pos, 0, false
			}
			if e.Kind == petrarch.ElemSource {
				c.mk.source = t
			} else {
				c.mk.target = t // '+', or '%' after the verb: a compound target
			}
		}
	}
	return pos, score, true
}

// patWord matches a pattern word. PETRARCH compares pattern words with
// the words as written; the built-in lexicon also accepts the lemma, so
// "* RALLY" finds "rallies".
func (c *coder) patWord(w petrarch.Word, t int) bool {
	if c.lx.petrarch {
		return w.Text == c.s.forms[t]
	}
	return w.Text == c.s.forms[t] || w.Text == c.s.lemmas[t]
}

// matchGroup matches {A B …}: the words on adjacent tokens.
func (c *coder) matchGroup(g petrarch.Elem, win []int, pos int) (int, int, bool) {
	from, to := c.start(g, win, pos)
	for start := from; start < to; start++ {
		q, sc, ok := start, 0, true
		for _, e := range g.Sub {
			if q >= len(win) || (q > start && win[q] != win[q-1]+1) {
				ok = false
				break
			}
			switch e.Kind {
			case petrarch.ElemWord:
				if !c.patWord(e.Word, win[q]) {
					ok = false
				}
				q++
				sc++
			case petrarch.ElemSynset:
				np, n, good := c.matchSynsetAt(e.Name, win, q)
				if !good {
					ok = false
				}
				q, sc = np, sc+n
			default:
				// markers inside a group are ignored
			}
			if !ok {
				break
			}
		}
		if ok && q > start {
			c.last = win[q-1]
			return q, sc, true
		}
	}
	return pos, 0, false
}

// matchPrep matches (PREP X …): the preposition, then the rest in order.
// A '+' or '$' inside points at the nominal the preposition introduces.
func (c *coder) matchPrep(pe petrarch.Elem, win []int, pos int) (int, int, bool) {
	sub := pe.Sub
	if len(sub) == 0 {
		return pos, 0, true
	}
	first := sub[0]
	if first.Kind != petrarch.ElemWord {
		return c.matchElems(sub, win, pos)
	}
	from, to := c.start(pe, win, pos)
	for q := from; q < to; q++ {
		p := win[q]
		if !c.patWord(first.Word, p) {
			continue
		}
		c.last = p
		obj := -1
		if h := c.s.head[p]; h >= 0 && (c.s.rel[p] == "case" || c.s.rel[p] == "mark") && h > p {
			obj = h
		}
		saved, savedLast := c.mk, c.last
		np, sc, ok := c.matchPrepRest(sub[1:], win, q+1, obj)
		if ok {
			return np, sc + 1, true
		}
		c.mk, c.last = saved, savedLast
	}
	return pos, 0, false
}

func (c *coder) matchPrepRest(sub []petrarch.Elem, win []int, pos, obj int) (int, int, bool) {
	score := 0
	for i, e := range sub {
		if e.Kind == petrarch.ElemTarget || e.Kind == petrarch.ElemSource {
			t := obj
			if t < 0 || i > 0 {
				t = -1
				for q := pos; q < len(win); q++ {
					if c.s.isNominal(win[q]) {
						t = c.npTop(win[q])
						break
					}
				}
			}
			if t < 0 {
				return pos, 0, false
			}
			if e.Kind == petrarch.ElemTarget {
				c.mk.target = t
			} else {
				c.mk.source = t
			}
			continue
		}
		np, sc, ok := c.matchElems([]petrarch.Elem{e}, win, pos)
		if !ok {
			return pos, 0, false
		}
		pos, score = np, score+sc
	}
	return pos, score, true
}

// matchSynsetAt matches any member of a synonym set starting exactly at
// win[q], the longest member first.
func (c *coder) matchSynsetAt(name string, win []int, q int) (int, int, bool) {
	return c.synsetAt(c.lx.synFirst[name], win, q)
}

// synsetAt is matchSynsetAt for the members of a synset by first word.
func (c *coder) synsetAt(by map[string][][]petrarch.Word, win []int, q int) (int, int, bool) {
	if len(by) == 0 || q >= len(win) {
		return q, 0, false
	}
	best := -1
	try := func(key string) {
		for _, m := range by[key] {
			if len(m) <= best {
				return // longest first
			}
			if q+len(m) > len(win) {
				continue
			}
			ok := true
			for k, w := range m {
				if (k > 0 && win[q+k] != win[q+k-1]+1) || !c.patWord(w, win[q+k]) {
					ok = false
					break
				}
			}
			if ok {
				best = len(m)
				return
			}
		}
	}
	// Most words start no member of any set: their numbers say so
	// without hashing them into the set's own table.
	t := win[q]
	f, l := c.s.ids(c.lx, t)
	if c.lx.startsSynset(f) {
		try(c.s.forms[t])
	}
	if !c.lx.petrarch && c.lx.startsSynset(l) {
		try(c.s.lemmas[t])
	}
	if best < 0 {
		return q, 0, false
	}
	for k := q; k < q+best; k++ {
		if negWords[c.s.forms[win[k]]] {
			c.mk.neg = true
		}
	}
	return q + best, best, true
}

// npTop climbs from a word inside a name or compound to the phrase head.
func (c *coder) npTop(t int) int {
	s := c.s
	for steps := 0; t >= 0 && steps < 8; steps++ {
		switch s.base[t] {
		case "compound", "flat", "fixed", "amod", "det", "nummod":
			if h := s.head[t]; h >= 0 && s.isNominal(h) {
				t = h
				continue
			}
		}
		break
	}
	return t
}
