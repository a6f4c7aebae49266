package quote

// Words the parse takes for a subject, or that stand beside one: a time
// word, a name before a noun cue, a quantity, a clause's own subject.

import "strings"

// timeWords are nouns of time that the parser takes for a subject when
// they sit between the subject and its verb.
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "day": true, "week": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true, "yesterday": true,
	"tonight": true, "weekend": true, "days": true, "weeks": true, "months": true, "years": true,
	// Months, but not those that are also common words (may, march, august).
	"january": true, "february": true, "april": true, "june": true, "july": true, "september": true,
	"october": true, "november": true, "december": true}

func isTimeWord(s string) bool { return timeWords[lower(s)] }

// isTimeTok is isTimeWord(w.word(i)), asked once per token: 27 rules ask
// it, each a map lookup.
func (w *work) isTimeTok(i int) bool {
	if v := w.timeTok[i]; v != 0 {
		return v == 2
	}
	t := timeWords[w.lowWord(i)]
	w.timeTok[i] = 1
	if t {
		w.timeTok[i] = 2
	}
	return t
}

// besideTime returns the true subject of verb v when the parse made time
// word t its subject: another subject of v, or a noun or name
// compounded with the time word before it ("the court this month"), or
// the noun just before it ("Ruiz on Tuesday", "Ruiz in recent weeks").
// -1 when none.
func (w *work) besideTime(v, t int) int {
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) != t && !w.isTimeTok(int(k)) && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; (r == "compound" || r == "nmod") && int(k) < t && isNominal(w.d.Tokens[k].UPOS) {
			return int(k)
		}
	}
	sent := w.d.Sentences[w.sentOf[t]]
	adp, mod := false, false
	for u := t - 1; u >= sent.FirstToken && u >= t-4; u-- {
		switch up := w.d.Tokens[u].UPOS; {
		case up == "ADP":
			adp = true
			continue
		case up == "DET":
			continue
		case up == "ADJ" || up == "NUM":
			// "Ruiz in recent weeks", "Ruiz for the past two months",
			// but not "tweets early Friday": only in a phrase with
			// a preposition.
			mod = true
			continue
		case up == "VERB" && (w.d.Tokens[u].XPOS == "VBN" || w.d.Tokens[u].XPOS == "VBD") && u-1 >= sent.FirstToken &&
			(w.d.Tokens[u-1].UPOS == "NOUN" || w.d.Tokens[u-1].UPOS == "PROPN"):
			// "a report published Wednesday said": the participle
			// describes the noun before it, which speaks.
			adp = true
			continue
		case up == "PROPN" || up == "NOUN":
			if w.inQuote[u] < 0 && !w.isTimeTok(u) && (adp || !mod) {
				return u
			}
		}
		break
	}
	return -1
}

// compoundName returns the name right before a noun cue with no
// determiner ("Okafor argues that …", "…,” Brandt notes.", the parser
// reading the verb as a noun), or -1. Parsers hang the name on the noun
// as a compound or as a modifier (amod, nmod, flat) alike.
func (w *work) compoundName(n int) int {
	name := -1
	for _, k := range w.children(n) {
		switch r := w.d.Tokens[k].Rel; {
		case r == "det" || r == "nmod:poss":
			return -1
		case nameModifierRels[r] && int(k) == n-1 && w.d.Tokens[k].UPOS == "PROPN" && w.inQuote[k] < 0:
			name = int(k)
		}
	}
	return name
}

// nameModifierRels are the relations a parse gives a name before a noun
// it modifies.
var nameModifierRels = map[string]bool{"compound": true, "amod": true, "nmod": true, "flat": true, "nmod:unmarked": true}

// ofNumber reports whether token t is a number right after "of" ("the
// mother of three replied"): what it counts is the noun before, and a
// parse that makes it the subject names no one by it.
func (w *work) ofNumber(t int) bool {
	return t > 0 && w.d.Tokens[t].UPOS == "NUM" && strings.EqualFold(w.word(t-1), "of")
}

// countsOf reports whether token t is a quantity word or number followed
// by "of" ("seven of 10 farmers", "most of whom"), not itself after "of".
func (w *work) countsOf(t int) bool {
	if t < 0 || t+1 >= len(w.d.Tokens) || w.ofNumber(t) || !strings.EqualFold(w.word(t+1), "of") {
		return false
	}
	switch w.d.Tokens[t].UPOS {
	case "NUM", "PRON", "DET", "ADJ":
		return true
	}
	return false
}

// countsPeople reports whether the quantity at token t ("some of the
// nurses", "one of Lee's backers") counts people: the noun it hangs by
// "of" names people, or is a plural of an agent noun (-ers, -ors, -ists,
// -ians, -ants, -ents: "bidders", "analysts"), not "one of the drawbacks".
func (w *work) countsPeople(t int) bool {
	for _, k := range w.children(t) {
		if w.d.Tokens[k].Rel != "nmod" || int(k) < t {
			continue
		}
		if w.people(int(k)) {
			return true
		}
		wd := lower(w.word(int(k)))
		for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents"} {
			if strings.HasSuffix(wd, suf) {
				return true
			}
		}
		return false
	}
	return false
}

// clauseSubjectIn returns the subject of a clause that lies wholly in
// [lo, hi) with its predicate, a noun or name ("Lee's aides were
// pleased"), or -1: a stretch between commas that is a clause of its own,
// not an aside on the noun before it ("Okafor, who runs a bakery, said").
// (A pronoun subject is left to the search above, which resolves it.)
func (w *work) clauseSubjectIn(lo, hi int) int {
	for t := lo; t < hi; t++ {
		r := w.d.Tokens[t].Rel
		if r != "nsubj" && r != "nsubj:pass" || w.d.Tokens[t].UPOS == "PRON" || w.inQuote[t] >= 0 {
			continue
		}
		if h := w.head(t); h > t && h < hi {
			return t
		}
	}
	return -1
}

// pastModifier returns the clause whose subject a participle p after a
// comma takes, given the clause x the parse hangs it on: not a clause
// that describes a noun ("criticized the deal reached after long talks,
// saying …", "expand programs that help farmers, acknowledging …"), which
// ends before the comma, but the clause of that noun. A participle with
// no comma before it may describe the noun's clause ("a letter that
// arrived Friday saying …" is the letter's).
func (w *work) pastModifier(p, x int) int {
	if w.d.Tokens[p].XPOS != "VBG" {
		return x
	}
	if lo, hi := w.subtree(p); !w.commaBefore(w.firstWord(lo, hi)) {
		return x
	}
	for step := 0; x >= 0 && step < 4; step++ {
		rel := w.d.Tokens[x].Rel
		switch rel {
		case "acl", "acl:relcl", "ccomp", "advcl":
		default:
			return x
		}
		// "Lee said the plan failed, adding that …": the plan adds
		// nothing, and "Lee said Ruiz left, adding …" is Lee's as a
		// rule (PolNeAR train 251–840: 8 such speakers the main
		// clause's against 1 the reported clause's), as is "Lee
		// dismissed the idea that Ruiz could pay, arguing …". A
		// relative clause of a person keeps it ("officials who met on
		// Friday, saying …" are the officials), and so does an
		// adverbial clause with a person of its own ("Lee left after
		// Ruiz came, saying …" may be either's; "Lee sued after
		// Dunmore closed the market, saying …" is Lee's).
		s := w.subjectHere(x)
		if s >= 0 && isRelativePronoun(w.word(s)) {
			s = w.antecedent(s)
		}
		person := s >= 0 && (w.people(s) || isPersonalPronoun(w.word(s)))
		if person && (rel == "acl:relcl" || rel == "advcl" || rel == "ccomp" && w.orders(p)) || s < 0 && rel == "ccomp" {
			// (An order within the reported clause stays its
			// subject's: "Lee said that Ruiz ran the port, telling
			// staff to hide the losses".)
			return x
		}
		n := w.head(x)
		if n < 0 || n > p || w.inQuote[n] >= 0 && w.inQuote[p] < 0 {
			return x // not into the quotation the attribution closes
		}
		up := w.predicateOf(n)
		if up < 0 {
			return x
		}
		x = up
	}
	return x
}

// orders reports whether participle p tells someone to do something: an
// infinitive hangs on it as its open clause or, with "to", as a clause of
// purpose ("telling staff to hide …", "ordering clerks to alter …").
func (w *work) orders(p int) bool {
	for _, k := range w.children(p) {
		switch w.d.Tokens[k].Rel {
		case "xcomp":
			return true
		case "advcl":
			for _, m := range w.children(int(k)) {
				if w.d.Tokens[m].Rel == "mark" && lower(w.word(int(m))) == "to" {
					return true
				}
			}
		}
	}
	return false
}

// subjectHere returns the nominal subject of clause x itself, or -1.
func (w *work) subjectHere(x int) int {
	for _, k := range w.children(x) {
		if r := w.d.Tokens[k].Rel; r == "nsubj" || r == "nsubj:pass" {
			return int(k)
		}
	}
	return -1
}

// nameBeforeVerbReadAsNoun returns the last word of a person's name that
// closes an apposition right before cue n, a verb in -s the tagger read
// as a plural noun ("Weller's running mate, Gov. Ana Ruiz, plans to …"):
// the name between the commas is who the phrase names, and the subject.
// -1 when n is no such word or no name ends the apposition.
func (w *work) nameBeforeVerbReadAsNoun(n int) int {
	if w.d.Tokens[n].XPOS != "NNS" || !seedVerb(w.lemma(n)) || n < 3 || w.word(n-1) != "," {
		return -1
	}
	s := w.d.Sentences[w.sentOf[n]]
	if w.asideOpening(n-1, s.FirstToken, isComma) < 0 {
		return -1
	}
	if k := n - 2; w.inQuote[k] < 0 && w.nameMention(k) && w.entityTypeAt(k) == "PERSON" {
		return k
	}
	return -1
}
