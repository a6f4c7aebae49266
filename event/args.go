package event

import "slices"

// This file finds a clause's arguments on the dependency parse: its
// subject (also when the parser hung it elsewhere), a passive's agent,
// and its target.

// subject finds the subject phrase of v, looking up through controlling
// verbs ("is about to restore", "was seen to break"), conjoined verbs
// ("condemned … and promised") and participles ("soldiers backed by …").
// passive is true when the subject undergoes the action.
func (c *coder) subject(v int) (int, bool) {
	s := c.s
	best, n := -1, 0
	for _, k := range s.kids[v] {
		if r := s.rel[k]; r == "nsubj" || r == "nsubj:pass" {
			if n++; best < 0 {
				best = k
			}
		}
	}
	if n > 1 {
		// Two subjects is a parse error ("Before the White House talks,
		// Trump urged …" with "talks" as a second subject): take the
		// first whose head word is an actor, else the first that names
		// one.
		score := 0
		for _, k := range s.kids[v] {
			if r := s.rel[k]; r != "nsubj" && r != "nsubj:pass" {
				continue
			}
			sc := 0
			if len(c.codeNP(k, nil)) > 0 {
				sc = 1
				if c.actorWord(k) {
					sc = 2
				}
			}
			if sc > score {
				best, score = k, sc
			}
		}
	}
	if best >= 0 {
		return c.pastDateline(best, v), s.rel[best] == "nsubj:pass" || c.reducedPassive(v)
	}
	pass := c.hasPassiveAux(v)
	h := s.head[v]
	switch s.base[v] {
	case "xcomp":
		if h < 0 {
			break
		}
		if o := s.child(h, "obj", "iobj"); o >= 0 && o < v {
			return o, pass // object control: "urged Bree to help"
		}
		sj, _ := c.subject(h)
		return sj, pass
	case "conj":
		if h < 0 {
			break
		}
		if v < h {
			// A conjunct comes after the one it hangs from: a verb before
			// its head is a reversed attachment, not a coordination, and
			// its subject is its own.
			if sj := c.strandedSubject(v); sj >= 0 {
				return sj, pass
			}
			break
		}
		sj, p := c.subject(h)
		if c.hasOwnAux(v) || ((s.xpos[v] != "VBN" || s.child(v, "obj") >= 0) && c.reducedPassive(h)) {
			// "X, backed by Y, criticised Z": the participle's
			// passive is not the finite verb's.
			p = pass
		}
		return sj, p
	case "advcl":
		if h < 0 {
			break
		}
		if o := c.objectBefore(h, v); o >= 0 && gerundCase[c.s.caseOf(v)] {
			// "accused Russia of shelling", "thanked Japan for
			// helping", "charged him with leaking": the object did it,
			// not the one who accuses or thanks.
			return o, pass
		}
		sj, _ := c.subject(h)
		return sj, pass
	case "acl":
		if h >= 0 && s.base[h] == "obj" && s.head[h] >= 0 && c.lightClause(s.head[h]) == v {
			// "X took the step of writing to Y": X writes.
			sj, _ := c.subject(s.head[h])
			return sj, pass
		}
		if h >= 0 && s.base[h] == "obl" && s.xpos[v] == "VBG" && gerundCase[s.caseOf(v)] {
			// "sentenced X to nine years in prison for accepting
			// bribes", the gerund hung on "prison": X accepted them,
			// the object of the verb the phrase belongs to.
			if g := s.head[h]; g >= 0 && s.isVerb(g) {
				if o := c.objectBefore(g, v); o >= 0 {
					return o, pass
				}
			}
		}
		if h >= 0 && s.isNominal(h) {
			// A participle with an object of its own is active ("X
			// criticised Y", tagged VBN and hung on X).
			return h, pass || (s.xpos[v] == "VBN" && s.child(v, "obj") < 0)
		}
	case "root", "ccomp", "parataxis", "obl", "nmod", "obj", "appos":
		// A finite verb hung by a nominal relation is a misparse of a
		// clause, like a root, whose subject went to an opening phrase.
		if sj := c.strandedSubject(v); sj >= 0 {
			return sj, pass
		}
		if sj := c.frontedSubject(v); sj >= 0 {
			return sj, pass
		}
	}
	return -1, false
}

// gerundCase introduces a gerund whose subject is the object of the verb
// above ("accused X of …", "thanked X for …", "charged X with …").
var gerundCase = map[string]bool{"OF": true, "FOR": true, "WITH": true}

// objectBefore is the object of h before v, or a subject after h that
// the parser made of one ("sentenced former minister Peter Kamau to
// eight years for taking bribes" with the name a second subject); -1.
func (c *coder) objectBefore(h, v int) int {
	s := c.s
	for _, k := range s.kids[h] {
		if k >= v {
			break
		}
		if r := s.rel[k]; r == "obj" || (r == "nsubj" && k > h) {
			return k
		}
	}
	return -1
}

// actorWord says whether token k itself names an actor: a name, a
// pronoun, an entity with an actor code, or a dictionary actor or agent
// word ("the White House talks" names one only through a modifier).
func (c *coder) actorWord(k int) bool {
	s := c.s
	if s.upos[k] == "PROPN" || s.upos[k] == "PRON" || (c.ents != nil && c.ents[s.off+k] >= 0) {
		return true
	}
	if _, n := c.lx.agents.matchAt(c.lx, s, s.agentAt, k); n > 0 {
		return true
	}
	_, n := c.lx.actors.matchAt(c.lx, s, s.actorAt, k)
	return n > 0
}

// strandedSubject finds the subject of a finite verb that has none in the
// parse because the parser hung it on an opening phrase: the noun phrase
// right before the verb, set off by a comma ("After talks with X at the
// White House, Zelensky mentioned …" parsed with Zelensky as an
// apposition of House).
func (c *coder) strandedSubject(v int) int {
	s := c.s
	if !c.finite(v) {
		return -1
	}
	k := v - 1
	for k >= 0 && (s.upos[k] == "ADV" || s.upos[k] == "AUX") && !negWords[s.forms[k]] {
		k--
	}
	// The phrase must hang on something before it (an apposition or
	// conjunct of the opening phrase), not on the verb itself.
	if k < 1 || s.head[k] == v || s.head[k] > k {
		return -1
	}
	switch s.upos[k] {
	case "PROPN", "NOUN", "PRON":
	default:
		return -1
	}
	h := c.npTop(k)
	if h > k || s.inSubtree(v, h) {
		return -1
	}
	start := h
	for _, m := range s.kids[h] {
		switch s.base[m] {
		case "compound", "flat", "det", "amod", "nmod":
			if m < start && (s.base[m] != "nmod" || s.rel[m] == "nmod:poss" || s.rel[m] == "nmod:desc") {
				start = m
			}
		}
	}
	if start < 1 || s.forms[start-1] != "," {
		return -1
	}
	return h
}

// frontedSubject finds a subject the parser joined to an opening phrase
// as a conjunct or apposition after a comma ("In recent years, senior
// Canadian officials -- including … -- warned …" with officials a conjunct
// of years). The one nearest the verb wins. Deeper in the opening phrase
// ("After talks with X and Y at Z, W said" with W a conjunct of Z) only
// the phrase that ends right before the verb is one.
func (c *coder) frontedSubject(v int) int {
	s := c.s
	if !c.finite(v) {
		return -1
	}
	best := -1
	for _, l := range s.kids[v] {
		if l > v {
			break
		}
		switch s.base[l] {
		case "obl", "advmod", "advcl", "nmod":
			best = c.frontedIn(l, v, 1, best)
		}
	}
	return best
}

// frontedIn is frontedSubject's search below l, depth levels under the
// verb's own dependent; best is the candidate so far.
func (c *coder) frontedIn(l, v, depth, best int) int {
	s := c.s
	for _, m := range s.kids[l] {
		if m < l {
			continue
		}
		if depth < 6 {
			best = c.frontedIn(m, v, depth+1, best)
		}
		if (s.rel[m] != "conj" && s.rel[m] != "appos") || !s.isNominal(m) {
			continue
		}
		if depth > 1 && !c.endsBefore(m, v) {
			continue
		}
		start := m
		for _, k := range s.kids[m] {
			if k < start && s.rel[k] != "punct" && s.rel[k] != "cc" {
				start = k
			}
		}
		if start > 0 && s.forms[start-1] == "," && m > best {
			best = m
		}
	}
	return best
}

// endsBefore says whether the phrase under m ends right before v, but for
// adverbs and auxiliaries ("W quickly said", "W has said").
func (c *coder) endsBefore(m, v int) bool {
	s := c.s
	k := v - 1
	for k > m && (s.upos[k] == "ADV" || s.upos[k] == "AUX") && !negWords[s.forms[k]] {
		k--
	}
	return s.rightmost(m) == k
}

// finite says whether v heads a tensed clause: a past or present verb,
// or one with an auxiliary.
func (c *coder) finite(v int) bool {
	switch c.s.xpos[v] {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return c.hasOwnAux(v)
}

// reducedPassive says whether v is a past participle with a "by" agent
// and no auxiliary, which the parser made a clause with an active
// subject: a headline ("Blair and Brown criticised by MPs") or a
// participle set off by commas ("Chile's president, criticised by Peru
// last week, met …"). Its subject undergoes the act.
func (c *coder) reducedPassive(v int) bool {
	s := c.s
	return !c.lx.petrarch && s.xpos[v] == "VBN" && s.child(v, "obl:agent") >= 0 && !c.hasOwnAux(v) && s.child(v, "obj") < 0
}

func (c *coder) hasPassiveAux(v int) bool { return c.s.child(v, "aux:pass") >= 0 }

func (c *coder) hasOwnAux(v int) bool {
	for _, k := range c.s.kids[v] {
		if c.s.base[k] == "aux" {
			return true
		}
	}
	return false
}

// governorSubject is the subject of the verb that v's clause hangs from.
func (c *coder) governorSubject(v int) int {
	s := c.s
	h := s.head[v]
	for steps := 0; h >= 0 && steps < 4; steps++ {
		if sj, pass := c.subject(h); sj >= 0 && !pass && s.upos[sj] != "PRON" {
			return sj
		}
		h = s.head[h]
	}
	return -1
}

// rolePhrase says whether k is an "as" phrase, a role of one of the
// sides ("joined Columbia Records as a producer", "spoke as a former
// minister"), not a side (built-in mode).
func (c *coder) rolePhrase(k int) bool { return !c.lx.petrarch && c.s.caseOf(k) == "AS" }

// ownSubject says whether the clause k has a subject of its own: a
// noun phrase other than src, not a personal pronoun ("he", "they": the
// speaker again, maybe); "nothing", "everyone" are subjects of their own.
func (c *coder) ownSubject(k, src int) bool {
	s := c.s
	sj, _ := c.subject(k)
	return sj >= 0 && sj != src && s.head[sj] == k && s.xpos[sj] != "PRP"
}

// byAgent is the "by" phrase of a passive verb.
func (c *coder) byAgent(v int) int {
	s := c.s
	for _, k := range s.kids[v] {
		r := s.rel[k]
		if r == "obl:agent" || r == "nmod:agent" || ((s.base[k] == "obl" || s.base[k] == "nmod") && c.s.caseOf(k) == "BY") {
			return k
		}
	}
	return -1
}

// target finds the first argument of v that codes to an actor: the
// object (and the phrases inside it: "ties with Gondor", "an attack by
// Osgiliath soldiers"), then prepositional phrases of the verb in text
// order, then the subject of a complement clause ("believes Dagolath can
// cope"). comp is the complement clause whose subject was taken, -1 when
// the target is the verb's own argument.
func (c *coder) target(v, src int) (tgt, comp int, acts []actor) { return c.targetAt(v, src, 0) }

func (c *coder) targetAt(v, src, depth int) (int, int, []actor) {
	s := c.s
	var candBuf [8]int
	cands := candBuf[:0]
	for _, k := range s.kids[v] {
		switch s.base[k] {
		case "obj", "iobj":
			cands = append(cands, k)
		}
	}
	for _, k := range s.kids[v] {
		r := s.rel[k]
		if r == "obl:tmod" || r == "nmod:tmod" || r == "obl:npmod" || r == "obl:unmarked" {
			continue
		}
		if (s.base[k] == "obl" || s.base[k] == "nmod") && k != src && !c.timePhrase(k) && !temporalCase[s.caseOf(k)] && !c.cityOfAct(k) && !c.setting(k) && !c.rolePhrase(k) {
			cands = append(cands, k)
		}
	}
	nOwn := len(cands)
	for _, k := range s.kids[v] {
		// Only a complement after the verb: in "X broke off ties with Y, a
		// senior official said" X is not what the official acted on.
		// Built-in mode: only a subject whose head names an actor
		// ("said Britain needed …", "believes Dagolath can cope"), not
		// a thing with an actor inside it ("said the number of Britons
		// dead had reached 440", "said India's economy grew").
		if r := s.rel[k]; (r == "ccomp" || r == "xcomp") && k > v {
			if sj, _ := c.subject(k); sj >= 0 && sj != src && (c.lx.petrarch || c.actorWord(sj)) {
				cands = append(cands, sj)
			}
		}
	}
	owned := false
	for i := 0; i < len(cands); i++ {
		k := cands[i]
		if owned && (i >= nOwn || !sideCase[s.caseOf(k)]) {
			continue
		}
		if i < nOwn && c.ownedBySource(k, src) {
			// "Morocco recalled its ambassador from Algeria": what the
			// source does with its own envoy, troops or ties is done to
			// the side a phrase names after them ("its ambassador to
			// Algeria" too), never to the source itself; "said in its
			// filing" acts on no one.
			owned = true
			if s.base[k] == "obj" {
				inner := c.ownPhrases(k)
				cands = slices.Insert(cands, i+1, inner...)
				nOwn += len(inner)
			}
			continue
		}
		if r := s.base[k]; r != "obj" && r != "iobj" && !owned && c.uncodedObject(v, src) {
			// "sentenced Peter Kamau to eight years in prison": the
			// object is a person with no code; "prison" after him is
			// not the target, nor is anything after.
			c.objectKnown = true
			return -1, -1, nil
		}
		if acts := c.codeNP(k, nil); len(acts) > 0 {
			comp := -1
			if i >= nOwn {
				comp = s.head[k]
			}
			return k, comp, acts
		} else if i < nOwn && c.agentPhrase(k) >= 0 {
			// "repelled an attack by the RSF on El Fasher": the object
			// names its side, one with no code; not the place attacked,
			// nor a side from elsewhere.
			c.objectKnown = true
			return -1, -1, nil
		}
	}
	// "vowed to wage war on X", "signed an accord to supply X", "would
	// assist in ensuring X's security": the target may sit in the clause
	// the verb governs.
	if owned {
		// The act is done with the source's own thing and names no other
		// side: no target is looked for elsewhere (objectKnown).
		c.objectKnown = true
		return -1, -1, nil
	}
	if depth < 2 {
		for _, k := range s.kids[v] {
			r := s.rel[k]
			if k < v {
				continue // not a clause reported before the verb either
			}
			if r == "ccomp" && c.ownSubject(k, src) {
				// "Sony said the gadget would ship to the US": a reported
				// clause with a subject of its own acts on the phrases
				// inside it, not the speaker. Its subject may be the
				// target (above); "said he would attack Y" (a pronoun,
				// the speaker again) goes on looking.
				continue
			}
			if r == "xcomp" || r == "ccomp" || (s.base[k] == "advcl" && purposeMark[s.caseOf(k)]) {
				if t, comp, acts := c.targetAt(k, src, depth+1); t >= 0 {
					return t, comp, acts
				}
			}
		}
	}
	return -1, -1, nil
}

// sideCase introduces the phrases that name the other side of an act done
// with the source's own envoy, troops or ties ("from Algeria", "ties with
// Libya", "troops into Georgia"); a place or a reason ("in Moscow",
// "despite the fact") names none.
var sideCase = map[string]bool{"FROM": true, "TO": true, "WITH": true, "AGAINST": true, "INTO": true, "ONTO": true,
	"TOWARD": true, "TOWARDS": true, "ON": true, "OF": true, "OVER": true}

// purposeMark introduces the infinitive and gerund clauses that parsers
// often call adverbial but that carry the verb's purpose or means ("vowed
// to wage war on X", "assist in securing X's borders").
var purposeMark = map[string]bool{"TO": true, "IN": true, "BY": true}

// timePhrase says whether the phrase at k says when: a time noun with no
// preposition or a temporal one ("five years after crowds trashed its
// embassy"); "ties with Libya's five years" still names Libya.
func (c *coder) timePhrase(k int) bool {
	if !timeNouns[c.s.lemmas[k]] {
		return false
	}
	switch c.s.caseOf(k) {
	case "", "AFTER", "BEFORE", "SINCE", "UNTIL", "FOR", "IN", "DURING", "WITHIN", "OVER", "AGO":
		return true
	}
	return false
}

// temporalCase are prepositions of time: "after Y's crowds burned its
// embassy" says when, whatever noun follows.
var temporalCase = map[string]bool{"AFTER": true, "BEFORE": true, "SINCE": true, "UNTIL": true, "DURING": true}

// timeNouns head phrases that say when, not to whom: "five years after
// crowds trashed its embassy" is no target.
var timeNouns = map[string]bool{
	"YEAR": true, "MONTH": true, "WEEK": true, "DAY": true, "HOUR": true, "MINUTE": true, "TIME": true,
	"DECADE": true, "CENTURY": true, "NIGHT": true, "MORNING": true, "EVENING": true, "AFTERNOON": true,
	"WEEKEND": true, "PERIOD": true, "MOMENT": true,
}

// pastDateline moves a subject off the dateline a first sentence opens
// with ("NAIROBI, March 3 (Reuters) - Kenya and Ethiopia signed …",
// parsed with the city as the subject and the real one as its
// apposition): when a dash lies between the subject and the verb, the
// subject is the phrase after the dash: a second subject of the verb,
// or a phrase hung on the dateline by whatever relation.
func (c *coder) pastDateline(subj, v int) int {
	s := c.s
	if subj < 0 || subj > v {
		return subj
	}
	dash := -1
	for t := subj + 1; t < v && dash < 0; t++ {
		switch s.forms[t] {
		case "-", "--", "—", "–", "―":
			dash = t
		}
	}
	if dash < 0 {
		return subj
	}
	for _, k := range s.kids[v] {
		if r := s.rel[k]; k > dash && k < v && (r == "nsubj" || r == "nsubj:pass") {
			return k // a second subject after the dash
		}
	}
	for _, k := range s.kids[subj] {
		if k > dash && k < v && s.isNominal(k) && afterDashRel[s.rel[k]] {
			return k
		}
	}
	return subj
}

// afterDashRel are the relations a parse hangs the subject after a
// dateline's dash on the dateline by.
var afterDashRel = map[string]bool{"appos": true, "conj": true, "parataxis": true, "dep": true, "list": true}
