package entity

import (
	"strings"
	"unicode"

	"dateline/gazetteer"
	"dateline/gazetteer/fold"
	"dateline/text"
)

// trimPersons mends the spans of the person name mentions the NER tagger
// ran past or before a name, before any joining:
//
//   - lower-case words at the end are the sentence's, not the name's ("Mr
//     Lee has", "Ana Ruiz also"): a name's last word is capitalised
//     ("diCaprio", "al-Amin" keep theirs, having a capital inside);
//   - a country or nationality before a given name and a surname is a
//     modifier ("Ruritanian Ana Ruiz", "United States Ana Ruiz"): the
//     person is the name after it;
//   - a role phrase with no name in it ("Party leader", "Tory
//     co-chairman") is a description of someone, not a person's
//     name, and is no name mention.
func (r *resolver) trimPersons() {
	given, err := givenNames()
	if err != nil {
		return
	}
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != text.MentionName || m.Entity >= 0 || coarse(m.Type) != "PER" {
			continue
		}
		first, end, ok := r.tokenRange(m.Span)
		if !ok {
			continue
		}
		if r.roleOnly(first, end, given) {
			m.Kind = text.MentionNominal // no name: linked by nothing, left out
			continue
		}
		for end-1 > first && lowerWord(r.words[end-1]) {
			end--
		}
		if p := r.nationBefore(first, end, given); p > first {
			first = p
		}
		m.Span = text.Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[end-1].End}
	}
}

// lowerWord: w starts with a lower-case letter and has no capital in it.
func lowerWord(w string) bool {
	for i, c := range w {
		if i == 0 && !unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			return false
		}
	}
	return w != ""
}

// nationBefore returns where the person's name starts after a country or
// nationality that opens the mention on tokens [first, end), when a
// given name and at least one more capitalised word follow it; else -1.
func (r *resolver) nationBefore(first, end int, given map[string]byte) int {
	for p := first + 1; p <= end-2 && p <= first+3; p++ {
		if _, ok := given[fold.Token(r.words[p])]; !ok || !startsUpper(r.words[end-1]) {
			continue
		}
		nation := false
		for _, en := range r.g.Lookup(strings.Join(r.lower[first:p], " ")) {
			if en.Kind == gazetteer.KindCountry || en.Kind == gazetteer.KindDemonym {
				nation = true
			}
		}
		if nation {
			return p
		}
	}
	return -1
}

// roleWords end a role phrase besides the titles that run into a name
// (swallowTitles). The gazetteer's agent words are too many for this
// ("Dean", "Justice", "Police" are names too).
var roleWords = map[string]bool{"co-chairman": true, "mps": true, "peer": true, "deputy": true,
	"candidate": true, "backbencher": true, "spokesperson": true, "chairperson": true}

// roleOnly: the mention on tokens [first, end) is two or more words
// ending in a role word, with no honorific and no given name before it:
// "Party leader", "Labour MPs", "Tory co-chairman"; not "Mr Dean" or
// "Ana Ruiz MP".
func (r *resolver) roleOnly(first, end int, given map[string]byte) bool {
	last := strings.TrimSuffix(r.lower[end-1], ".")
	if end-first < 2 || (!roleWords[last] && !swallowTitles[last]) {
		return false
	}
	for i := first; i < end-1; i++ {
		if _, ok := given[fold.Token(r.words[i])]; ok || IsHonorific(r.words[i]) {
			return false
		}
	}
	return true
}
