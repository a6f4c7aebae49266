package syntax

// asideSubjectRepair mends a subject set off from its verb by an aside
// between commas:
//
//	Ana Ruiz, the county's new treasurer, signed the budget.
//	Others, though, sounded less sure.
//	Mr. Lee, who ran the port for years, told reporters that …
//	Sharif Hotak, of the provincial council, described …
//
// The parser, having closed the aside at its comma, often makes the
// subject the sentence's root and the verb a conjunct of it: the verb
// then has no subject, and the quote and event stages find no one who
// signed, sounded or told. Repaired when the root is a noun, name or
// pronoun with no copula and no subject of its own, a comma follows the
// words of its phrase and another comma comes right before the verb, and
// the verb is a finite conjunct of the root with no conjunction, no
// subject and no later conjunct of its own: the verb becomes the root
// with the old root its subject.
func asideSubjectRepair(s *Sentence) {
	root := soleRoot(s)
	if root < 0 {
		return
	}
	switch s.UPOS[root] {
	case "NOUN", "PROPN", "PRON":
	default:
		return
	}
	if hasChild(s, root, "cop", "nsubj", "nsubj:pass", "expl") {
		return
	}
	for v := root + 1; v < len(s.Words); v++ {
		if !onRootOrAside(s, root, v) || !bareVerbAfterComma(s, v) {
			continue
		}
		c := firstComma(s, root, v)
		if c < 0 || c >= v-1 {
			return
		}
		promoteVerb(s, root, v, root)
		return
	}
}

// onRootOrAside: verb v is a conjunct of the root, or a finite verb the
// parse hung on a word of the root's aside ("Sharif Hotak, of the
// provincial council, described …", "described" an acl of "council").
func onRootOrAside(s *Sentence, root, v int) bool {
	h := s.Head[v]
	if h == root {
		return s.Rel[v] == "conj"
	}
	if h <= root || h >= v || !inSubtree(s, root, h) {
		return false
	}
	if s.Rel[v] != "acl" && s.Rel[v] != "conj" && s.Rel[v] != "parataxis" {
		return false
	}
	// A participle is the verb when it takes a complement the way a
	// finite verb does ("described witnessing …"); "based in Hull" is a
	// modifier of the aside.
	return finiteVerb(s.XPOS[v]) || s.XPOS[v] == "VBN" && hasChild(s, v, "obj", "xcomp", "ccomp")
}

// soleRoot returns the root of s, or -1 when it has none or several.
func soleRoot(s *Sentence) int {
	root := -1
	for i, h := range s.Head {
		if h == -1 {
			if root >= 0 {
				return -1
			}
			root = i
		}
	}
	return root
}

// firstComma returns the first comma after token root that ends root's
// own phrase: every word between root and it hangs, through nominal
// words, from root and not from v. -1 when the phrase runs into
// something else first.
func firstComma(s *Sentence, root, v int) int {
	for i := root + 1; i < v; i++ {
		if s.Words[i] == "," {
			return i
		}
		if inSubtree(s, v, i) || !inSubtree(s, root, i) {
			return -1
		}
	}
	return -1
}
