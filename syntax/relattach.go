package syntax

import "strings"

// relativeAttach hangs a relative clause on the noun it follows when the
// parser made it a clause of the sentence: "She thanked the nurses, who
// worked through the night." had "worked" as a parataxis or ccomp of
// "thanked", so the clause read as a second statement, said by "who"
// (and "… backs Ortiz, who says …" with "says" a conjunct of "backs").
// Repaired when the clause's subject is "who" or "which" right after a
// comma and a noun, with only auxiliaries or adverbs before its verb, and
// the clause hangs as `ccomp`, `parataxis` or `conj` on some word outside
// it, and the noun is no time ("released the audit in June, which
// showed …": what showed is the audit, or the release): the clause becomes `acl:relcl` of the noun (of a name's
// first word: UD hangs "Davis" in "Jeff Davis" on "Jeff").
func relativeAttach(s *Sentence) {
	for v := range s.Words {
		if s.Rel[v] != "ccomp" && s.Rel[v] != "parataxis" && s.Rel[v] != "conj" {
			continue
		}
		rel := relativeSubject(s, v)
		if rel < 2 || s.Words[rel-1] != "," {
			continue
		}
		noun := rel - 2
		if (s.UPOS[noun] != "NOUN" && s.UPOS[noun] != "PROPN") || timeNouns[strings.ToLower(s.Words[noun])] || inSubtree(s, v, noun) {
			continue
		}
		for s.Rel[noun] == "flat" && s.Head[noun] >= 0 && s.Head[noun] < noun {
			noun = s.Head[noun] // a name hangs on its first word
		}
		s.Head[v], s.Rel[v] = noun, "acl:relcl"
	}
}

// inSubtree: token d lies in the subtree of token a.
func inSubtree(s *Sentence, a, d int) bool {
	for step := 0; d >= 0 && step <= len(s.Head); d, step = s.Head[d], step+1 {
		if d == a {
			return true
		}
	}
	return false
}

// timeNouns are the days, months and spans that a "which" after a comma
// seldom stands for.
var timeNouns = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "day": true, "week": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true, "yesterday": true,
	"weekend": true, "days": true, "weeks": true, "months": true, "years": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}
