package event

import (
	"strings"

	"dateline/text"
)

// coder holds the per-document state of one Process call; nothing in it
// is shared, so stages stay safe for concurrent use.
type coder struct {
	lx   *Lexicon
	cfg  Config
	s    *sent
	date int   // publication date as yyyymmdd, 0 when unknown
	ents []int // global token → entity index with an actor code, -1; nil without entities
	// people maps a global token to a person entity with no actor code
	// (built-in mode), -1; nil without such entities.
	people []int
	// orgs maps a global token to an organisation entity with no actor
	// code (built-in mode), -1; nil without such entities (see inOrgName).
	orgs []int
	// entsBuf, peopleBuf and orgsBuf are the slices ents, people and
	// orgs were last made in, kept for the next document (entityTokens).
	entsBuf, peopleBuf, orgsBuf []int
	// objectKnown: the object of the clause being coded is the source's
	// own envoy, troops or goods, or a person with no code, and the
	// clause names no other side (targetAt): no target is taken from
	// elsewhere.
	objectKnown bool

	units, toks, pre, post, buf []int
	inWin                       []bool // scratch of window and collect: all false between uses
	refs, cands                 []verbRef
	mk                          marks
	verb, last                  int  // pattern matching: the verb and the last token matched
	inPost                      bool // matching the elements after the verb
	events                      []text.Event
	quotes                      []text.Span
	seen                        map[evKey]bool
	present                     []uint32 // per Lexicon.req number (words, then sets): stamp when in the current verb's windows
	stamp                       uint32
	keys                        []int32           // the keys present holds this stamp for, in the order found
	tries                       []int32           // scratch: the patterns of a block to try (patternsToTry)
	names                       map[string]string // name word → actor code, from earlier in the document
	entCodes                    map[int]string    // entity index → the code its events carry (see entityCode)
	stateNat                    string            // a country code the article's name for a US state gave ("GEO"), see stateFix
	stateDone                   bool
	lastPerson                  actor              // the person coded last, for "he" and "she"
	prevSource                  actor              // the source of the last event of an earlier sentence
	sentStart                   int                // index in events of the current sentence's first event
	discardAt                   []int              // clauses of the current sentence that a discard phrase marks
	evAct                       []string           // per event of the document: the verb lemma it was coded from
	implicit                    map[string][]actor // event noun lemma → the actor a phrase on it names elsewhere in the document
	implicitDone                bool
	s2                          *sent   // scratch sentence for document-wide looks at the sentence being coded
	sents                       []*sent // per sentence of the document, made when first needed (see sentence)
	made                        []bool  // per sentence: sents[i] is made for this document
	cur                         int     // the sentence the main loop is coding, -1 before
	evVerb, evComp              []int   // per event of the current sentence: its clause head and the complement its target came from (-1)
	storyDiscard                bool    // a story-level discard phrase was seen: no events at all
	// coding is the verb codeVerb is coding plus one (0 outside it): its
	// own clause never names its source (see unitTokens).
	coding int
	// asSource: codeNP is coding a clause's source (see product).
	asSource bool
	// actCode is the code of the verb codeVerb is coding ("" outside
	// it): a place inside the thing attacked is the side (placeOfThing).
	actCode string
}

// evKey identifies an event within a sentence: the codes, and the
// entities when an entity stage told them apart ("Trump and Vance
// criticized X" is two events even though both are USAGOV).
type evKey struct {
	a1, a2, code string
	e1, e2       int
}

// clause is one coded verb (or event noun) with its arguments.
type clause struct {
	v              int
	subj, obj      int // phrase heads, -1 when absent
	passive        bool
	negated        bool
	intent         bool
	code, reverse  string
	compound       bool
	targetFromPatt bool
	comp           int // the complement clause the target was taken from, -1
}

// codeSentence finds the events of one sentence.
func (c *coder) codeSentence() {
	s := c.s
	c.sentStart, c.evVerb, c.evComp = len(c.events), c.evVerb[:0], c.evComp[:0]
	if c.discarded() {
		return
	}
	for v := range s.forms {
		if s.isVerb(v) {
			c.codeVerb(v)
		} else if !c.lx.petrarch && s.upos[v] == "NOUN" {
			c.codeNoun(v)
		}
	}
	c.filter()
	if n := len(c.events); n > c.sentStart {
		if e := c.events[n-1]; e.Actor1.Code != "" {
			c.prevSource = actor{code: e.Actor1.Code, name: e.Actor1.Name, entity: e.Actor1.Entity, recalled: true}
		}
	}
}

func (c *coder) codeVerb(v int) {
	c.coding = v + 1
	defer func() { c.coding, c.actCode = 0, "" }()
	if !c.lx.petrarch && (c.requested(v) || c.denied(v) || c.learnt(v)) {
		return
	}
	subj, passive := c.subject(v)
	m, ok := c.matchVerb(v, subj)
	if !ok {
		return
	}
	cl := clause{v: v, subj: subj, passive: passive, code: m.code, reverse: m.reverse, compound: m.compound, obj: -1, comp: -1}
	if c.negated(v) && !m.negated {
		return // "did not meet": no event
	}
	if !c.lx.petrarch && !m.pattern {
		if alt, ok := blockSense[c.s.lemmas[v]]; ok {
			cl.code = alt
		}
		if alt := c.reportSense(v); alt != "" {
			cl.code, cl.reverse = alt, ""
		}
		if c.attacksWords(v) {
			cl.code, cl.reverse = "111", "" // "attacked the president's economic record"
		}
	}
	if !c.lx.petrarch && c.lightClause(v) >= 0 {
		return // "took the step of writing to X": the writing is the act
	}
	if !c.lx.petrarch && !m.pattern && (thinkVerbs[c.s.lemmas[v]] || patternOnly[c.s.lemmas[v]] || c.wantsNoOne(v) || c.goingTo(v)) {
		return // "the industry will consider ways of …", "wants to make X …": no one consulted or asked
	}
	if !c.lx.petrarch && !m.pattern && c.takesThing(v, passive, subj) {
		return // "the film took $305m": earning, not seizing
	}
	if !c.lx.petrarch {
		cl.intent = c.intent(v)
	}
	c.actCode = cl.code
	// Arguments: the pattern's markers first, then the grammar.
	src := subj
	if passive {
		if by := c.byAgent(v); by >= 0 || !c.lx.petrarch {
			src = by
		} else {
			// PETRARCH codes an agentless passive ("was criticized over
			// its dispute with X") as if the subject acted.
			passive = false
		}
	}
	if m.source >= 0 {
		src = m.source
	}
	var tgt int
	var targets []actor
	switch {
	case m.target >= 0:
		tgt = m.target
	case passive:
		tgt = subj
	default:
		c.objectKnown = false
		tgt, cl.comp, targets = c.target(v, src)
		if !c.lx.petrarch && !m.pattern && c.notAddressee(cl, tgt) {
			// "said the government had adopted …": no one it is said to.
			tgt, cl.comp, targets = -1, -1, nil
			c.objectKnown = true
		}
	}
	if c.thingSource(v, src, cl.code) {
		return // "Asian investment helps bridge the gap": a cause, not a side
	}
	sources := c.sourceOf(src, v)
	if len(sources) == 0 && !c.lx.petrarch && c.meeting(v, cl.code) && src >= 0 && c.people != nil {
		if a, ok := c.uncodedSubject(v, src); ok {
			sources = []actor{a}
		}
	}
	if len(sources) == 0 {
		return
	}
	if cl.compound {
		if len(sources) < 2 {
			return
		}
		for i, a := range sources {
			for j, b := range sources {
				if i != j {
					c.emit(cl, a, b, cl.code)
				}
			}
		}
		return
	}
	if targets == nil {
		targets = c.codeNP(tgt, nil)
	}
	if !c.lx.petrarch && !m.pattern && intentVerbs[c.s.lemmas[v]] && c.s.lemmas[v] != "OFFER" && c.inClauseOf(v, tgt) {
		// "plans to cut 200 jobs in Sweden": the infinitive's act is the
		// intent, coded on its own. An offer is made to the side its
		// clause names ("offered to supply fuel oil to China").
		return
	}
	if !c.lx.petrarch && !m.pattern && moveVerbs[c.s.lemmas[v]] {
		if targets = c.destination(tgt, targets); len(targets) == 0 {
			return // "went to university", "went back on a pledge to X": no one met
		}
	}
	if len(targets) == 0 {
		tgt = -1
	}
	if m.target < 0 && c.mutualEvents(cl, src, tgt, sources, targets) {
		return
	}
	if len(targets) == 0 && !c.lx.petrarch && c.meeting(v, cl.code) {
		targets = c.uncodedTarget(v, src)
	}
	if len(targets) == 0 && !c.lx.petrarch && !c.objectKnown {
		// "their products", "its targets", "sentenced Peter Kamau": an
		// act on the source's own thing or on an uncoded person takes no
		// target from other sentences either.
		targets = c.anaphoricTarget(v)
		if len(targets) == 0 {
			targets = c.implicitTarget(v, passive, subj)
		}
	}
	if len(targets) == 0 {
		return
	}
	for _, a := range sources {
		for _, b := range targets {
			c.emit(cl, a, b, cl.code)
			if !cl.intent || intentCode(cl.reverse) == cl.reverse {
				// "X will visit Y" is X's intent to meet Y, not Y's: the
				// mirrored act (Y hosts X) is only said when it happened.
				c.emit(cl, b, a, cl.reverse)
			}
		}
	}
}

// sourceOf codes the source phrase src of the clause at v. A pronoun
// takes the subject of the clause above ("Ethiopia indicated it would
// act"); "he" or "she" otherwise takes the person coded last in the
// document (built-in mode only: PETRARCH does not resolve pronouns), unless
// the entity stage joined it to a person who has no code.
func (c *coder) sourceOf(src, v int) []actor {
	s := c.s
	c.asSource = true
	acts := c.codeNP(src, nil)
	c.asSource = false
	if len(acts) > 0 || src < 0 || s.upos[src] != "PRON" {
		return acts
	}
	if ante := c.antecedent(src, v); ante >= 0 {
		// "any deal that harmed its fishermen": "that" is the deal, not
		// the subject of the clause above.
		return c.codeNP(ante, nil)
	}
	if up := c.governorSubject(v); up >= 0 {
		if acts = c.codeNP(up, nil); len(acts) > 0 {
			return acts
		}
	}
	if c.people != nil && c.people[s.off+src] >= 0 && !c.isLastPerson(c.people[s.off+src]) {
		// The entity stage made the pronoun a mention of a person with no
		// actor code ("Opposition councillor James Whitfield … He warned"),
		// and not the person coded last, who is someone else.
		return nil
	}
	if !c.lx.petrarch && c.lastPerson.code != "" {
		switch s.forms[src] {
		case "HE", "SHE":
			a := c.lastPerson
			a.first, a.last = src, src
			return []actor{a}
		}
	}
	return nil
}

// antecedent is the noun a relative pronoun k of the clause at v stands
// for ("the boats that detained …"), -1 when k is not one.
func (c *coder) antecedent(k, v int) int {
	s := c.s
	switch s.xpos[k] {
	case "WDT", "WP", "WP$":
	default:
		if s.lemmas[k] != "THAT" && s.lemmas[k] != "WHICH" && s.lemmas[k] != "WHO" {
			return -1
		}
	}
	for steps := 0; v >= 0 && steps < 3; steps++ {
		if s.rel[v] == "acl:relcl" {
			return s.head[v]
		}
		if r := s.base[v]; r != "conj" && r != "xcomp" {
			break
		}
		v = s.head[v]
	}
	return -1
}

// negated says whether v is negated itself or hangs from a negated verb
// ("did not agree to meet").
func (c *coder) negated(v int) bool {
	s := c.s
	for steps := 0; v >= 0 && steps < 3; steps++ {
		for _, k := range s.kids[v] {
			if s.rel[k] == "advmod:neg" || (s.base[k] == "advmod" && negWords[s.lemmas[k]]) ||
				(s.base[k] == "aux" && negWords[s.forms[k]]) {
				return true
			}
			if s.base[k] == "advmod" && (s.lemmas[k] == "NOT" || s.forms[k] == "N'T" || s.forms[k] == "NEVER") {
				return true
			}
		}
		if s.base[v] != "xcomp" {
			break
		}
		v = s.head[v]
	}
	return false
}

// intentVerbs govern an infinitive that is only intended: "plans to
// meet", "is ready to talk".
var intentVerbs = map[string]bool{
	"PLAN": true, "INTEND": true, "WANT": true, "HOPE": true, "SEEK": true, "PREPARE": true, "EXPECT": true,
	"AIM": true, "PROMISE": true, "PLEDGE": true, "VOW": true, "OFFER": true, "DECIDE": true, "AGREE": true,
	"READY": true, "WILLING": true, "OPEN": true, "EAGER": true, "SET": true, "ABOUT": true, "GO": true,
	"THREATEN": true, "PROPOSE": true, "WISH": true, "COMMIT": true,
}

// intent says whether v is future or intended: "will meet", "is to
// meet", "plans to meet", "is open to meeting".
func (c *coder) intent(v int) bool {
	s := c.s
	for _, k := range s.kids[v] {
		if s.base[k] == "aux" {
			switch s.lemmas[k] {
			case "WILL", "SHALL", "WOULD", "'LL":
				return true
			}
		}
	}
	// An infinitive the parser called adverbial ("promised to help" with
	// help as advcl) is the same complement.
	if r := s.base[v]; r == "xcomp" || (r == "advcl" && s.caseOf(v) == "TO") {
		if h := s.head[v]; h >= 0 && (intentVerbs[s.lemmas[h]] || (r == "advcl" && c.intent(h))) {
			// "will travel to Beijing to meet officials": the purpose
			// of an intended act is intended too.
			return true
		}
	}
	return false
}

// anyone says whether x is people in general: the agents "people",
// "men", "persons" with no country or group ("---PPL") and no number.
// "Most people watch TV", "services let people transfer content", "the
// minister said people would not be forced to work" name no side of an
// event; "British people" (GBR), "two men in Manchester" (GBRPPL) and
// "police arrested four men" still do, and so do the people coerced or
// assaulted (coercion): "police arrested the men".
func (c *coder) anyone(x actor) bool {
	if x.code != "---PPL" {
		return false
	}
	s := c.s
	for t := x.first; t <= x.last && t < len(s.forms); t++ {
		if t < 0 {
			continue
		}
		for _, k := range s.kids[t] {
			if s.rel[k] == "nummod" {
				return false
			}
		}
	}
	return true
}

// coercion says whether code is an act done to persons (CAMEO 17x
// coerce: arrest, detain, expel; 18x assault): its target is whoever
// suffered it.
func coercion(code string) bool { return len(code) >= 2 && (code[:2] == "17" || code[:2] == "18") }

// emit records one event unless it repeats one already found or has the
// same actor on both sides.
func (c *coder) emit(cl clause, a, b actor, code string) {
	// An actor acting on itself says nothing: the same entity, or a bare
	// country on itself ("Ukraine to relinquish Crimea": UKR on UKR). The
	// same role on both sides is a domestic event ("the interior minister
	// condemned mayors": FRAGOV on FRAGOV).
	if code == "" || !codable(a, b) || (a.code == b.code && ((a.entity >= 0 && a.entity == b.entity) || len(a.code) <= 3)) || c.sameNamed(a, b) {
		return
	}
	if !c.lx.petrarch && (c.anyone(a) || (c.anyone(b) && !coercion(code))) {
		return
	}
	if cl.intent {
		code = intentCode(code)
	}
	k := evKey{a.code, b.code, code, a.entity, b.entity}
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	s := c.s
	first, last := cl.v, cl.v
	for _, x := range []actor{a, b} {
		if x.first < first {
			first = x.first
		}
		if x.last > last {
			last = x.last
		}
	}
	sp := text.Span{Start: s.span(first).Start, End: s.span(last).End}
	in, _ := Lookup(code)
	c.events = append(c.events, text.Event{
		Span:      sp,
		Code:      code,
		QuadClass: in.QuadClass,
		Goldstein: in.Goldstein,
		Actor1:    text.Actor{Entity: a.entity, Code: a.code, Name: a.name},
		Actor2:    text.Actor{Entity: b.entity, Code: b.code, Name: b.name},
		Date:      c.clauseDate(cl.v, sp),
		Location:  c.location(cl.v, a, b),
		InQuote:   c.inQuote(s.span(cl.v)),
	})
	c.evVerb, c.evComp = append(c.evVerb, cl.v), append(c.evComp, cl.comp)
	act := s.lemmas[cl.v]
	if !s.isVerb(cl.v) {
		act = nominalVerbs[act]
	}
	c.evAct = append(c.evAct, act)
}

// sameNamed says whether two sides of one code family are named alike
// (built-in mode): the same name ("Nokia" as MNCFINMED and as
// MNCFINMEDBUS, "people" on both sides), or one name is the other with
// words after it ("Google spokesperson" on "Google", "US officials" on
// "the US"). Such an event has one actor acting on itself, found twice:
// the same phrase read as two roles, or an organisation's own voice.
// Sides of one code with different names stay a domestic event ("the
// interior minister condemned mayors").
func (c *coder) sameNamed(a, b actor) bool {
	if c.lx.petrarch || !(strings.HasPrefix(a.code, b.code) || strings.HasPrefix(b.code, a.code)) {
		return false
	}
	x, y := bareName(a.name), bareName(b.name)
	if x == "" || y == "" {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return strings.EqualFold(x, y) || (len(y) > len(x) && y[len(x)] == ' ' && strings.EqualFold(y[:len(x)], x))
}

// bareName is an actor's name without a leading article.
func bareName(n string) string {
	if len(n) > 4 && strings.EqualFold(n[:4], "the ") {
		return n[4:]
	}
	return n
}

// intentCode turns an action into the intent to take it (CAMEO 03x for
// cooperation, 13x threats for coercion and force). Statements, appeals,
// demands and other verbal acts keep their code.
func intentCode(code string) string {
	if len(code) < 3 {
		return code
	}
	if ic, ok := intentCodes[code]; ok {
		return ic
	}
	if ic, ok := intentCodes[code[:3]]; ok {
		return ic
	}
	if ic, ok := intentCodes[code[:2]]; ok {
		return ic
	}
	return code
}

var intentCodes = map[string]string{
	"04": "036", "05": "032", "057": "030",
	"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"08": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312",
	"17": "137", "18": "138", "19": "138", "20": "138",
}
