package event

// ownedBySource says whether the phrase at k belongs to the source by a
// possessive pronoun that stands for it ("Morocco recalled its
// ambassador", "the army moved its troops"): the pronoun's entity is one
// named in the source phrase src. Such a phrase is the source's own
// envoy, troops or citizens, not the side it acts on. An "its" or
// "their" the entity stage left unresolved is taken for the source's.
func (c *coder) ownedBySource(k, src int) bool {
	s := c.s
	if c.ents == nil || src < 0 {
		return false
	}
	for _, p := range s.kids[k] {
		if s.rel[p] != "nmod:poss" || s.upos[p] != "PRON" {
			continue
		}
		e := c.ents[s.off+p]
		if e < 0 {
			// "Britain and France recalled their ambassadors": the entity
			// stage leaves a plural "their" unresolved, and the phrase
			// then names a role with no side ("---GOV").
			if f := s.forms[p]; (f == "THEIR" || f == "ITS") && s.upos[src] != "PRON" {
				return true
			}
			continue
		}
		for i := s.leftmost(src); i <= s.rightmost(src); i++ {
			if c.ents[s.off+i] == e && s.inSubtree(i, src) {
				return true
			}
		}
	}
	return false
}

// ownPhrases are the phrases hung on the owned phrase k that may name the
// side acted on ("its ambassador to Algeria", "its troops in Chad"), in
// text order; phrases of time say when, and the caller keeps those of
// sideCase ("its sales in India" names no side).
func (c *coder) ownPhrases(k int) []int {
	s := c.s
	var out []int
	for _, m := range s.kids[k] {
		if s.base[m] == "nmod" && s.rel[m] != "nmod:poss" && !c.timePhrase(m) && !temporalCase[s.caseOf(m)] {
			out = append(out, m)
		}
	}
	return out
}
