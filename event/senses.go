package event

// reportSense gives the code of a verb whose sense its complement decides
// when it reports a clause and names no one it is addressed to (no
// object): "argued that X" makes a case, not a quarrel (ARGUE is in the
// dictionaries' verbal-conflict block, 110); "insisted that X had
// complied" asserts, it demands (100) only what should be done ("insisted
// the minister should resign", "insisted that he resign"); "warned that
// prices were rising" is a pessimistic comment (012, as the dictionaries'
// own "warn of risk" patterns code it), a threat (130) only when someone
// is warned. "" leaves the code as it is.
func (c *coder) reportSense(v int) string {
	s := c.s
	alt, ok := reportSenses[s.lemmas[v]]
	if !ok || s.child(v, "obj", "iobj") >= 0 {
		return ""
	}
	for _, k := range s.kids[v] {
		if k < v || s.rel[k] != "ccomp" {
			continue
		}
		if sj, _ := c.subject(k); sj < 0 || s.head[sj] != k {
			continue // "insisted on going", "warned to stay": not a reported clause
		}
		if s.lemmas[v] == "INSIST" && c.deontic(k) {
			return ""
		}
		return alt
	}
	return ""
}

var reportSenses = map[string]string{"ARGUE": "010", "INSIST": "010", "WARN": "012", "CAUTION": "012"}

// deontic says whether the clause k says what should be done: a modal
// of obligation, or a bare subjunctive ("that he resign").
func (c *coder) deontic(k int) bool {
	s := c.s
	hasAux := false
	for _, a := range s.kids[k] {
		if s.base[a] == "aux" {
			hasAux = true
			switch s.lemmas[a] {
			case "SHOULD", "MUST", "OUGHT":
				return true
			}
		}
	}
	return !hasAux && s.xpos[k] == "VB"
}
