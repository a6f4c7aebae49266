package quote

// Parsers often read the subject of a reported clause as the object of
// the cue verb ("saying local farmers have donated …": "farmers" the
// object of "saying", "donated" a clause with no subject of its own; "said
// his deputy, a lawyer, drafted the budget": "drafted" a second verb of
// the speaker). The content is then the object and the clause together.

// addresseeVerbs take the person spoken to as their object ("told
// reporters", "warned the crowd"): that object is the listener, never the
// subject of what was said.
var addresseeVerbs = map[string]bool{
	"tell": true, "ask": true, "inform": true, "assure": true, "remind": true, "warn": true,
	"notify": true, "advise": true, "convince": true, "persuade": true, "promise": true,
	"urge": true, "show": true, "teach": true, "brief": true, "thank": true, "accuse": true,
}

// splitSubject returns the clause that continues the object obj of cue verb
// v as its predicate, or -1: a clause complement (clause >= 0, after obj)
// or a verb conjoined to v with no conjunction, neither with a subject or
// a complementiser of its own, and nothing but commas between the object
// and the clause.
func (w *work) splitSubject(v, obj, clause int) int {
	if obj <= v || addresseeVerbs[lower(w.d.Tokens[v].Lemma)] {
		return -1
	}
	if clause < 0 {
		for _, k := range w.children(v) {
			if int(k) > obj && w.d.Tokens[k].Rel == "conj" && w.finite(int(k)) {
				clause = int(k)
				break
			}
		}
	}
	if clause < obj || w.hasSubject(clause) || w.hasChildRel(clause, "mark") || w.hasChildRel(clause, "cc") || w.hasChildRel(clause, "csubj") {
		return -1
	}
	_, ohi := w.subtree(obj)
	clo, _ := w.subtree(clause)
	if ohi > clo {
		return -1
	}
	for t := ohi; t < clo; t++ {
		if w.word(t) != "," {
			return -1
		}
	}
	return clause
}

// finite reports whether verb x heads a clause that could stand alone:
// a tensed verb or one with an auxiliary ("drafted", "will draft").
func (w *work) finite(x int) bool {
	switch w.d.Tokens[x].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return w.d.Tokens[x].UPOS == "VERB" && w.hasChildRel(x, "aux")
}
