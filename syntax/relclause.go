package syntax

import "strings"

// relativeRepair mends a tree the parser often gets wrong in news: a
// subject with a relative clause set off by commas, then its verb.
//
//	The minister, who was speaking in Paris, warned that …
//	Lawyers for the families, who include survivors, argued that …
//
// The parser, having closed the relative clause at its comma, joins the
// next verb to the clause's verb as a conjunct and leaves the subject the
// root of the sentence: the sentence then has no subject for its verb, and
// "warned" or "argued" is said by "who". Repaired when all of these hold:
// the root is a noun; a relative pronoun ("who", "which") right after a
// comma is the subject of a clause that hangs on the root or a noun below
// it; a verb after a comma, with no conjunction and no subject of its own,
// is a conjunct of that clause. The verb becomes the root with the noun as
// its subject, and the clause a relative clause of the noun before its
// comma.
func relativeRepair(s *Sentence) {
	root := -1
	for i, h := range s.Head {
		if h == -1 {
			if root >= 0 {
				return
			}
			root = i
		}
	}
	if root < 0 || s.UPOS[root] != "NOUN" && s.UPOS[root] != "PROPN" {
		return
	}
	for v := root + 1; v < len(s.Words); v++ {
		v1 := s.Head[v]
		if s.Rel[v] != "conj" || v1 < 0 || !finiteVerb(s.XPOS[v]) || s.Words[v-1] != "," || hasChild(s, v, "cc", "nsubj", "nsubj:pass", "expl") {
			continue
		}
		if s.Rel[v1] != "parataxis" && s.Rel[v1] != "acl:relcl" {
			continue
		}
		rel := relativeSubject(s, v1)
		if rel < 2 || s.Words[rel-1] != "," || rel-2 < root || !below(s, rel-2, root) {
			continue
		}
		noun := rel - 2
		if s.UPOS[noun] != "NOUN" && s.UPOS[noun] != "PROPN" {
			continue
		}
		for d, h := range s.Head {
			if h == root && d > v {
				s.Head[d] = v // the full stop, and what follows the verb
			}
		}
		s.Head[v], s.Rel[v] = -1, "root"
		s.Head[root], s.Rel[root] = v, "nsubj"
		s.Head[v1], s.Rel[v1] = noun, "acl:relcl"
		if s.Head[v-1] == v {
			s.Head[v-1] = v1 // the comma closes the relative clause
		}
		return
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
