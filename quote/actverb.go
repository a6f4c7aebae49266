package quote

// actOnDocument handles a cue that is a verb of doing, not of saying or
// thinking, whose object is an agreement or a text: "Kenya signed an
// agreement", "the senate passed a bill". The signing is no report; what
// the document says is one, when the sentence gives it: in "signed an
// agreement to share the pipeline" the content is "to share the
// pipeline", held by the signers (as PolNeAR annotates it, cue "signed an
// agreement"), and in "passed a bill that bans cloning" the bill with what
// it does. It returns false when the cue makes no reported speech (a bare
// "signed an agreement": what the text says is not given), and narrows c's
// content to the complement of "an agreement to …". Any other cue is left
// alone.
//
// A verb is one of saying or thinking when the lexicon finds it reporting
// its object or a clause often enough to pass the reported-speech bar in
// either frame, or when seed.go lists it as a verb of speech or stance:
// "announced a deal to cut tariffs" and "supported the bill" stay as they
// are.
func (w *work) actOnDocument(c *cue) bool {
	if c.frame != FrameObj || c.asked || w.d.Tokens[c.tok].UPOS != "VERB" || w.lex.seeded(c.key) ||
		w.lex.Score(c.key, FrameObj) >= minReportedCue || w.lex.Score(c.key, FrameCcomp) >= minReportedCue {
		return true
	}
	objs := w.kidsOf(c.tok, "obj")
	if len(objs) == 0 || !agreementNouns[w.lemma(objs[0])] {
		return true
	}
	obj := objs[0]
	if w.d.Tokens[obj].UPOS == "PROPN" {
		return true // "passing the Free Trade Agreement": a known text, read as its supporters' stand
	}
	described := false
	// The clause on the noun, or on the verb after the noun, where parsers
	// often hang it ("negotiated a deal to buy …", "passed a bill making
	// …").
	clauses := w.kidsOf(obj, "acl", "acl:relcl")
	for _, k := range w.kidsOf(c.tok, "advcl", "xcomp") {
		if k > obj {
			clauses = append(clauses, k)
		}
	}
	for _, k := range clauses {
		m := w.markOf(k, "to")
		if m < 0 {
			// "a bill that would ban cloning", "a resolution condemning
			// the plan": the clause says what the text holds, and the
			// object with it is the content.
			described = true
			continue
		}
		// "an agreement to share …": the content is what was agreed.
		lo, hi := w.subtree(k)
		lo = max(lo, m) // "on Friday to share …", the day hung on "share"
		hi = min(hi, c.hi)
		if w.words(lo, hi) < minReportedWords {
			return false
		}
		c.lo, c.hi = lo, hi
		return true
	}
	return described
}

// kidsOf returns the children of x whose relation is one of rels.
func (w *work) kidsOf(x int, rels ...string) []int {
	var out []int
	for _, k := range w.children(x) {
		for _, r := range rels {
			if w.d.Tokens[k].Rel == r {
				out = append(out, int(k))
				break
			}
		}
	}
	return out
}

// agreementNouns name agreements and texts, whose content can be reported
// but whose signing, passing or breaking is an act. (Not "petition": the
// residents who sign one take its stand, "signed a petition against the
// plan".)
var agreementNouns = map[string]bool{"agreement": true, "deal": true, "treaty": true, "accord": true,
	"pact": true, "contract": true, "memorandum": true, "bill": true, "law": true, "decree": true,
	"order": true, "resolution": true, "protocol": true, "charter": true,
	"ceasefire": true, "truce": true}

// seeded reports whether seed.go gives lemma a prior as a verb of speech
// or stance.
func (l *Lexicon) seeded(lemma string) bool {
	e := l.m[lemma]
	return e != nil && e.prior[FrameCcomp] > 0
}
