package quote

// Listeners: whom a cue addresses.

import "strings"

// listenerOf finds whom the cue addresses: an indirect object, the object
// of a verb that also holds a clause ("told reporters that …", "urged
// Ukraine to …"), or "to X" after a verb of saying ("said to reporters").
func (w *work) listenerOf(v int, c *cue) int {
	if c.frame == FrameObj || c.source {
		return -1
	}
	if c.frame == FrameCcomp {
		for _, k := range w.children(v) {
			if w.d.Tokens[k].Rel == "ccomp" {
				if l := w.listenerInClause(v, int(k)); l >= 0 {
					return l
				}
			}
		}
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

// listenerInClause returns the person a verb of telling addresses when
// the parse made it a first subject of the clause told ("told the
// reporters waiting outside she would appeal", both "reporters" and "she"
// subjects of "appeal"): the subject right after the verb, before
// another subject of the clause. Else -1.
func (w *work) listenerInClause(v, clause int) int {
	if clause <= v || !addresseeVerbs[lower(w.d.Tokens[v].Lemma)] {
		return -1
	}
	first, second := -1, -1
	for _, k := range w.children(clause) {
		if r := w.d.Tokens[k].Rel; r != "nsubj" && r != "nsubj:pass" || int(k) < v {
			continue
		}
		if first < 0 {
			first = int(k)
		} else if second < 0 {
			second = int(k)
		}
	}
	if first < 0 || second < 0 {
		return -1
	}
	if lo, _ := w.subtree(first); w.firstWord(v+1, lo+1) != lo {
		return -1 // not right after the verb
	}
	return first
}
