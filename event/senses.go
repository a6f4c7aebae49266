package event

import "dateline/syntax"

// reportSense gives the code of a verb whose sense its complement decides
// when it reports a clause and names no one it is addressed to (no
// object, or only the clause's subject parsed as one): "argued that X" makes a case, not a quarrel (ARGUE is in the
// dictionaries' verbal-conflict block, 110); "insisted that X had
// complied" asserts, it demands (100) only what should be done ("insisted
// the minister should resign", "insisted that he resign"); "warned that
// prices were rising" is a pessimistic comment (012, as the dictionaries'
// own "warn of risk" patterns code it), a threat (130) only when someone
// is warned. "" leaves the code as it is.
func (c *coder) reportSense(v int) string {
	s := c.s
	alt, ok := reportSenses[s.lemmas[v]]
	if !ok {
		return ""
	}
	o := s.child(v, "obj", "iobj")
	for _, k := range s.kids[v] {
		if k < v || s.rel[k] != "ccomp" {
			continue
		}
		sj, _ := c.subject(k)
		own := sj >= 0 && s.head[sj] == k
		switch {
		case o < 0 && !own:
			continue // "insisted on going", "warned to stay": not a reported clause
		case o >= 0 && (own || o > k || hearerVerbs[s.lemmas[v]]):
			continue // "warned the minister that …": addressed to someone
		}
		// o >= 0 here is the clause's subject, which the parser made the
		// verb's object ("claimed [the government] [was on the brink]").
		if directives[s.lemmas[v]] && c.deontic(k) {
			return ""
		}
		return alt
	}
	return ""
}

// reportSenses are the codes of verbs that report a clause. Besides
// argue, insist and warn: the verbs that say, show or learn that
// something is so ("claimed the government was …" is no 110, "suggested
// Russia may decide …" no appeal, "the ruling means workers are paid …"
// no intent, "hoped the government would …" no appeal): statements,
// whose target is then only whom they are addressed to (notAddressee).
var reportSenses = map[string]string{"ARGUE": "010", "INSIST": "010", "WARN": "012", "CAUTION": "012",
	"CLAIM": "010", "SUGGEST": "010", "HINT": "010", "REVEAL": "010", "CONCEDE": "010", "ADMIT": "010",
	"ACKNOWLEDGE": "010", "RECOGNISE": "010", "RECOGNIZE": "010", "RULE": "010", "MEAN": "010",
	"EXPECT": "010", "HOPE": "010", "REGRET": "010", "FIND": "010", "HEAR": "010", "LEARN": "010",
	"SUSPECT": "010", "AGREE": "010", "BELIEVE": "010", "SHOW": "010", "PREDICT": "010", "ASK": "010"}

// directives report what should be done when their clause is deontic
// ("insisted the minister should resign", "suggested judges should
// reduce sentences", "asked that he be released"): those keep the verb's
// own code.
var directives = map[string]bool{"INSIST": true, "SUGGEST": true, "HOPE": true, "ASK": true}

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

// blockSense recodes verbs whose dictionary block gives them the code of
// another act: SUE is in a block of 173 (arrest, detain), and CAMEO
// codes a lawsuit as 115 ("bring lawsuit against"): "Menatep is suing
// Russia", "the administrator sued Morgan Stanley" (built-in mode, the
// verb's own code only; its patterns keep theirs).
var blockSense = map[string]string{"SUE": "115"}

// attackVerbs are the DESTROY block's verbs of assault (190 by its code)
// that English also uses for words.
var attackVerbs = map[string]bool{"ATTACK": true, "ASSAIL": true}

// attacksWords says whether v, an attack verb coded by its own code, has
// an object WordNet reads as words, ideas or a quality: "attacked the
// president's economic record", "attacks Blair's 'lies'". Words are
// criticised (111), not assaulted; force is used on people, places and
// things.
func (c *coder) attacksWords(v int) bool {
	s := c.s
	if !attackVerbs[s.lemmas[v]] {
		return false
	}
	o := s.child(v, "obj")
	if o < 0 || s.upos[o] != "NOUN" {
		return false
	}
	switch syntax.NounSense(s.lemmas[o]) {
	case syntax.NounCommunication, syntax.NounCognition, wnAttribute:
		return true
	}
	return false
}
