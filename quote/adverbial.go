package quote

// Adverbial clauses are when, why or how a cue spoke, never what it said:
// "spoke before she sat down", "Once the storm had passed, the mayor spoke
// again". The parser reads either as the cue's content often enough
// (a ccomp with "before" for its mark; the clause before the comma as a
// closing attribution's) to need these two checks.

// adverbialMarkWords open a clause that says when or why, never what: not
// "if" or "when", which also open indirect questions ("asked if he
// would", "said when the vote would be").
var adverbialMarkWords = []string{
	"after", "before", "until", "because", "although", "though", "whereas",
	"since", "unless", "once", "whenever", "while", "as",
}

// adverbialComplement reports whether clause x, read as a cue's
// complement, opens with one of adverbialMarkWords and is one clause
// alone: no comma, and no second tensed verb ("spoke before she sat
// down").
// Otherwise the main clause the subordinate one was fronted before is
// often in the parse's subtree, and is what was said: "said while the
// deal was welcome, the cost would rise", "said while farmers deserved
// help the budget could not grow".
func (w *work) adverbialComplement(x int) bool {
	lo, hi := w.subtree(x)
	if !w.leadingMarkIn(x, adverbialMarkWords) || w.commaIn(lo+1, hi) {
		return false
	}
	for _, k := range w.children(w.head(x)) {
		if r := w.d.Tokens[k].Rel; int(k) > x && (r == "ccomp" || r == "parataxis") {
			return false // the main clause hung beside it: "said while farmers deserved help the budget could not …"
		}
	}
	tensed := 0
	for t := lo; t < hi; t++ {
		switch w.d.Tokens[t].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			tensed++
		}
	}
	return tensed <= 1
}

// adverbialOnly reports whether tokens [lo, hi), less a conjunction and
// punctuation before them, are one adverbial clause with no comma, opened
// by a subordinator that is its own ("Once the storm had passed"):
// nothing there is reported. A clause with a main clause of its own ("If
// the vote fails the plan is dead") has its subordinator lower down.
func (w *work) adverbialOnly(lo, hi int) bool {
	t := lo
	for t < hi && (w.d.Tokens[t].UPOS == "CCONJ" || w.isPunct(t)) {
		t++
	}
	if t >= hi || !frontWords[w.lowWord(t)] || w.commaIn(t+1, hi) {
		return false // (after a comma, the main clause: see adverbialComplement)
	}
	top := -1
	for u := t; u < hi; u++ {
		if h := w.head(u); !w.isPunct(u) && (h < lo || h >= hi) {
			if top >= 0 {
				return false
			}
			top = u
		}
	}
	return top >= 0 && w.head(t) == top
}
