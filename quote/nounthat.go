package quote

import "strings"

// A noun of saying or thinking with its holder's possessive, right before
// a "that" clause the parse hung elsewhere: "Okafor's claim that the
// ferry was safe", "the union's warning that jobs would go", "his
// assertion that the toll had doubled". The parser often attaches the
// clause to the verb of the sentence or makes it a clause of its own, so
// nounComplement finds no clause under the noun and no cue is made. A
// reader takes the clause for what the holder said or thinks, and
// PolNeAR annotates it: of such nouns with a possessor in train, 13 of
// 21. Without a possessor ("the notion that", "speculation that") it is
// under half, often the writer's own framing: left.

// thatNouns name what someone said, claimed, feared or hoped.
var thatNouns = wordSet(nil,
	"claim", "assertion", "contention", "allegation", "accusation", "charge", "argument", "insistence",
	"statement", "remark", "comment", "suggestion", "warning", "promise", "pledge", "vow", "assurance",
	"reminder", "admission", "acknowledgment", "acknowledgement", "recognition", "prediction",
	"complaint", "criticism", "belief", "view", "hope", "fear", "worry", "concern", "conviction",
	"conclusion", "assessment", "impression", "feeling", "sense", "assumption", "expectation",
	"plea", "demand", "threat", "announcement", "explanation", "theory", "suspicion")

// occasionWords open a phrase of where or how something was said: the
// clause after "said in his statement that" is the verb's.
var occasionWords = []string{"in", "during", "at", "on", "via", "through"}

// nounThatProb is how sure such a clause is (13 of 21 annotated).
const nounThatProb = 0.6

// findNounThatClauses adds the cue of each such noun outside quotation
// marks that no cue holds yet: the content runs from "that" to the end of
// its clause, read from the words (extendRight), the possessor holds it.
func (w *work) findNounThatClauses() {
	toks := w.d.Tokens
	for n := range toks {
		if toks[n].UPOS != "NOUN" || w.inQuote[n] >= 0 || w.sentOf[n] < 0 || !thatNouns[w.lemma(n)] || w.cueAt(n) != nil {
			continue
		}
		m := n + 1
		s := w.d.Sentences[w.sentOf[n]]
		if m+2 >= s.EndToken || w.inQuote[m] >= 0 || !strings.EqualFold(w.word(m), "that") || !w.thatOpensClause(m) {
			continue
		}
		poss := w.possessorOf(n)
		if poss < 0 || w.hasCaseIn(n, occasionWords) {
			continue // "admitted in his plea that …": the verb's clause
		}
		if p := w.lowWord(poss); p == "my" || p == "our" {
			continue // see findCopularClauses
		}
		c := cue{tok: n, last: n, frame: FrameCcomp, subj: poss, listener: -1, source: true, ruleProb: nounThatProb,
			key: w.lemma(n), lo: m, hi: m + 1, holeLo: -1, holeHi: -1, score: nounThatProb}
		w.extendRight(&c, true)
		c.hi = min(c.hi, w.predicateStart(n, m))
		w.trimRegion(&c)
		if c.hi > c.lo+2 && !w.quotedIn(c.lo, c.hi) {
			w.takeClauseFromVerb(n, m)
			w.cues = append(w.cues, c)
		}
	}
}

// takeClauseFromVerb takes the clause at m from the verb that noun n is
// the direct object of, when the parse made the clause that verb's content:
// in "Critics mocked the union's warning that the port would shut" the
// clause is the union's warning, not what the critics said. The verb's
// cue is left with no content (and so reports nothing) unless a
// quotation uses it.
func (w *work) takeClauseFromVerb(n, m int) {
	h := w.head(n)
	if w.d.Tokens[n].Rel != "obj" {
		return
	}
	for i := range w.cues {
		if o := &w.cues[i]; o.tok == h && o.lo == m && !w.usedCue[o.tok] {
			o.hi = o.lo
		}
	}
}

// thatOpensClause reports whether "that" at m is a complementiser opening
// a clause with a subject of its own right after it ("that the ferry
// was", "that he had"), not a relative pronoun ("a claim that was
// false", "the warning that she gave"), whatever relation the parse gave
// it when the clause lacks nothing it could stand for.
func (w *work) thatOpensClause(m int) bool {
	v := w.head(m)
	if v <= m+1 || w.sentOf[v] != w.sentOf[m] || !isVerbal(w.d.Tokens[v].UPOS) && !w.hasChildRel(v, "cop") {
		return false
	}
	switch r := w.d.Tokens[m].Rel; {
	case r == "mark" || w.d.Tokens[m].UPOS == "SCONJ":
	case r == "obj" && w.otherChildRel(v, m, "obj"):
		// "his assertion that thousands had left the town": the verb has
		// its object, so "that" is none.
	default:
		return false
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass" || r == "expl") && int(k) > m && int(k) < v {
			return true
		}
	}
	return false
}

// predicateStart returns, for noun n the subject of a predicate after the
// clause its "that" at m opens, where that predicate starts ("Lee's
// assertion that the toll had doubled | was false"): the clause read
// from the words runs on into it. Else the sentence's end.
func (w *work) predicateStart(n, m int) int {
	end := w.d.Sentences[w.sentOf[n]].EndToken
	h := w.head(n)
	if !strings.HasPrefix(w.d.Tokens[n].Rel, "nsubj") || h <= m || h == w.head(m) {
		return end
	}
	start := h
	for _, k := range w.children(h) {
		switch w.d.Tokens[k].Rel {
		case "aux", "aux:pass", "cop":
			if int(k) > m {
				start = min(start, int(k))
			}
		}
	}
	return start
}

// possessorOf returns the possessor of noun n outside quotation marks
// ("Okafor's", "her"), -1 when none.
func (w *work) possessorOf(n int) int {
	for _, k := range w.children(n) {
		if w.d.Tokens[k].Rel == "nmod:poss" && int(k) < n && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	return -1
}

// otherChildRel reports whether head v has a child other than t with
// relation rel.
func (w *work) otherChildRel(v, t int, rel string) bool {
	for _, k := range w.children(v) {
		if int(k) != t && w.d.Tokens[k].Rel == rel {
			return true
		}
	}
	return false
}
