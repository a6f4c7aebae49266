package event

// Phrases inside an argument that name no side of the act: insolvency
// ("went into administration"), a setting ("in court"), and what an
// event noun with a "by" agent is aimed at.

// insolvency reports whether the agent phrase of n tokens at i is
// "administration" in the British sense of insolvency: bare (no article,
// owner or modifier) after "into" or "in" ("the chain went into
// administration", "firms in administration"). Phoenix's ADMINISTRATION
// [~GOV] made such a firm meet a government (040). "The administration",
// "the Bush administration" and "administration officials" stay the
// government.
func (c *coder) insolvency(i, n int) bool {
	s := c.s
	if n != 1 || s.lemmas[i] != "ADMINISTRATION" {
		return false
	}
	if p := s.caseOf(i); p != "INTO" && p != "IN" {
		return false
	}
	for _, k := range s.kids[i] {
		switch s.rel[k] {
		case "case", "punct", "cc":
		default:
			return false
		}
	}
	return true
}

// setting reports whether the phrase at k is a bare common noun after
// "in" ("challenge the ruling in court", "said in parliament", "in
// office"): where or how the act happens, not a side it is done to.
// "in the court of Gondor" or "in Syria" still name one.
func (c *coder) setting(k int) bool {
	s := c.s
	if s.upos[k] != "NOUN" || s.caseOf(k) != "IN" {
		return false
	}
	for _, d := range s.kids[k] {
		switch s.rel[d] {
		case "case", "punct", "cc":
		default:
			return false
		}
	}
	return true
}

// aimCase introduces what an event noun is aimed at ("an attack on X",
// "a campaign against Y").
var aimCase = map[string]bool{"ON": true, "AGAINST": true, "UPON": true}

// agentPhrase returns the "by" phrase of a noun ("an attack by rebels"),
// -1 when there is none.
func (c *coder) agentPhrase(u int) int {
	s := c.s
	if s.upos[u] != "NOUN" {
		return -1
	}
	for _, k := range s.kids[u] {
		if r := s.base[k]; (r == "nmod" || r == "acl") && s.caseOf(k) == "BY" && s.isNominal(k) {
			return k
		}
	}
	return -1
}
