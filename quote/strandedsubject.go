package quote

// The subject of a reported clause that the parse hung on the cue verb
// instead ("said farmers were happier" with "farmers" a second subject
// of "said"; "said the aim was to sell" with "the aim" its object and
// "was to sell" a clause with no subject; "warned there would be no
// quick fix" with "there" an adverb of "warned"; "said raising taxes
// would hurt" with the gerund an open clause of "said"). The clause as
// parsed then starts at its verb and the content loses its subject.
// splitSubject mends the object case for most verbs; this reads the
// other shapes, and the object of a verb of telling or warning, whose
// object is its listener only when the clause has a subject of its own.

// strandedSubject returns where the content of cue verb v, whose clause
// complement is clause, starts when the phrase right after the cue (its
// particle last) is the clause's subject hung on the cue: the one phrase
// between the cue and the clause, hung on v as a second subject, an
// object, an expletive or adverb "there", or a gerund; the clause finite
// (a tensed verb, modal or auxiliary of its own) with no subject and no
// complementiser before its verb. It returns -1 otherwise.
func (w *work) strandedSubject(v, last, clause int) int {
	if clause <= last+1 || w.hasSubject(clause) || w.hasChildRel(clause, "csubj") || w.hasChildRel(clause, "csubj:pass") {
		return -1
	}
	clo, _ := w.subtree(clause)
	if clo <= last+1 || !w.finiteBefore(clause, clo) {
		return -1
	}
	k := w.childAt(v, last+1)
	if k < 0 || k >= clo {
		return -1
	}
	lo, hi := w.subtree(k)
	if lo != last+1 || hi != clo || w.commaIn(lo, hi) || w.dashIn(lo, hi) || w.quotedIn(lo, hi) {
		return -1
	}
	t := &w.d.Tokens[k]
	switch t.Rel {
	case "nsubj":
		// A second subject after the cue: the cue's own subject comes
		// before it.
		if !w.hasSubjectBefore(v) {
			return -1
		}
	case "obj":
		// The one told is whom a verb of telling addresses, even when
		// the parse read the clause after it as subjectless ("told the
		// panel what was needed was …").
		if w.isTimeTok(k) || objectPronouns[w.lowWord(k)] || tellingVerbs[w.lemma(v)] {
			return -1
		}
	case "advmod", "expl":
		if w.lowWord(k) != "there" || hi != k+1 {
			return -1
		}
	case "xcomp", "advcl":
		if t.XPOS != "VBG" || lo != k {
			return -1 // a gerund that opens the phrase: "said raising taxes would …"
		}
	default:
		return -1
	}
	return lo
}

// finiteBefore reports whether clause (its words from clo) is tensed
// before any complementiser: its head a tensed verb, or an auxiliary,
// copula or modal of it tensed, with no "mark" child before that word
// ("was to sell" is tensed; "to sell" and "that sales were" are not
// open to a subject before them).
func (w *work) finiteBefore(clause, clo int) bool {
	first := -1
	switch w.d.Tokens[clause].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		first = clause
	}
	for _, k := range w.children(clause) {
		switch w.d.Tokens[k].Rel {
		case "aux", "aux:pass", "cop":
			switch w.d.Tokens[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				if first < 0 || int(k) < first {
					first = int(k)
				}
			}
		}
	}
	if first < 0 {
		return false
	}
	for _, k := range w.children(clause) {
		if w.d.Tokens[k].Rel == "mark" && int(k) < first {
			return false
		}
	}
	return true
}

// childAt returns the child of v whose phrase starts at token t, or -1.
func (w *work) childAt(v, t int) int {
	for _, k := range w.children(v) {
		if lo, _ := w.subtree(int(k)); lo == t {
			return int(k)
		}
	}
	return -1
}

// tellingVerbs take the one told as their object: that object is not the
// subject of what was said.
var tellingVerbs = map[string]bool{
	"tell": true, "ask": true, "inform": true, "assure": true, "remind": true, "notify": true,
	"brief": true, "thank": true, "teach": true, "promise": true,
}

// dashIn reports whether a dash outside quotation marks lies in [lo, hi).
func (w *work) dashIn(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		switch w.word(t) {
		case "-", "--", "–", "—":
			if w.inQuote[t] < 0 {
				return true
			}
		}
	}
	return false
}
