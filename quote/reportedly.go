package quote

// "The FBI is reportedly making arrangements to interview her", "Both
// firms have reportedly looked at Twitter and passed": the adverb says the
// writer has the clause from reports they do not name. PolNeAR annotates
// it as an attribution with no source, the clause without the adverb its
// content (19 of the 29 in train). The cue model never sees an adverb as a
// cue. Counted in train: in a main clause, outside headlines and tweets,
// 17 of 21 annotated; in a relative clause or a participle ("who
// reportedly has been …", "reportedly winning over …") none.

// reportedlyProb is how sure such a clause is (17 of 21 annotated).
const reportedlyProb = 0.7

// findReportedly adds the cue of each "reportedly" that modifies the
// finite verb of a main or complement clause, or of one joined to it,
// not itself a verb of saying or of a stance (whose report is its own:
// "Lee reportedly said …", "is reportedly planning to …"). The content is that clause with the adverb cut out, up to a
// comma that opens another clause; no one holds it.
func (w *work) findReportedly() {
	toks := w.d.Tokens
	for r := range toks {
		if w.inQuote[r] >= 0 || w.sentOf[r] < 0 || toks[r].Rel != "advmod" || w.lowWord(r) != "reportedly" {
			continue
		}
		if w.word(r) != "reportedly" && r != w.d.Sentences[w.sentOf[r]].FirstToken {
			continue // "Weiner Reportedly Caught …": a headline's
		}
		x := w.head(r)
		if x < 0 || w.sentOf[x] != w.sentOf[r] || w.inQuote[x] >= 0 || !w.finite(x) && !w.hasChildRel(x, "cop") {
			continue
		}
		switch toks[x].Rel {
		case "root", "ccomp", "conj", "parataxis":
		default:
			continue
		}
		if seedVerb(w.lemma(x)) || !w.ownSubject(x) {
			continue
		}
		lo, hi := w.subtree(x)
		hi = w.endBeforeNextClause(x, hi) // "…, and the board met": a clause of the writer's
		c := cue{tok: r, last: r, frame: FrameParataxis, subj: -1, listener: -1, key: "reportedly",
			lo: lo, hi: hi, holeLo: r, holeHi: r + 1, score: reportedlyProb, ruleProb: reportedlyProb}
		if r == lo {
			c.lo, c.holeLo, c.holeHi = r+1, -1, -1 // "Reportedly, he made …"
		}
		w.trimRegion(&c)
		if c.hi > c.lo && w.words(c.lo, c.hi) >= 3 {
			w.cues = append(w.cues, c)
		}
	}
}

// ownSubject reports whether clause x has a subject of its own that is no
// relative pronoun: a conjunct that shares the subject before it ("…, but
// has reportedly been critical") or a relative clause the parse took for a
// main one ("who reportedly has been ill") is no whole clause to report.
func (w *work) ownSubject(x int) bool {
	for _, k := range w.children(x) {
		switch w.d.Tokens[k].Rel {
		case "nsubj", "nsubj:pass", "expl":
			return !isRelativePronoun(w.word(int(k)))
		}
	}
	return false
}
