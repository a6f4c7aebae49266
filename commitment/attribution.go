package commitment

import "strings"

// Who told of an action, as the parse shows it: the dependents of a
// promised action that are its attribution, not part of it.

// attributions are the dependents of v that say who told of the action,
// not what it is: a reporting clause after it ("…, his office said in a
// statement", a parataxis in UD) and an "according to" phrase.
func (f *finder) attributions(v int) []int {
	var out []int
	for _, k := range f.children(v) {
		switch rel := f.d.Tokens[k].Rel; {
		case k > v && (rel == "parataxis" || f.reportingClause(k)):
			// Also the clause under another relation ("…, her
			// spokesman said" parsed as an adverbial clause).
			out = append(out, k)
		case rel == "obl" || rel == "advcl" || rel == "nmod":
			if f.accordingTo(k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// accordingTo says whether the phrase at k is "according to X" (with
// "according" its case marker, or its head when parsed as a verb).
func (f *finder) accordingTo(k int) bool {
	if strings.EqualFold(f.word(k), "according") {
		return true
	}
	for _, m := range f.children(k) {
		if m < k && strings.EqualFold(f.word(m), "according") {
			return true
		}
	}
	return false
}

// reportingClause says whether k heads a clause that reports: a verb of
// saying with a subject of its own, set off by a comma.
func (f *finder) reportingClause(k int) bool {
	if !reportingVerbs[strings.ToLower(f.d.Tokens[k].Lemma)] {
		return false
	}
	if l := f.leftmost(k); l == 0 || f.word(l-1) != "," {
		return false
	}
	for _, m := range f.children(k) {
		if f.d.Tokens[m].Rel == "nsubj" {
			return true
		}
	}
	return false
}

// reportingVerbs are the verbs of an attribution ("…, the ministry said").
var reportingVerbs = map[string]bool{
	"say": true, "add": true, "tell": true, "announce": true, "state": true, "confirm": true,
	"report": true, "write": true, "explain": true, "note": true, "claim": true, "insist": true,
}

// conjunct says whether k, a dependent of h, is coordinated with it: a
// conj, or a list or apposition with a coordinating conjunction between
// them (the parse of "Mayor A and Governor B" may hang B as a list item).
func (f *finder) conjunct(h, k int) bool {
	switch f.d.Tokens[k].Rel {
	case "conj":
		return true
	case "list", "appos":
		for t := h + 1; t < k; t++ {
			if f.d.Tokens[t].Rel == "cc" {
				return true
			}
		}
	}
	return false
}
