package event

// Clauses that report no act: what one side asks another to do, and what
// a denial says did not happen. codeVerb codes the request or the denial,
// not these.

// requestVerbs govern an infinitive or gerund whose act has not happened
// and is nobody's intent: what one side asks, urges or warns another to
// do ("urged Turkey to respect Syria's sovereignty"), or an act that is
// ending, avoided or not done ("stop attacking", "refrain from", "failed
// to tell investors", "refused to discuss the reports", "was unable to
// visit"). The request or refusal is the event (020, 10x, 12x, 130), not
// what it asks for or leaves undone.
var requestVerbs = map[string]bool{
	"URGE": true, "ASK": true, "CALL": true, "DEMAND": true, "PRESS": true, "APPEAL": true, "PLEAD": true,
	"REQUEST": true, "ENCOURAGE": true, "INVITE": true, "BEG": true, "IMPLORE": true, "EXHORT": true,
	"PUSH": true, "LOBBY": true, "PETITION": true, "TELL": true, "WARN": true, "ADVISE": true,
	"PERSUADE": true, "INSIST": true, "STOP": true, "CEASE": true, "HALT": true, "REFRAIN": true,
	"AVOID": true, "QUIT": true, "FAIL": true, "REFUSE": true, "DECLINE": true, "UNABLE": true,
}

// requested says whether v is the act of a request or of an act that is
// stopped: an infinitive or gerund complement of a requestVerbs verb,
// directly or through other complements ("called on Turkey to stop
// attacking Syria").
func (c *coder) requested(v int) bool {
	s := c.s
	for steps := 0; v >= 0 && steps < 4; steps++ {
		r := s.base[v]
		if r != "xcomp" && !(r == "advcl" && (s.caseOf(v) == "TO" || s.caseOf(v) == "FROM")) {
			return false
		}
		h := s.head[v]
		if h >= 0 && requestVerbs[s.lemmas[h]] {
			return true
		}
		v = h
	}
	return false
}

// denyVerbs say their clause, or the claim their object names, is false.
var denyVerbs = map[string]bool{"DENY": true, "REFUTE": true, "REJECT": true, "DISMISS": true, "DISPUTE": true}

// claimNouns name a statement that a denial can hold: "rejected claims
// that …", "dismissed reports that …".
var claimNouns = map[string]bool{"CLAIM": true, "REPORT": true, "ALLEGATION": true, "ACCUSATION": true,
	"CHARGE": true, "SUGGESTION": true, "ASSERTION": true, "RUMOUR": true, "RUMOR": true}

// denied says whether v is what a denial says did not happen: the clause
// of "denied that Russian hackers had attacked the banks", or of a claim
// a denial names ("rejected claims that its troops had shelled the
// town"). The denial is the event, not the act it denies.
func (c *coder) denied(v int) bool {
	s := c.s
	h := s.head[v]
	if h < 0 {
		return false
	}
	switch s.base[v] {
	case "ccomp", "xcomp":
		return denyVerbs[s.lemmas[h]] // "denied attacking Estonia" too
	case "acl":
		return claimNouns[s.lemmas[h]] && s.head[h] >= 0 && denyVerbs[s.lemmas[s.head[h]]]
	}
	return false
}

// learnVerbs take what was heard or learnt as a clause: "the court heard
// that the mayor took bribes" reports evidence; the court met no one.
var learnVerbs = map[string]bool{"HEAR": true, "LEARN": true}

// learnt says whether v is a verb of learning whose object is a clause
// ("heard that …", "learned the firm had paid …"): no meeting (HEAR's
// block is 040); the clause is coded on its own.
func (c *coder) learnt(v int) bool {
	s := c.s
	if !learnVerbs[s.lemmas[v]] {
		return false
	}
	k := s.child(v, "ccomp")
	return k >= 0 && s.isVerb(k)
}
