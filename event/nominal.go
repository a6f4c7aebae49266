package event

import (
	"slices"
	"strings"
)

// nominalVerbs maps event nouns to the verb whose dictionary entry codes
// them ("Russia's invasion of Ukraine" is coded as "Russia invaded
// Ukraine"). Only nouns whose arguments the parse shows are coded: a
// possessor or "by" phrase for the source (else the subject of the clause
// the noun sits in), an "of", "with", "against", "on", "to" or "into"
// phrase for the target.
var nominalVerbs = map[string]string{
	"INVASION": "INVADE", "ATTACK": "ATTACK", "ASSAULT": "ASSAULT", "OFFENSIVE": "ATTACK",
	"BOMBING": "BOMB", "SHELLING": "SHELL", "AIRSTRIKE": "BOMB", "STRIKE": "STRIKE",
	"OCCUPATION": "OCCUPY", "BLOCKADE": "BLOCKADE", "ANNEXATION": "ANNEX", "INCURSION": "INVADE",
	"MEETING": "MEET", "TALK": "TALK", "DISCUSSION": "DISCUSS", "NEGOTIATION": "NEGOTIATE",
	"SUMMIT": "MEET", "VISIT": "VISIT", "CONSULTATION": "CONSULT", "CALL": "CALL",
	"AGREEMENT": "AGREE", "DEAL": "AGREE", "TREATY": "SIGN", "CEASEFIRE": "AGREE",
	"CRITICISM": "CRITICIZE", "CONDEMNATION": "CONDEMN", "ACCUSATION": "ACCUSE", "WARNING": "WARN",
	"THREAT": "THREATEN", "SANCTION": "SANCTION", "EMBARGO": "EMBARGO", "BOYCOTT": "BOYCOTT",
	"ARREST": "ARREST", "DETENTION": "DETAIN", "EXPULSION": "EXPEL", "DEPORTATION": "DEPORT",
	"KILLING": "KILL", "ASSASSINATION": "ASSASSINATE", "ABDUCTION": "ABDUCT", "KIDNAPPING": "KIDNAP",
	"SUPPORT": "SUPPORT", "AID": "AID", "ASSISTANCE": "ASSIST", "DEPLOYMENT": "DEPLOY",
	"WITHDRAWAL": "WITHDRAW", "PROTEST": "PROTEST", "DEMAND": "DEMAND", "APPEAL": "APPEAL",
	"REJECTION": "REJECT", "REFUSAL": "REFUSE", "RECOGNITION": "RECOGNIZE", "COOPERATION": "COOPERATE",
	"MEDIATION": "MEDIATE", "INVESTIGATION": "INVESTIGATE", "PRAISE": "PRAISE", "APOLOGY": "APOLOGIZE",
}

// nominalTargetCase are the prepositions that introduce an event noun's
// target.
var nominalTargetCase = map[string]bool{"OF": true, "WITH": true, "AGAINST": true, "ON": true, "TO": true, "INTO": true, "BETWEEN": true}

// intentHeads are adjectives and nouns that make an event noun an intent:
// "open to a meeting", "ready for talks", "plans for a summit".
var intentHeads = map[string]bool{"OPEN": true, "READY": true, "WILLING": true, "COMMITTED": true, "PLAN": true,
	"PROPOSAL": true, "PROPOSE": true, "OFFER": true, "SEEK": true, "WANT": true, "CALL": true, "PUSH": true, "PREPARE": true}

func (c *coder) codeNoun(n int) {
	s := c.s
	verb, ok := nominalVerbs[s.lemmas[n]]
	if !ok {
		return
	}
	code, reverse := c.defaultCode(verb)
	if code == "" && reverse == "" {
		return
	}
	for _, k := range s.kids[n] {
		if s.base[k] == "det" && (s.lemmas[k] == "NO" || s.lemmas[k] == "NEITHER") {
			return
		}
	}
	src, tgt := -1, -1
	for _, k := range s.kids[n] {
		r := s.rel[k]
		switch {
		case r == "nmod:poss":
			src = k
		case s.base[k] == "nmod" && s.caseOf(k) == "BY":
			src = k
		case s.base[k] == "nmod" && tgt < 0 && nominalTargetCase[s.caseOf(k)]:
			tgt = k
		}
	}
	if tgt < 0 {
		return
	}
	h := s.head[n]
	if src < 0 && h >= 0 && s.base[n] == "obj" && (strings.HasPrefix(code, "01") || code == "050") && slices.Contains(c.evVerb, h) {
		// "held talks with X", "struck a deal with X": the verb's clause
		// coded the talks (046) or the deal (030); the noun's own
		// general code (TALK's 010, DEAL's 050) would say it twice. A
		// noun with a side of its own ("condemned Russia's attack on
		// X") is another event, and a specific one ("made a visit to
		// X", 042) stays.
		return
	}
	intent := false
	if h >= 0 {
		intent = intentHeads[s.lemmas[h]] || (c.intent(h) && s.isVerb(h))
	}
	if src < 0 && !c.reactedTo(n) && c.subjectsAct(n, tgt) {
		// The subject of the clause the noun belongs to: "X spoke after
		// discussions with Y", "X is open to a meeting with Y".
		for g, steps := h, 0; g >= 0 && steps < 3 && src < 0; g, steps = s.head[g], steps+1 {
			if sj, pass := c.subject(g); sj >= 0 && !pass && sj != n {
				src = sj
			}
		}
	}
	if src < 0 {
		return
	}
	sources := c.sourceOf(src, n)
	if len(sources) == 0 {
		return
	}
	targets := c.codeNP(tgt, nil)
	// An actor is not its own counterpart: a source the parser hung
	// inside the target's phrase comes back among the targets.
	targets = slices.DeleteFunc(targets, func(b actor) bool {
		return slices.ContainsFunc(sources, func(a actor) bool { return a.code == b.code })
	})
	cl := clause{v: n, code: code, reverse: reverse, intent: intent, comp: -1}
	for _, a := range sources {
		for _, b := range targets {
			c.emit(cl, a, b, code)
			if !intent && (s.caseOf(tgt) == "WITH" || s.caseOf(tgt) == "BETWEEN") {
				c.emit(cl, b, a, code) // meetings and talks are mutual; an intent is one side's
			} else {
				c.emit(cl, b, a, reverse)
			}
		}
	}
}

// subjectsAct says whether the event noun n, with no source of its own,
// is the act of the subject of the clause it sits in: a mutual act with
// someone ("X spoke after talks with Y", "X is open to a meeting with
// Y"), a visit to somewhere ("X said during a visit to Y"), the object of a support verb ("X launched an attack on Y") or what
// an intent word governs ("X's plans for an attack on Y"). An act done to
// someone that the clause only mentions is not: "Europe suffered fewer
// disasters after the attack on Madrid", "the events of the attacks on
// the US"; with no side named it gives no event, and the target is never
// taken as its own attacker.
func (c *coder) subjectsAct(n, tgt int) bool {
	s := c.s
	if cs := s.caseOf(tgt); cs == "WITH" || cs == "BETWEEN" || (cs == "TO" && s.lemmas[n] == "VISIT") {
		return true // "on a visit to India, the actor said": his visit
	}
	h := s.head[n]
	if h < 0 {
		return false
	}
	return (s.base[n] == "obj" && s.isVerb(h) && supportVerbs[s.lemmas[h]]) || intentHeads[s.lemmas[h]]
}

// supportVerbs make their object noun their subject's own act: "launched
// an attack on X", "held talks with Y", "imposed sanctions on Z".
var supportVerbs = map[string]bool{
	"LAUNCH": true, "HOLD": true, "CONDUCT": true, "CARRY": true, "STAGE": true, "MOUNT": true, "BEGIN": true,
	"START": true, "CONTINUE": true, "RESUME": true, "INTENSIFY": true, "ESCALATE": true, "MAKE": true, "PAY": true,
	"SIGN": true, "REACH": true, "STRIKE": true, "GIVE": true, "PROVIDE": true, "OFFER": true, "EXTEND": true,
	"IMPOSE": true, "OPEN": true, "HAVE": true, "ISSUE": true, "LEVEL": true, "SEND": true, "PLAN": true,
	"PROPOSE": true, "SEEK": true, "WANT": true, "PREPARE": true, "ANNOUNCE": true, "ORDER": true,
	"STEP": true, "DEEPEN": true, "EXPAND": true, "BOOST": true, "PLEDGE": true, "PROMISE": true, "SECURE": true, "WIN": true, "CONCLUDE": true,
}

// reactedTo says whether the event noun n is the object of a verb that
// reacts to it ("Britain condemned the attack on Ukraine", "welcomed the
// agreement with Iran"): the verb's subject did not do the noun's act.
func (c *coder) reactedTo(n int) bool {
	s := c.s
	h := s.head[n]
	return h >= 0 && s.base[n] == "obj" && s.isVerb(h) && !supportVerbs[s.lemmas[h]]
}

// defaultCode is the code a verb has before any pattern.
func (c *coder) defaultCode(verb string) (string, string) {
	for _, r := range c.lx.verbs[verb] {
		b := &c.lx.blocks[r.block]
		v := &b.Verbs[r.verb]
		if len(v.Words) != 1 {
			continue
		}
		code := v.Code
		if code == "" {
			code = b.Code
		}
		a, rv := splitDefault(code)
		if a == "---" {
			a = ""
		}
		if rv == "---" {
			rv = ""
		}
		if a != "" || rv != "" {
			return a, rv
		}
	}
	return "", ""
}
