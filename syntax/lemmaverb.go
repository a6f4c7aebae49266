package syntax

import "strings"

// A suffix rule keyed on a few final letters cannot see whether the stem
// it leaves is a word: "noting" takes the rule of "-ting" words that drop
// "ing" and becomes "not", "joked" becomes "jok", "tweeted" "tweete". For
// an inflected verb whose rule-made lemma WordNet does not know as a
// verb, the regular stems of the form are tried instead, and the first
// that WordNet knows as a verb is the lemma. Forms the rules got wrong in
// training are exceptions and never reach this check.

// verbEndings are the inflections of a regular verb and what each may
// have taken off its stem ("-" for a doubled final consonant).
var verbEndings = []wnEnding{
	{"ied", []string{"y"}},
	{"ies", []string{"y"}},
	{"ing", []string{"", "e", "-"}},
	{"ed", []string{"", "e", "-"}},
	{"es", []string{""}}, // only after a sibilant or o: see sibilantStem
	{"s", []string{""}},
}

// wnVerb reports whether WordNet knows the lower-case word hashed to key
// as a verb.
func wnVerb(key uint64) bool {
	id := wordnet().Value(key)
	return id != 0 && strings.IndexByte(wnClasses[id-1], 'v') >= 0
}

// verbLemma returns the regular stem of the lower-case inflected verb low
// that WordNet knows as a verb, when the rule-made lemma is not one.
func verbLemma(low, lemma string) (string, bool) {
	if wnVerb(lowerHash(fnvOffset, lemma)) {
		return "", false
	}
	for _, e := range verbEndings {
		n := len(low) - len(e.end)
		if n < 2 || low[n:] != e.end {
			continue
		}
		stem := low[:n]
		if e.end == "es" && !sibilantStem(stem) {
			continue // "departes" is no inflection of "depart"
		}
		for _, add := range e.adds {
			cand := stem + add
			if add == "-" {
				if n < 3 || stem[n-1] != stem[n-2] {
					continue
				}
				cand = stem[:n-1]
			}
			if cand != lemma && wnVerb(lowerHash(fnvOffset, cand)) {
				return cand, true
			}
		}
	}
	return "", false
}

// sibilantStem reports whether a verb stem takes "-es" rather than "-s"
// in the third person (pushes, fixes, buzzes, goes).
func sibilantStem(stem string) bool {
	for _, end := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(stem, end) {
			return true
		}
	}
	return false
}
