package entity

import (
	"dateline/gazetteer"
)

// officeOnly: the mention on tokens [first, end) is an office one person
// holds, alone or after the country or body it serves ("US Secretary of
// State", "the French Foreign Minister"), and no capitalised word follows
// it. The name tagger types such a phrase a body, and a body it would
// stay, never joined to the person who holds the office; as no name it
// is read as a description, which joins that person (by apposition, or
// as the one person before who holds the role). An institution ("US
// Senate", "Foreign Office") is a body, and an office before a name
// ("Labour MP Ana Ruiz" tagged whole) is a title, read as one elsewhere.
func (r *resolver) officeOnly(first, end int) bool {
	si := r.sentOf[first]
	if si < 0 || end-first < 2 {
		return false
	}
	if s := r.d.Sentences[si]; end < s.EndToken && startsUpper(r.words[end]) {
		return false
	}
	a, st, ok := r.agentAt(si, end)
	if !ok || st < first || a.code == "" || !swallowTitles[officeHead(r.lower[st:end])] {
		return false // "US Senate", "the Foreign Ministry", "House of Commons"
	}
	if st == first {
		return true
	}
	_, _, ns, ok := r.nationAt(si, st)
	return ok && ns == first
}

// officeOf returns the office whose name runs on past the head h of a
// source's phrase over "of" ("the Secretary of State", "the Chancellor of
// the Exchequer"), which the parse hangs on the head as a modifier, with
// the token after it; ok is false when no office of the gazetteer starts
// at h and goes past it.
func (r *resolver) officeOf(si, h int) (agentWord, int, bool) {
	if h+1 >= len(r.words) || r.lower[h+1] != "of" {
		return agentWord{}, 0, false
	}
	best := -1
	ms := r.matches(si)
	for k := range ms {
		if ms[k].Start == h && ms[k].End > h+2 && ms[k].Kind == gazetteer.KindAgent && (best < 0 || ms[k].End > ms[best].End) {
			best = k
		}
	}
	if best < 0 {
		return agentWord{}, 0, false
	}
	m := ms[best]
	return agentWord{r.asWritten(m.Name, m.Start, m.End), m.Code}, m.End, true
}

// officeHead returns the word of an office's name that says what its
// holder is: the one before "of" ("secretary of state"), else the last.
func officeHead(words []string) string {
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}
