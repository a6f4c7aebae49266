package quote

// A noun of saying or thinking that a copula says is a clause: "Her view
// is that the council moved too fast", "The council's response was that
// the fee is fair", "Lee's bet is that …". The parse makes the clause the
// root and the noun its subject, a shape the cue model never saw (it
// rejects every one), yet a reader takes the clause for the holder's
// words or view, and PolNeAR annotates it: of such nouns with a
// possessor outside quotation marks in train and dev, 9 of 11. Without a
// possessor it is often the writer's own summary ("The message is that
// …", "The question is whether …", under half annotated): left.

// copularNouns name what someone said, argued or thinks.
var copularNouns = wordSet(nil,
	"view", "opinion", "response", "answer", "reply", "argument", "claim", "contention", "position",
	"belief", "hope", "fear", "worry", "concern", "suggestion", "conclusion", "assessment",
	"impression", "point", "bet", "complaint", "explanation", "warning", "message", "promise",
	"pledge", "guess", "hunch", "expectation", "assumption", "insistence", "feeling", "sense",
	"question", "reasoning", "thinking", "theory", "advice", "demand", "plea")

// copularProb is how sure such a clause is (9 of 11 annotated).
const copularProb = 0.75

// findCopularClauses adds the cue of each such noun outside quotation
// marks: the content runs from "that" or "whether" to the end of the
// clause, the possessor holds it.
func (w *work) findCopularClauses() {
	toks := w.d.Tokens
	for n := range toks {
		if toks[n].UPOS != "NOUN" || w.inQuote[n] >= 0 || w.sentOf[n] < 0 || !copularNouns[w.lemma(n)] {
			continue
		}
		if r := toks[n].Rel; r != "nsubj" && r != "nsubj:outer" {
			continue
		}
		x := w.head(n)
		if x <= n || w.sentOf[x] != w.sentOf[n] || w.inQuote[x] >= 0 {
			continue
		}
		poss, cop, mark := w.possessorOf(n), -1, -1
		for _, k := range w.children(x) {
			switch k := int(k); {
			case k <= n || k >= x:
			case toks[k].Rel == "cop" && cop < 0:
				cop = k
			case toks[k].Rel == "mark" && cop >= 0 && mark < 0:
				switch w.lowWord(k) {
				case "that", "whether", "if":
					mark = k
				}
			}
		}
		if poss < 0 || cop < 0 || mark < 0 || w.words(cop+1, mark) > 1 || !w.copulaFollows(n, cop) {
			continue // at most an adverb between: "was simply that"
		}
		if p := w.lowWord(poss); p == "my" || p == "our" {
			// The first person outside quotation marks is a columnist
			// or a quotation whose marks ran over a paragraph: no holder
			// this stage can name.
			continue
		}
		_, hi := w.subtree(x)
		last := n
		if cop == n+1 {
			last = cop // "response was"
		}
		c := cue{tok: n, last: last, frame: FrameCcomp, subj: poss, listener: -1, source: true, ruleProb: copularProb,
			key: w.lemma(n), lo: mark, hi: hi, holeLo: -1, holeHi: -1, score: copularProb}
		w.trimRegion(&c)
		if c.hi > c.lo+1 {
			w.cues = append(w.cues, c)
		}
	}
}

// copulaFollows reports whether copula cop follows the phrase of noun n,
// a phrase with no verb, with at most adverbs and auxiliaries between ("His message long has
// been that …"), none a modal: "His hope must be that …" is the writer's
// guess at it.
func (w *work) copulaFollows(n, cop int) bool {
	lo, end := w.subtree(n)
	if w.hasVerb(lo, end) {
		return false // a clause in the subject is a parse run astray
	}
	for t := end; t < cop; t++ {
		if u := w.d.Tokens[t].UPOS; u != "ADV" && u != "AUX" || w.d.Tokens[t].XPOS == "MD" {
			return false
		}
	}
	return true
}
