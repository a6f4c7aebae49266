package quote

// Listeners: whom a cue addresses.

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// listenerOf finds whom the cue addresses: an indirect object, the object
// of a verb that also holds a clause ("told reporters that …", "urged
// Ukraine to …"), or "to X" after a verb of saying ("said to reporters").
// Unless strict, as the cue model was trained to see it: any such word.
// Strict, for the listener reported: one after the verb ("Harbour master
// Lee told reporters" has "master" parsed as an indirect object), an
// object only of a verb of addressing, or of bidding with an open clause
// ("told reporters that", "ordered the police to"; not "announced Ghana
// was to join" with Ghana parsed as the object).
func (w *work) listenerOf(v int, c *cue, strict bool) int {
	if c.frame == FrameObj || c.source && !c.closing {
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
	l := -1
	for _, k := range w.children(v) {
		if l >= 0 {
			break
		}
		if strict && int(k) < v {
			continue
		}
		switch lemma := w.lemma(v); w.d.Tokens[k].Rel {
		case "iobj":
			l = int(k)
		case "obj":
			if !strict || addresseeVerbs[lemma] || c.frame == FrameXcomp && biddingVerbs[lemma] {
				l = int(k)
			}
		case "obl", "obl:to":
			if w.hasCase(int(k), "to") && int(k) > v {
				l = int(k)
			}
		}
	}
	return l
}

// quoteListener returns the entity of the listener of quote q made from
// cue cu: the strict listenerOf, not inside what was said ("refers to the
// president's office" reports the office; "said to Weller: “…”" is
// addressed to Weller) unless bidden ("urged Ruiz to …"). -1 when none.
func (w *work) quoteListener(cu *cue, q *text.Quote) int {
	if cu.listener < 0 {
		return -1
	}
	l := w.listenerOf(cu.tok, cu, true)
	if l >= 0 && cu.frame != FrameXcomp {
		t := w.d.Tokens[l]
		for _, p := range q.Pieces() { // (not the attribution inside a joined quotation)
			if t.Start >= p.Start && t.End <= p.End {
				return -1
			}
		}
	}
	return w.listenerOrSource(l)
}

// listenerOrSource returns the entity listener token t names: its
// mention's, or, for a common noun that names people or a body and has no
// mention ("told reporters", "said to the court"), one made for it as a
// group that speaks gets one ("officials said"); -1 otherwise: no name is
// guessed, and a thing told ("told the meeting") is no listener.
func (w *work) listenerOrSource(t int) int {
	e := w.listenerEntity(t)
	if e >= 0 || t < 0 || !w.addSources || w.mention[t] >= 0 {
		return e
	}
	if w.d.Tokens[t].UPOS != "NOUN" || !w.isSourceNounTok(t) {
		return -1
	}
	return entity.AddSource(w.d, t)
}

// biddingVerbs ask the one their object names to act ("ordered his staff
// to delay", "encouraged voters to …"), beside addresseeVerbs.
var biddingVerbs = map[string]bool{
	"order": true, "instruct": true, "encourage": true, "beg": true, "implore": true, "press": true,
	"push": true, "invite": true, "challenge": true, "direct": true, "command": true, "request": true,
	"exhort": true, "dare": true, "advise": true, "call": true,
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
	if clause <= v || !addresseeVerbs[w.lemma(v)] {
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
