package syntax

// Punctuation attachment, after the Universal Dependencies guideline as
// Udapi's ud.FixPunct implements it (UD treebanks, EWT among them, are
// normalised with it): a punctuation mark is a leaf; a pair of quotes or
// brackets attaches to the head of what it encloses; any other mark
// attaches to the highest node next to it that keeps the tree projective.
// The parser's own choices for punctuation are mostly right but greedy
// decoding often attaches a mark too low; this pass redoes them by rule.

// isPunct reports whether the tag class is punctuation.
func (m *Model) isPunct(t int32) bool { return m.tags[t].UPOS == "PUNCT" }

// fixPunct reattaches punctuation in a tree of n words: head[d] is d's
// head, n for the root.
func fixPunct(words []string, punct []bool, head []int32) {
	n := int32(len(head))
	// Punctuation keeps no dependents: they move to the mark's head.
	// A mark that still has dependents (its chain of heads reaches the
	// root through marks only) stays where it is: moving it could make a
	// cycle.
	for d := int32(0); d < n; d++ {
		h := head[d]
		for steps := int32(0); h < n && punct[h] && steps < n; steps++ {
			h = head[h]
		}
		if h != head[d] && h < n && !punct[h] {
			head[d] = h
		}
	}
	fixed := make([]bool, n) // paired, or not a leaf
	for d := int32(0); d < n; d++ {
		if h := head[d]; h < n {
			fixed[h] = true
		}
	}
	fixPairs(words, punct, head, fixed)
	for p := int32(0); p < n; p++ {
		if punct[p] && !fixed[p] && head[p] < n {
			fixSubordPunct(punct, head, p)
		}
	}
}

// pairOf returns the closing mark for an opening one, 0 for none.
func pairOf(w string) string {
	switch w {
	case "(":
		return ")"
	case "[":
		return "]"
	case "{":
		return "}"
	case "\"", "“", "”":
		return "\""
	}
	return ""
}

// fixPairs attaches each pair of brackets or quotes to the one word inside
// whose head is outside.
func fixPairs(words []string, punct []bool, head []int32, paired []bool) {
	n := int32(len(head))
	var open []int32
	quoteOpen, singleOpen := int32(-1), int32(-1)
	norm := func(w string) string {
		if w == "“" || w == "”" {
			return "\""
		}
		return w
	}
	for i := int32(0); i < n; i++ {
		if !punct[i] {
			continue
		}
		w := norm(words[i])
		switch {
		case w == "\"":
			if quoteOpen < 0 {
				quoteOpen = i
			} else {
				attachPair(punct, head, paired, quoteOpen, i)
				quoteOpen = -1
			}
		case w == "'" || w == "‘" || w == "’":
			if singleOpen < 0 {
				singleOpen = i
			} else {
				attachPair(punct, head, paired, singleOpen, i)
				singleOpen = -1
			}
		case pairOf(w) != "":
			open = append(open, i)
		case w == ")" || w == "]" || w == "}":
			for k := len(open) - 1; k >= 0; k-- {
				if pairOf(words[open[k]]) == w {
					attachPair(punct, head, paired, open[k], i)
					open = open[:k]
					break
				}
			}
		}
	}
}

func attachPair(punct []bool, head []int32, paired []bool, o, c int32) {
	n := int32(len(head))
	if c-o < 2 || paired[o] || paired[c] || head[o] >= n || head[c] >= n {
		return
	}
	var heads, punctHeads []int32
	for i := o + 1; i < c; i++ {
		if h := head[i]; h < o || h > c {
			if punct[i] {
				punctHeads = append(punctHeads, i)
			} else {
				heads = append(heads, i)
			}
		}
	}
	if len(heads) == 0 {
		heads = punctHeads
	}
	if len(heads) != 1 {
		return
	}
	head[o], head[c] = heads[0], heads[0]
	paired[o], paired[c] = true, true
}

// fixSubordPunct attaches the mark p to the higher of the highest node it
// can reach from its left and right neighbours without crossing it.
func fixSubordPunct(punct []bool, head []int32, p int32) {
	n := int32(len(head))
	l := p - 1
	for l >= 0 && punct[l] {
		l--
	}
	r := p + 1
	for r < n && punct[r] {
		r++
	}
	var lpath, rpath []int32
	if l >= 0 {
		lpath = append(lpath, l)
		for head[l] < n && head[l] < p && rightmost(head, l) < p {
			l = head[l]
			lpath = append(lpath, l)
		}
	}
	if r < n {
		rpath = append(rpath, r)
		for head[r] < n && head[r] > p && leftmost(head, r) > p {
			r = head[r]
			rpath = append(rpath, r)
		}
	}
	lc := lastProjective(head, p, lpath)
	rc := lastProjective(head, p, rpath)
	var c int32
	switch {
	case lc < 0 && rc < 0:
		return
	case lc < 0:
		c = rc
	case rc < 0:
		c = lc
	case dominates(head, rc, lc):
		c = lc
	case dominates(head, lc, rc):
		c = rc
	default:
		return
	}
	head[p] = c
}

// lastProjective returns the last node of path that p can attach to
// without crossing an arc, -1 when none.
func lastProjective(head []int32, p int32, path []int32) int32 {
	for i := len(path) - 1; i >= 0; i-- {
		c := path[i]
		ok := true
		lo, hi := min(p, c), max(p, c)
		for k := lo + 1; k < hi && ok; k++ {
			ok = dominates(head, c, k)
		}
		if ok {
			return c
		}
	}
	return -1
}

// dominates reports whether a is d or an ancestor of d.
func dominates(head []int32, a, d int32) bool {
	n := int32(len(head))
	for steps := int32(0); d >= 0 && d < n && steps <= n; steps++ {
		if d == a {
			return true
		}
		d = head[d]
	}
	return false
}

// leftmost and rightmost return the ends of d's subtree.
func leftmost(head []int32, d int32) int32 {
	lo := d
	for i := int32(0); i < d; i++ {
		if dominates(head, d, i) {
			return i
		}
	}
	return lo
}

func rightmost(head []int32, d int32) int32 {
	for i := int32(len(head)) - 1; i > d; i-- {
		if dominates(head, d, i) {
			return i
		}
	}
	return d
}
