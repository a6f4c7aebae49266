package entity

import "strings"

// Headlines in title case capitalise their verbs ("Ana Ruiz Says Tax Will
// Rise", "Harbour Board Warns Of Strikes"), and the NER tagger, reading a
// run of capitals, takes the verb and the words after it into the name
// before it: the cue is then inside a name and the quote stage finds no
// speaker for it. In such a line a capitalised finite verb ends the name:
// one the parse reads as a verb (VBZ, VBD, VBP), or, since the tagger reads
// most of them as names, an -s or past form of a verb of saying or
// reporting (speechStems).

// titleVerbInside returns the first capitalised verb after the first word
// of the mention on tokens [first, end) in a title-case line, or -1.
func (r *resolver) titleVerbInside(first, end int) int {
	if end-first < 2 || !startsUpper(r.words[first]) {
		return -1
	}
	si := r.sentOf[first]
	if si < 0 || !r.titleCaseLine(si) {
		return -1
	}
	for i := first + 1; i < end; i++ {
		if startsUpper(r.words[i]) && r.titleVerb(i) {
			return i
		}
	}
	return -1
}

// titleVerb reports whether capitalised token i is a finite verb of a
// title-case line: the parse says so, or its form is one of a verb of
// saying.
func (r *resolver) titleVerb(i int) bool {
	t := r.d.Tokens[i]
	if r.parsed && (t.UPOS == "VERB" || t.UPOS == "AUX") {
		switch t.XPOS {
		case "VBZ", "VBD", "VBP":
			return true
		}
	}
	return speechForms[r.lower[i]]
}

// titleCaseLine reports whether sentence si is a headline in title case:
// four words or more, at most one of them (the short words titles leave
// lower-case aside) not capitalised.
func (r *resolver) titleCaseLine(si int) bool {
	s := r.d.Sentences[si]
	words, caps, allCaps := 0, 0, 0
	for i := s.FirstToken; i < s.EndToken; i++ {
		w := r.words[i]
		if !isWord(w) {
			continue
		}
		up := startsUpper(w)
		if !up && minorTitleWords[w] {
			continue
		}
		words++
		if up {
			caps++
		} else if words-caps >= 2 {
			// caps >= words-1 can no longer hold: most sentences of
			// running text end here, at their second small word.
			return false
		}
		if len(w) > 1 && inCapitals(w) {
			allCaps++
		}
	}
	// A headline in capitals ("MILLER DEFENDS TITLE", the wire's style)
	// is no title case: the tagger reads its names as badly as its verbs,
	// and a cut there only splits one wrong name into two.
	return words >= 4 && caps >= words-1 && allCaps*2 <= words
}

var minorTitleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true}

// speechStems are verbs of saying and reporting that headlines open their
// claims with ("Says", "Warns", "Vows", "Urges", "Denies", "Slammed").
var speechStems = []string{"say", "tell", "warn", "vow", "urge", "claim", "deny", "admit", "insist", "argue",
	"predict", "promise", "pledge", "accuse", "slam", "blast", "criticize", "criticise", "praise", "suggest",
	"reveal", "confirm", "announce", "declare", "threaten", "demand", "defend", "dismiss", "explain",
	"concede", "acknowledge", "agree", "hint", "signal", "contend", "maintain", "stress", "tweet", "rip",
	"blame", "question", "doubt", "fear", "hope", "expect", "reject", "assert", "allege", "caution",
	"charge", "decry", "deplore", "welcome", "recall", "report", "add", "note", "write", "ask",
	"call", "state", "think", "believe", "propose", "push", "press", "endorse", "oppose"}

// speechForms holds the -s and past forms of speechStems, and the
// irregular past forms.
var speechForms = func() map[string]bool {
	m := map[string]bool{"said": true, "told": true, "wrote": true, "thought": true}
	for _, s := range speechStems {
		switch {
		case strings.HasSuffix(s, "s") || strings.HasSuffix(s, "sh"):
			m[s+"es"] = true
		case strings.HasSuffix(s, "y") && !strings.ContainsAny(s[len(s)-2:len(s)-1], "aeiou"):
			m[s[:len(s)-1]+"ies"] = true
		default:
			m[s+"s"] = true
		}
		switch {
		case strings.HasSuffix(s, "e"):
			m[s+"d"] = true
		case strings.HasSuffix(s, "y") && !strings.ContainsAny(s[len(s)-2:len(s)-1], "aeiou"):
			m[s[:len(s)-1]+"ied"] = true
		case s == "slam" || s == "rip":
			m[s+s[len(s)-1:]+"ed"] = true
		default:
			m[s+"ed"] = true
		}
	}
	delete(m, "sayed")
	delete(m, "telled")
	delete(m, "writed")
	delete(m, "thinked")
	return m
}()

// notNameOpener reports whether a word after a headline's verb opens no
// name: a short title word, a pronoun or an adverb of the clause ("Says He
// Will Run", "Vows To Block", "Is Not Among").
func notNameOpener(lower string) bool {
	_, pro := pronounWords[lower]
	return pro || minorTitleWords[lower] || clauseAdverbs[lower]
}

var clauseAdverbs = map[string]bool{"not": true, "never": true, "now": true, "also": true, "already": true,
	"actually": true, "finally": true, "reportedly": true, "officially": true, "still": true, "just": true, "no": true, "again": true, "even": true}

// andBetweenPeople returns the capitalised "And" of a title-case name on
// tokens [first, end) that joins two people's names, each opening with a
// given name and two words or more ("Ana Ruiz And Tom Vik"), or -1.
func (r *resolver) andBetweenPeople(first, end int, given map[string]byte) int {
	if _, ok := given[r.folded(first)]; !ok {
		return -1
	}
	for k := first + 2; k < end-2; k++ {
		if r.words[k] != "And" {
			continue
		}
		if _, ok := given[r.folded(k+1)]; ok && startsUpper(r.words[k+2]) {
			return k
		}
		return -1
	}
	return -1
}
