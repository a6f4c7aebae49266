package syntax

import "strings"

// relativeRepair mends a tree the parser often gets wrong in news: a
// subject with a relative clause set off by commas, then its verb.
//
//	The minister, who was speaking in Paris, warned that …
//	Lawyers for the families, who include survivors, argued that …
//	The mayor, who said the plan was unfair, resigned on Monday.
//
// Having closed the relative clause at its comma, the parser joins the
// next verb to the clause (to its verb or to what it says) as a
// conjunct, and makes the subject or the clause's verb the root: the
// sentence's verb then has no subject, "argued" is said by "who", and
// "resigned on Monday" is part of what the mayor said. Repaired when all
// of these hold: a relative pronoun ("who", "which") right after a comma
// and a noun is the subject of a clause, with only auxiliaries or adverbs
// between; the root is that clause's verb or the noun's phrase; a finite
// verb after a comma, with no conjunction, no subject and no later
// conjunct of its own, hangs inside the clause as a conjunct. The verb
// becomes the root with the noun's phrase as its subject, and the clause a
// relative clause of the noun before its comma.
func relativeRepair(s *Sentence) {
	root := soleRoot(s)
	if root < 0 {
		return
	}
	for v := root + 1; v < len(s.Words); v++ {
		if s.Rel[v] != "conj" || !bareVerbAfterComma(s, v) {
			continue
		}
		v1, rel := relativeAbove(s, v)
		if v1 < 0 || rel < 2 || s.Words[rel-1] != "," {
			continue
		}
		noun := rel - 2
		if s.UPOS[noun] != "NOUN" && s.UPOS[noun] != "PROPN" {
			continue
		}
		top := phraseTop(s, noun)
		switch {
		case root == top && (s.Rel[v1] == "parataxis" || s.Rel[v1] == "acl:relcl") && below(s, s.Head[v1], top):
		case root == v1 && s.Head[top] == v1:
		default:
			continue
		}
		promoteVerb(s, root, v, top)
		s.Head[v1], s.Rel[v1] = noun, "acl:relcl"
		if s.Head[v-1] == v {
			s.Head[v-1] = v1 // the comma closes the relative clause
		}
		return
	}
}

// pastOrPresent: verb v can be a sentence's finite verb. Beside the
// finite tags, a participle with no auxiliary and no "by" after it
// ("resigned" after "was unfair, …") and a base form whose past tense is
// the same word ("cut", "set" after "would fall, …"): the tagger reads
// them by the verb they are joined to.
func pastOrPresent(s *Sentence, v int) bool {
	switch s.XPOS[v] {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return !hasChild(s, v, "aux", "aux:pass") && (v+1 >= len(s.Words) || !strings.EqualFold(s.Words[v+1], "by"))
	case "VB":
		return sameInPast[strings.ToLower(s.Words[v])]
	}
	return false
}

// sameInPast are the verbs whose past tense is their base form.
var sameInPast = map[string]bool{"cut": true, "put": true, "set": true, "hit": true, "let": true, "quit": true,
	"shut": true, "spread": true, "cost": true, "hurt": true, "cast": true, "bet": true, "bid": true,
	"split": true, "upset": true, "broadcast": true, "forecast": true, "thrust": true, "burst": true}

// relativeAbove returns the nearest clause above token v whose subject is
// a relative pronoun, and that pronoun; -1, -1 when there is none within
// a few steps.
func relativeAbove(s *Sentence, v int) (int, int) {
	for x, step := s.Head[v], 0; x >= 0 && step < 4; x, step = s.Head[x], step+1 {
		if r := relativeSubject(s, x); r >= 0 {
			return x, r
		}
	}
	return -1, -1
}

// laterConjunct: v's head has another conjunct after v ("said prices rose,
// fell and rose again": "fell" is one of a list, not a new sentence verb).
func laterConjunct(s *Sentence, v int) bool {
	for d := v + 1; d < len(s.Words); d++ {
		if s.Head[d] == s.Head[v] && s.Rel[d] == "conj" {
			return true
		}
	}
	return false
}

// phraseTop climbs from a noun to the head of the phrase it lies in
// ("families" in "Lawyers for the families" to "Lawyers", "Ruiz" in "Ms
// Ruiz" to "Ms").
func phraseTop(s *Sentence, d int) int {
	for step := 0; step < 8; step++ {
		switch s.Rel[d] {
		case "nmod", "flat", "compound", "appos", "nmod:poss":
			if s.Head[d] < 0 {
				return d
			}
			d = s.Head[d]
		default:
			return d
		}
	}
	return d
}

// bareVerbAfterComma: verb v can be the sentence's own verb, cut off
// from its subject: a finite form (pastOrPresent) right after a comma,
// with no conjunction, no subject and no later conjunct of its own.
func bareVerbAfterComma(s *Sentence, v int) bool {
	return pastOrPresent(s, v) && s.Words[v-1] == "," &&
		!hasChild(s, v, "cc", "nsubj", "nsubj:pass", "expl") && !laterConjunct(s, v)
}

// promoteVerb makes verb v the root of the sentence whose root was root,
// with subj its subject: what followed v on the old root (the full stop)
// moves to v, and a tag the tagger read by the word v was joined to
// ("resigned" as a participle, "cut" as a base form) becomes a past.
func promoteVerb(s *Sentence, root, v, subj int) {
	for d, h := range s.Head {
		if h == root && d > v {
			s.Head[d] = v
		}
	}
	s.Head[v], s.Rel[v] = -1, "root"
	if !finiteVerb(s.XPOS[v]) {
		s.XPOS[v] = "VBD"
	}
	s.Head[subj], s.Rel[subj] = v, "nsubj"
	if hasChild(s, v, "aux:pass") {
		s.Rel[subj] = "nsubj:pass"
	}
}

// finiteVerb: a past or present tense.
func finiteVerb(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// relativeSubject returns the relative pronoun that is clause v's subject,
// or -1.
func relativeSubject(s *Sentence, v int) int {
	for d, h := range s.Head {
		if h == v && (s.Rel[d] == "nsubj" || s.Rel[d] == "nsubj:pass") && (s.XPOS[d] == "WP" || s.XPOS[d] == "WDT") && onlyAuxBetween(s, d, v) {
			switch strings.ToLower(s.Words[d]) {
			case "who", "which":
				return d
			}
		}
	}
	return -1
}

// onlyAuxBetween: the words between a and b are auxiliaries, negations
// or adverbs: "which Mr Lee says he will keep" has a subject between the
// pronoun and the verb, and the pronoun is no subject.
func onlyAuxBetween(s *Sentence, a, b int) bool {
	for i := a + 1; i < b; i++ {
		switch s.UPOS[i] {
		case "AUX", "ADV", "PART":
		default:
			return false
		}
	}
	return true
}

// hasChild: token v has a dependent with one of the relations.
func hasChild(s *Sentence, v int, rels ...string) bool {
	for d, h := range s.Head {
		if h == v {
			for _, r := range rels {
				if s.Rel[d] == r {
					return true
				}
			}
		}
	}
	return false
}

// below: token d is top or hangs from it through nominal relations.
func below(s *Sentence, d, top int) bool {
	for step := 0; step < 8 && d >= 0; step++ {
		if d == top {
			return true
		}
		switch s.Rel[d] {
		case "nmod", "flat", "compound", "appos", "conj", "nmod:poss":
		default:
			return false
		}
		d = s.Head[d]
	}
	return false
}
