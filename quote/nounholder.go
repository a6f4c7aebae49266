package quote

import (
	"strings"

	"dateline/syntax"
)

// The holder a noun cue names in a phrase of its own: "criticism from
// rivals that the rallies were unsafe", "a call by the union for a
// strike", "the Lee campaign faced accusations from Ruiz's aides". The
// phrase names who criticised, called or accused, whoever the noun's
// clause subject is: with a receiving verb ("faced", "drew") holderOf
// would otherwise find no one, and the subject of any other verb is not
// the holder when the noun says it outright.

// agentWords introduce the noun's holder.
var agentWords = []string{"from", "by"}

// agentHolder returns the head of a "from" or "by" phrase on noun cue v
// with a clause of its own (a "that" or "to" clause: with only a phrase
// after it, the noun's phrase is as often where or to whom it was said,
// and the holder tipped the cue model into reporting it) that names
// people or a body: a mention the entity stage found, a
// person or group noun ("from rivals", "by local bakers"), or a
// pronoun. -1 when none: "support from the budget", "a report by
// Friday" name no holder.
func (w *work) agentHolder(v int) int {
	if !w.nounHasClause(v) {
		return -1 // "a statement by Lee to the council": the phrase after it is no content
	}
	for _, k := range w.children(v) {
		if int(k) < v || w.inQuote[k] >= 0 {
			continue
		}
		if r := w.d.Tokens[k].Rel; r != "nmod" && r != "obl" || !w.hasCaseIn(int(k), agentWords) {
			continue
		}
		if w.mention[k] >= 0 || w.d.Tokens[k].UPOS == "PRON" {
			return int(k)
		}
		switch syntax.NounSense(w.lemma(int(k))) {
		case syntax.NounPerson, syntax.NounGroup:
			return int(k)
		}
	}
	return -1
}

// nounHasClause reports whether noun v has a clause after it: a
// complement, a clause describing it or an open clause ("criticism that
// …", "a decision to …").
func (w *work) nounHasClause(v int) bool {
	for _, k := range w.children(v) {
		if int(k) < v {
			continue
		}
		switch r := w.d.Tokens[k].Rel; {
		case r == "ccomp" || r == "xcomp" || strings.HasPrefix(r, "acl"):
			return true
		}
	}
	return false
}
