package quote

import "strings"

// subjectOf finds who speaks through cue verb v: its subject; for a verb
// with none of its own ("…, adding that", "was quoted as saying", "and
// warned") the subject of the clause it hangs from; for a relative clause
// ("Smith, who said …") the noun it modifies. It returns the subject's head
// token, or -1.
func (w *work) subjectOf(v int) int {
	x := v
	for step := 0; step < 5 && x >= 0; step++ {
		for _, k := range w.children(x) {
			switch w.d.Tokens[k].Rel {
			case "nsubj":
				if isRelativePronoun(w.word(int(k))) && w.d.Tokens[x].Rel == "acl:relcl" {
					return w.head(x)
				}
				return int(k)
			case "nsubj:pass":
				if step > 0 { // "X was quoted as saying"
					return int(k)
				}
			case "obl:agent": // "was told by X"
				return int(k)
			}
		}
		switch w.d.Tokens[x].Rel {
		case "xcomp", "advcl", "conj", "advcl:relcl":
			x = w.head(x)
		case "acl": // "officials saying that …"
			return w.head(x)
		default:
			return -1
		}
	}
	return -1
}

func isRelativePronoun(s string) bool {
	switch strings.ToLower(s) {
	case "who", "that", "which":
		return true
	}
	return false
}

// listenerOf finds whom the cue addresses: an indirect object, the object
// of a verb that also holds a clause ("told reporters that …", "urged
// Ukraine to …"), or "to X" after a verb of saying ("said to reporters").
func (w *work) listenerOf(v int, c *cue) int {
	if c.frame == FrameObj || c.frame == FrameParataxis && c.source {
		return -1
	}
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "iobj":
			return int(k)
		case "obj":
			if c.frame != FrameObj {
				return int(k)
			}
		case "obl", "obl:to":
			if w.hasCase(int(k), "to") && int(k) > v {
				return int(k)
			}
		}
	}
	return -1
}

func (w *work) hasCase(n int, word string) bool {
	for _, k := range w.children(n) {
		if w.d.Tokens[k].Rel == "case" && strings.EqualFold(w.word(int(k)), word) {
			return true
		}
	}
	return false
}

// entityOf returns the entity a noun phrase headed by token t refers to:
// the entity of a mention covering the head; else of a name joined to the
// head ("spokesman Josh Earnest", "Zelensky, the president"); else the
// owner of a possessed speaker ("Macron's office"). -1 when none: a
// speaker is never guessed.
func (w *work) entityOf(t int) int {
	if t < 0 || t >= len(w.mention) {
		return -1
	}
	if m := w.mention[t]; m >= 0 {
		return w.d.Mentions[m].Entity
	}
	for _, rels := range [2][]string{{"flat", "compound", "appos", "flat:name"}, {"nmod:poss"}} {
		for _, k := range w.children(t) {
			if !oneOf(w.d.Tokens[k].Rel, rels) {
				continue
			}
			lo, hi := w.subtree(int(k))
			for u := lo; u < hi; u++ {
				if m := w.mention[u]; m >= 0 {
					return w.d.Mentions[m].Entity
				}
			}
		}
	}
	return -1
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// isFirstPerson reports whether a pronoun is the speaker's own ("I", "we").
func isFirstPerson(s string) bool {
	switch strings.ToLower(s) {
	case "i", "we", "me", "us":
		return true
	}
	return false
}
