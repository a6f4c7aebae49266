package quote

import (
	"strings"

	"dateline/entity"
)

// Subjects the parse misplaces, read from the shape of the clause and the
// words around the verb, so that a parse that hangs the subject one level
// up or down gives the same speaker (each tested on hand-set parses of
// both attachments in TestRulesOverParseVariants).

// objectControl are verbs whose object does what the infinitive after it
// says ("urged the board to act"), whatever the parse calls that
// infinitive.
var objectControl = map[string]bool{"prompt": true, "urge": true, "force": true, "ask": true, "tell": true,
	"persuade": true, "convince": true, "encourage": true, "press": true, "pressure": true, "push": true,
	"lead": true, "inspire": true, "compel": true, "invite": true, "allow": true, "enable": true, "order": true}

// pastRelative returns the clause a verb x joined by ", and" to a
// relative clause set off by commas belongs to: "Lee praised Ruiz, who
// runs the port, and said …" joins "said" to "praised", not to "runs",
// though the parse hangs it on the nearer verb (the relative's subject
// would then speak). The clause is the one the relative describes a noun
// of, or the verb the parse hung the relative on. -1 when x is not such a
// conjunct.
func (w *work) pastRelative(x int) int {
	h := w.head(x)
	if h < 0 || h > x || w.d.Tokens[x].Rel != "conj" {
		return -1
	}
	cc := -1
	for _, k := range w.children(x) {
		if w.d.Tokens[k].Rel == "cc" && int(k) < x {
			cc = int(k)
		}
	}
	if cc < 1 || w.word(cc-1) != "," {
		return -1
	}
	rel := -1
	for _, k := range w.children(h) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) < h && isRelativePronoun(w.word(int(k))) &&
			lower(w.word(int(k))) != "that" && int(k) > 0 && w.word(int(k)-1) == "," {
			rel = int(k)
		}
	}
	if rel < 0 {
		return -1
	}
	switch w.d.Tokens[h].Rel {
	case "acl:relcl":
		return w.predicateOf(w.head(h))
	case "parataxis", "conj", "advcl", "advcl:relcl":
		if up := w.head(h); up >= 0 && up < rel && isVerbal(w.d.Tokens[up].UPOS) {
			return up
		}
	}
	return -1
}

// subjectControl are verbs whose subject, not their object, does what
// their open clause says ("promised voters to cut taxes").
var subjectControl = map[string]bool{"promise": true, "vow": true, "pledge": true, "threaten": true}

// controller returns who does what open clause x says when the verb it
// hangs from has an object before it: "forced Lee to admit that …",
// "prompted the alliance at its summit to order …", "pushing doctors to
// ask …" are Lee's, the alliance's and the doctors' words, not the
// subject's; so is "had her ask". A time is no object ("urged Monday to
// …"). Else -1.
func (w *work) controller(x int) int {
	// Only an infinitive: a participle ("criticized the plan, saying
	// …") is the subject's.
	h := w.head(x)
	if h < 0 || h > x || !isVerbal(w.d.Tokens[h].UPOS) || subjectControl[w.lemma(h)] ||
		w.d.Tokens[x].XPOS != "VB" {
		return -1
	}
	for _, k := range w.children(h) {
		if r := w.d.Tokens[k].Rel; (r == "obj" || r == "iobj") && int(k) > h && int(k) < x &&
			isNominal(w.d.Tokens[k].UPOS) && !w.isTimeTok(int(k)) && w.inQuote[k] < 0 {
			return int(k)
		}
	}
	return -1
}

// borrowedNearSubject finds the subject of a participle or infinitive
// cue v that has none of its own when the verb it hangs from has none in
// the parse either: the noun just before that verb ("Speaking in Ohio,
// Lee wavered in answering …" with "Lee" hung on "Ohio"). -1 when none.
func (w *work) borrowedNearSubject(v int) int {
	x := v
	for step := 0; step < 4; step++ {
		switch w.d.Tokens[x].Rel {
		case "advcl", "xcomp", "conj":
		default:
			return -1
		}
		h := w.head(x)
		if h < 0 || h > x || w.sentOf[h] != w.sentOf[x] || !isVerbal(w.d.Tokens[h].UPOS) {
			return -1
		}
		if w.hasSubject(h) || w.hasChildRel(x, "mark") && w.d.Tokens[x].XPOS != "VBG" {
			// A subject the search above passed over, or a clause with
			// a conjunction of its own ("because …"): not ours to guess.
			return -1
		}
		x = h
		if s := w.nearSubject(x); s >= 0 {
			return s
		}
	}
	return -1
}

// holderWords are the prepositions by which a noun cue is its clause
// subject's own ("stirred anger with a claim that …", "spoke in support
// of …", "with plans to …"), unlike "responded to the claim that …".
var holderWords = []string{"with", "in"}

// prepositionalHolder returns the subject of the clause a noun cue v
// hangs from by one of holderWords, or -1.
func (w *work) prepositionalHolder(v int) int {
	if r := w.d.Tokens[v].Rel; r != "obl" && r != "nmod" || !w.hasCaseIn(v, holderWords) {
		return -1
	}
	if x := w.predicateOf(w.head(v)); x >= 0 {
		// (A predicate holds it too: "was a voice in support of …".)
		return w.subjectOf(x)
	}
	return -1
}

// laterSubject reports whether verb x has another subject between its
// subject k and itself, past a comma: of "Greensboro, Sexton said, made
// him …" parsed with two subjects of "said", the one next to the verb
// speaks and the first is the subject of what was said.
func (w *work) laterSubject(x, k int) bool {
	for _, j := range w.children(x) {
		if int(j) > k && int(j) < x && w.d.Tokens[j].Rel == "nsubj" && w.inQuote[j] < 0 {
			if w.d.Tokens[j].UPOS == "NOUN" && w.nameMention(k) && w.commaBefore(x) {
				continue // "Ruiz, the mayor, a lawyer, said": a second apposition
			}
			if w.affiliation(k, int(j), x) {
				continue // "Ana Ruiz, Dunmore Harbour Board said": her body
			}
			if w.bodyBeforePerson(k, int(j)) {
				return true // "Labour co-chairman Ana Ruiz said" read as two subjects
			}
			if w.possessor(k) && w.mention[j] >= 0 {
				// "Ruritania's Dunmore Steel said": the firm's owner is no
				// subject. (A possessed noun that names no one speaks for
				// its owner: "Lee's brief said".)
				return true
			}
			for t := k + 1; t < int(j); t++ {
				if w.word(t) == "," {
					return true
				}
			}
		}
	}
	return false
}

// possessor reports whether token k has a possessive "'s" of its own: a
// word the parse made a subject that owns the noun after it.
func (w *work) possessor(k int) bool {
	for _, c := range w.children(k) {
		if int(c) > k && w.d.Tokens[c].Rel == "case" && isPossessiveMark(w.word(int(c))) {
			return true
		}
	}
	return false
}

// bodyBeforePerson reports whether subject k is a body, party or place
// whose phrase runs on, with no comma and through a title, into person
// j's name: one title run ("Labour co-chairman Ana Ruiz") the parse split
// into two subjects.
func (w *work) bodyBeforePerson(k, j int) bool {
	mk, mj := w.mention[k], w.mention[j]
	if mk < 0 || mj < 0 || w.d.Mentions[mk].Entity == w.d.Mentions[mj].Entity {
		return false
	}
	if w.d.Entities[w.d.Mentions[mk].Entity].Type == "PERSON" || w.d.Entities[w.d.Mentions[mj].Entity].Type != "PERSON" {
		return false
	}
	first, _ := w.subtree(j)
	titles := 0
	for t := k + 1; t < first; t++ {
		switch {
		case w.isTitleTok(t):
			titles++
		case w.isPunct(t) || w.mention[t] != mk:
			return false
		}
	}
	return titles > 0 // (with none it may be a headline's "Unions Rip Ana Ruiz")
}

// phraseAfterDash returns the head of the noun phrase that fills the
// words between a dateline's dash and verb v, whatever the parse hung it
// on ("Leeds (AP) – Mayor Ana Ruiz will open …" with "Ana" parataxis of
// "Leeds"): the phrase must start right after the dash and end right
// before v (or its auxiliaries, or a time: "Ruiz on Tuesday said").
// -1 when no such phrase.
func (w *work) phraseAfterDash(dash, v int) int {
	first := dash + 1
	if first >= v || !isNominal(w.d.Tokens[first].UPOS) && w.d.Tokens[first].UPOS != "DET" && w.d.Tokens[first].UPOS != "ADJ" {
		return -1
	}
	best := -1
	for u := first; u < v; u++ {
		if !isNominal(w.d.Tokens[u].UPOS) {
			continue
		}
		lo, hi := w.subtree(u)
		if w.firstWord(lo, u) != first || hi > v {
			continue // (the dash itself may hang on the phrase)
		}
		if best < 0 || hi > w.subtreeEnd(best) {
			best = u
		}
	}
	if best < 0 {
		return -1
	}
	for t := w.subtreeEnd(best); t < v; t++ {
		switch {
		case w.d.Tokens[t].UPOS == "AUX", w.d.Tokens[t].UPOS == "ADV":
		case w.head(t) == v && strings.HasPrefix(w.d.Tokens[t].Rel, "obl"):
			t = w.subtreeEnd(t) - 1 // "on Tuesday"
		default:
			return -1
		}
	}
	return best
}

// subtreeEnd returns where the phrase of token u ends.
func (w *work) subtreeEnd(u int) int {
	_, hi := w.subtree(u)
	return hi
}

// subordinatorWords open a clause that may come before the main one
// ("Although Scott lacks …, officials say …"); frontWords (fronted.go)
// starts from them.
var subordinatorWords = []string{
	"although", "though", "while", "whereas", "if", "because",
	"since", "unless", "when", "whenever", "once",
}

var subordinators = wordSet(subordinatorWords)

// pastFrontedClause moves the subject of verb v out of a subordinate
// clause that opens the sentence when the parse took that clause for the
// main one ("Although Scott lacks a record, elected officials from both
// parties say …" with "say" hung below "lacks", or "law" made the subject
// of "understood" in "While there is no law …, contenders have
// understood …"): when subj (or no subject) lies before the comma that
// ends the fronted clause and v after it, the subject is the noun phrase
// between that comma and v. It returns subj unchanged otherwise.
func (w *work) pastFrontedClause(subj, v int) int {
	s := w.d.Sentences[w.sentOf[v]]
	first := w.firstWord(s.FirstToken, v)
	if first >= v || !subordinators[w.lowWord(first)] || w.inQuote[first] >= 0 {
		return subj
	}
	comma := -1
	for t := v - 1; t > first; t-- {
		if w.word(t) == "," {
			comma = t
			break
		}
	}
	if comma < 0 || subj > comma {
		return subj
	}
	if k := w.phraseBefore(comma+1, v); k >= 0 {
		return k
	}
	return subj
}

// phraseBefore returns the head of a noun phrase that fills [lo, v) but
// for auxiliaries and adverbs before v: the last noun before its first
// preposition ("elected officials from both parties" → "officials").
// -1 when the words are not one noun phrase.
func (w *work) phraseBefore(lo, v int) int {
	e := v
	for e > lo && (w.d.Tokens[e-1].UPOS == "AUX" || w.d.Tokens[e-1].UPOS == "ADV") {
		e--
	}
	head := -1
	for t := lo; t < e; t++ {
		switch tok := &w.d.Tokens[t]; tok.UPOS {
		case "NOUN", "PROPN", "PRON":
			if head < 0 || w.d.Tokens[t-1].UPOS != "ADP" && !w.sawADP(lo, t) {
				head = t
			}
		case "DET", "ADJ", "NUM", "ADP", "PART", "CCONJ":
		case "VERB":
			if tok.XPOS != "VBN" || t+1 >= e || !isNominal(w.d.Tokens[t+1].UPOS) && w.d.Tokens[t+1].UPOS != "ADJ" {
				return -1 // "elected officials", not a clause
			}
		default:
			return -1
		}
	}
	return head
}

// sawADP reports whether a preposition lies in [lo, t).
func (w *work) sawADP(lo, t int) bool {
	for u := lo; u < t; u++ {
		if w.d.Tokens[u].UPOS == "ADP" {
			return true
		}
	}
	return false
}

// affiliation reports whether subject j of verb x, a body's or place's
// name ending right before x, follows subject k, a person's name with a
// comma right after it: the body is the person's, set beside her name
// with its closing comma left out ("Ana Ruiz, Dunmore Harbour Board
// said"), and she speaks.
func (w *work) affiliation(k, j, x int) bool {
	if !w.nameMention(k) || w.entityTypeAt(k) != "PERSON" {
		return false
	}
	switch w.entityTypeAt(j) {
	case "ORG", "GPE", "LOC", "FAC":
	default:
		return false
	}
	mk, mj := w.d.Mentions[w.mention[k]], w.d.Mentions[w.mention[j]]
	end := tokenAt(w.d.Tokens, mk.End-1) + 1
	return end < j && w.word(end) == "," && tokenAt(w.d.Tokens, mj.Start) == end+1 &&
		mj.End == w.d.Tokens[x-1].End && w.nameMention(j)
}

// subjectOfComplement reports whether nsubj k of conjunct verb x, after
// x, is the subject of x's complement that the parse gave to x: "Lee
// praised the plan and said the mayor can fix it" with "mayor" hung on
// "said". A subject follows its verb only in an inverted attribution
// ("said Ana Ruiz"), never after "and" with a clause still to come.
func (w *work) subjectOfComplement(x, k int) bool {
	if k < x || w.d.Tokens[x].Rel != "conj" || !w.hasChildRel(x, "ccomp") {
		return false
	}
	p := x - 1
	for p >= 0 && w.d.Tokens[p].UPOS == "ADV" {
		p--
	}
	return p >= 0 && w.d.Tokens[p].UPOS == "CCONJ"
}

// subjectAfterAnd returns the noun that opens a clause of conjunct verb
// x right after "and" or "but" ("…, and Weller refused to …") or a
// connective between commas ("…, however, a report concluded …"), when the
// parse hung it elsewhere and left x with no subject of its own: the
// noun phrase between the conjunction and x is x's subject, not the
// first conjunct's. -1 when none.
func (w *work) subjectAfterAnd(x int) int {
	if w.d.Tokens[x].UPOS != "VERB" || w.hasSubject(x) {
		return -1
	}
	t := x - 1
	skip := func() {
		for t >= 0 && (w.d.Tokens[t].UPOS == "AUX" || w.d.Tokens[t].UPOS == "ADV" || w.d.Tokens[t].UPOS == "PART") && !w.nameMention(t) {
			t--
		}
	}
	skip()
	if t >= 0 && w.isTimeTok(t) && w.inQuote[t] < 0 {
		// "… but Lee last week said": past the time.
		for t--; t >= 0 && (w.d.Tokens[t].UPOS == "ADJ" || w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADP"); t-- {
		}
		skip()
	}
	if t < 0 || w.inQuote[t] >= 0 || !isNominal(w.d.Tokens[t].UPOS) && !w.nameMention(t) || w.sentOf[t] != w.sentOf[x] {
		return -1
	}
	if entity.IsWriterPronoun(w.word(t)) {
		return -1 // "and I knew …": most often a quotation whose marks were lost
	}
	if w.isTimeTok(t) || strings.HasPrefix(w.d.Tokens[t].Rel, "obl") && w.hasChildRel(t, "case") {
		return -1 // a phrase of time or place, not a subject
	}
	u := t
	for n := 0; u > 0 && n < 6; n++ {
		switch w.d.Tokens[u-1].UPOS {
		case "DET", "ADJ", "PROPN", "NOUN", "NUM":
			u--
			continue
		}
		if w.d.Tokens[u-1].XPOS == "POS" {
			u--
			continue
		}
		break
	}
	if u >= 3 && w.word(u-1) == "," && connectives[w.lowWord(u-2)] && (w.word(u-3) == "," || w.word(u-3) == ";") && w.inQuote[u-1] < 0 {
		return t // "…, however, a UN report concluded …"
	}
	if u < 1 || w.d.Tokens[u-1].UPOS != "CCONJ" || w.inQuote[u-1] >= 0 {
		return -1
	}
	switch w.lowWord(u - 1) {
	case "and", "but":
		return t
	}
	return -1
}

// connectives are adverbs that open a new clause between commas as "but"
// does ("…, however, a report concluded …").
var connectives = map[string]bool{"however": true, "meanwhile": true, "nonetheless": true, "nevertheless": true,
	"though": true, "instead": true}
