package quote

import (
	"strings"

	"dateline/entity"
)

// cue is a verb (or "according to") that holds content: the words of a
// region of tokens [lo, hi), minus the hole [holeLo, holeHi) where the cue's
// own clause sits inside its content ("The plan, he said, is dead").
type cue struct {
	key       string // lexicon key ("say", "claim/n")
	tok, last int    // the cue's first and last token ("according" … "to")
	frame     Frame
	score     float64
	prob      float64 // the cue model's probability (or the score) when reported
	// ends are where the content may end (see cueends.go); zero when
	// the content has one end only.
	ends           [nEnds]int
	lo, hi         int
	holeLo, holeHi int
	subj           int // the subject's head token, -1
	listener       int // the listener's head token, -1
	// anchor is the token the subject search starts from: the cue verb, or
	// the source noun of "according to".
	source bool // subj is a source noun found directly ("according to X")
	// passive: the verb is passive with no agent, so no one is named as
	// its speaker (subj is -1), though the clause has a subject.
	passive bool
	// misread: a verb the tagger read as a plural noun ("Trump charges
	// that …"), its content read from the words (misread.go).
	misread bool
	// closing: a cue verb closing its sentence after the comma
	// (closingRegion), whose subject is read from the words; its own
	// indirect object is still whom it addresses ("…, Ruiz told
	// reporters").
	closing bool
	// asked: a question put to the speaker ("Asked whether …, Lee said"):
	// reported whatever the cue model says (asked.go).
	asked bool
	// ruleProb, when above 0, is how sure the rule that made the cue is
	// (copularclause.go, reportedly.go): decided without the cue model,
	// which never saw the shape.
	ruleProb float64
}

// inRegion reports whether token t is content of the cue.
func (c *cue) inRegion(t int) bool {
	return t >= c.lo && t < c.hi && !(t >= c.holeLo && t < c.holeHi)
}

// minCue is the least lexicon score for a verb to be kept as a cue at all;
// the stage applies its own, higher bars to report reported speech.
const minCue = 0.05

// findCues collects every verb outside quotations that holds content and
// whose lemma and frame the lexicon knows.
func (w *work) findCues() {
	toks := w.d.Tokens
	if !w.secondPass {
		w.settled = resize(w.settled, len(toks))
	}
	for i := range toks {
		if w.inQuote[i] >= 0 || w.sentOf[i] < 0 {
			continue
		}
		if w.secondPass && w.settled[i] {
			continue // decided by the first pass, whatever the lexicon says
		}
		if w.isAccordingTo(i) {
			w.accordingTo(i)
			continue
		}
		if w.word(i) == ":" {
			w.colonLabel(i)
			continue
		}
		t := &toks[i]
		key, known, misread, ok := w.cueLookup(i) // known: looked up once for Known and Score
		if !ok || !w.all && known == nil {
			continue
		}
		if !w.secondPass {
			w.settled[i] = true
		}
		c := cue{tok: i, last: i, subj: -1, listener: -1, holeLo: -1, holeHi: -1, key: key, misread: misread}
		verb := t.UPOS == "VERB"
		if verb && (w.titleReadAsVerb(i) || w.compoundReadAsVerb(i)) {
			continue // "Falcons coach Sir Dan Reyes has …", "a think tank": see titleverb.go
		}
		switch {
		case misread:
			if !w.misreadComplement(&c) {
				continue
			}
		case verb && !w.complement(&c) || !verb && !w.nounComplement(&c):
			continue
		case verb:
			w.cutJoinedClause(&c)
			w.cutObjectConjunct(&c)
			w.cutObjectAdverbial(&c)
		}
		if c.key == "" {
			c.key, _ = w.cueKeyOf(i) // made once the word holds content: see cueLookup
		}
		if !w.all {
			if c.score = known.score(c.frame); c.score < minCue {
				w.settled[i] = false // the second pass reads it without the bar
				continue
			}
		}
		if w.secondPass && !w.extraFrame(&c) {
			continue // findExtraCues would drop it whatever its subject
		}
		w.clipDateline(&c)
		switch {
		case c.source:
			if c.closing {
				c.listener = w.listenerOf(i, &c, false)
			}
		case misread:
			if c.subj < 0 {
				c.subj = i - 1 // (misreadComplement may have found it)
			}
		case verb:
			c.last = w.particle(i)
			if c.subj = w.subjectOf(i); c.subj < 0 {
				c.subj = w.nearSubject(i)
			}
			if c.subj < 0 && i > 0 && w.inQuote[i-1] < 0 && entity.PluralReadAsVerb(w.d, i-1) {
				c.subj = i - 1 // "Delegates questioned how …": see entity.PluralReadAsVerb
			}
			if c.subj < 0 {
				c.subj = w.borrowedNearSubject(i)
			}
			if h := w.head(i); c.subj < 0 && h >= 0 && h < i && w.d.Tokens[i].Rel == "parataxis" && !w.hasSubject(i) {
				// "Lee offered a job, then says she …": a second verb of
				// the same subject, parsed as parataxis.
				c.subj = w.subjectOf(h)
			}
			if _, rel := w.subjectPath(i); rel < 0 {
				// (A subject found through a relative pronoun is the
				// noun before it, whatever dash lies between.)
				c.subj = w.pastDateline(c.subj, i)
				c.subj = w.pastFrontedClause(c.subj, i)
			}
			if s := w.repeatedCueSubject(i); s >= 0 {
				c.subj = s
			}
			if s := w.frontedParticipleSubject(i); s >= 0 {
				c.subj = s // "After thanking the crowd, Lee said …"
			}
			if c.listener = w.listenerOf(i, &c, false); c.listener >= 0 && c.frame == FrameCcomp && c.inRegion(c.listener) {
				c.listener = -1 // the subject of what was said, not who heard it
			}
			if raisingVerbs[c.key] && w.raisesCue(i) {
				continue // see raisesCue
			}
			if w.timeSubject(c.subj, i) || w.ruledOutOf(i, c.last) || w.thingSees(c.subj, i) || w.findsOneself(i) {
				continue // see timesubject.go, thingsees.go, findoneself.go
			}
			if raisingVerbs[c.key] && c.subj >= 0 && c.subj < c.lo && w.d.Tokens[c.subj].Rel == "nsubj" && w.head(c.subj) == i {
				// "The plan seems to have failed": the impression is of
				// the subject and what follows.
				c.lo, _ = w.subtree(c.subj)
			}
			if w.isPassive(i) || raisingVerbs[c.key] {
				// "Lee was asked whether …", "Asked about the plan, Lee
				// said": the subject is who was asked or expected, not who
				// spoke; with no agent the speaker is unknown. So with
				// "Lee seemed to …": the impression is the writer's.
				c.subj, c.passive = -1, true
			}
		default:
			c.subj = w.holderOf(i)
			if s := w.frontedNounHolder(i, c.subj); s >= 0 {
				c.subj = s // "Despite her doubts about the plan, Lee said …"
			}
		}
		if verb && !misread {
			c.asked = w.askedAside(&c)
		}
		w.cues = append(w.cues, c)
	}
}

// cueKey is the lexicon key of token i when it may be a cue: the lemma of
// a verb (mended: see lemma), the lemma and "/n" of a noun ("claim/n"),
// the lemma and "/a" of an adjective ("convinced/a"); "" for other words.
func (w *work) cueKey(i int) string {
	switch t := &w.d.Tokens[i]; t.UPOS {
	case "VERB":
		return w.lemma(i)
	case "NOUN":
		return w.lemma(i) + "/n"
	case "ADJ":
		return w.lemma(i) + "/a"
	}
	return ""
}

// cueKeyOf is the key findCues looks token i up by: cueKey, or for a noun
// misread for a verb (see misreadVerb) the verb's lemma, and whether it is
// one. Made once per token: both passes of findCues ask.
func (w *work) cueKeyOf(i int) (key string, misread bool) {
	lemma, suffix, misread, _ := w.cueKeyParts(i) // misread: the verb's entry, "charges that" is charge
	if suffix == "" {
		return lemma, misread
	}
	if w.keys[i] == "" {
		w.keys[i] = lemma + suffix
	}
	return w.keys[i], misread
}

// nounComplement finds the content of a noun or adjective cue: a "that"
// clause ("the claim that …", "convinced that …"), a "to" clause ("his plan
// to …", "eager to …"), or a phrase about something ("questions about …",
// "an opponent of …").
func (w *work) nounComplement(c *cue) bool {
	v := c.tok
	clause, open, about := -1, -1, -1
	for _, k := range w.children(v) {
		if int(k) < v {
			continue
		}
		switch rel := w.d.Tokens[k].Rel; {
		case rel == "ccomp" || strings.HasPrefix(rel, "acl") && w.hasMark(int(k), "that"):
			if clause < 0 {
				clause = int(k)
			}
		case rel == "xcomp" || rel == "acl" && w.hasMark(int(k), "to"):
			if open < 0 {
				open = int(k)
			}
		case rel == "nmod" || rel == "obl":
			if about < 0 && w.hasCaseIn(int(k), aboutWords) {
				about = int(k)
			}
		}
	}
	switch {
	case clause >= 0:
		c.frame = FrameCcomp
		c.lo, c.hi = w.subtree(clause)
	case open >= 0:
		c.frame = FrameXcomp
		c.lo, c.hi = w.subtree(open)
	case about >= 0:
		c.frame = FrameObj
		c.lo, c.hi = w.subtree(about)
		for c.lo < about && w.d.Tokens[c.lo].Rel == "case" {
			c.lo++
		}
	default:
		return false
	}
	w.trimRegion(c)
	return c.hi > c.lo
}

var (
	aboutWords     = []string{"about", "of", "on", "over", "against", "for", "to", "with"}
	aboutVerbWords = []string{"about", "of", "on", "over", "against", "for", "to", "at", "with"}
)

func (w *work) hasMark(x int, word string) bool {
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; (r == "mark" || r == "case") && strings.EqualFold(w.word(int(k)), word) {
			return true
		}
	}
	return false
}

func (w *work) hasCaseIn(x int, words []string) bool {
	for _, k := range w.children(x) {
		if w.d.Tokens[k].Rel != "case" {
			continue
		}
		for _, wd := range words {
			if strings.EqualFold(w.word(int(k)), wd) {
				return true
			}
		}
	}
	return false
}

// holderOf finds whose claim, plan or fear a noun or adjective cue is: its
// possessor ("Trump's claim"), its subject ("Lee is convinced that"), or
// the subject of the verb it is the object of ("Lee made the claim").
func (w *work) holderOf(v int) int {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel == "nmod:poss" && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	if a := w.agentHolder(v); a >= 0 {
		return a // "criticism from rivals that …" (nounholder.go)
	}
	if s := w.subjectOf(v); s >= 0 {
		return s
	}
	if h := w.head(v); h >= 0 && w.d.Tokens[v].Rel == "obj" {
		if receivingVerbs[w.lemma(h)] {
			return -1 // "the insurer faced accusations of …": others accuse it
		}
		return w.subjectOf(h)
	}
	return w.prepositionalHolder(v)
}

// receivingVerbs take as object a claim, charge or fear that someone else
// holds: their subject is its target or its cause ("faced accusations",
// "drew criticism", "denied allegations", "sparked fears that …").
var receivingVerbs = map[string]bool{"face": true, "receive": true, "draw": true, "attract": true,
	"suffer": true, "endure": true, "weather": true, "deny": true, "reject": true, "dismiss": true,
	"rebut": true, "refute": true, "counter": true, "spark": true, "provoke": true, "trigger": true,
	"fuel": true, "prompt": true, "ignite": true, "stoke": true, "invite": true, "court": true}

// raisesCue reports whether raising verb v ("seem", "appear") holds, as
// its open clause, a verb of saying or thinking with a content of its
// own ("Okafor seemed to think the toll was unfair", "Ruiz appears to
// doubt that the ferry will run"): the inner verb is the cue, held by the
// subject of "seem" as annotators read it, and the impression is not the
// writer's. (A plain impression, "the plan seems to have failed", keeps
// "seem" as its cue with no holder.)
func (w *work) raisesCue(v int) bool {
	for _, k := range w.children(v) {
		if w.d.Tokens[k].Rel != "xcomp" || w.d.Tokens[k].UPOS != "VERB" {
			continue
		}
		l := w.lemma(int(k))
		for _, kk := range w.children(int(k)) {
			switch w.d.Tokens[kk].Rel {
			case "ccomp":
				if w.lex.Score(l, FrameCcomp) >= minReportedCue {
					return true
				}
			case "obj":
				if w.lex.Score(l, FrameObj) >= minReportedCue {
					return true
				}
			}
		}
	}
	return false
}

// repeatedCueSubject returns, for a verb with no subject of its own that
// the parse conjoined to the clause the same verb form reports
// ("Lee says the fee was a mistake and says she will cut it"), the
// subject of that verb: the writer repeats the attribution, the second
// verb is not the reported clause's. -1 otherwise.
func (w *work) repeatedCueSubject(v int) int {
	if w.d.Tokens[v].Rel != "conj" || w.hasSubject(v) {
		return -1
	}
	p := v - 1
	for p > 0 && w.d.Tokens[p].UPOS == "ADV" {
		p--
	}
	if l := w.lowWord(p); l != "and" && l != "but" {
		return -1 // "…, as Ruiz, waving a map, said": a subject the parse lost
	}
	h := w.head(v)
	if h < 0 || w.d.Tokens[h].Rel != "ccomp" {
		return -1
	}
	o := w.head(h)
	if o < 0 || o >= v || w.lowWord(o) != w.lowWord(v) {
		return -1
	}
	return w.subjectOf(o)
}
