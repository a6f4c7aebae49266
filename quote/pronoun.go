package quote

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// pronounSpeaker finds who a "he" or "she" subject of a cue is when the
// entity stage left it open (two people in view), by the news habit of
// keeping to one speaker at a time: the speaker of the quote just before
// (same or previous paragraph) when of the pronoun's gender; else the
// person of that gender named last in the pronoun's sentence, the two
// before it and the previous paragraph, outside quotation marks (or by
// the same pronoun the entity stage resolved there); else the speaker of
// an earlier quote nearby of that gender. A person of unknown gender fits either.
// It returns an entity index, or -1.
func (w *work) pronounSpeaker(tok int, before []text.Quote) int {
	return w.pronounSpeakerBut(tok, before, -1)
}

// pronounSpeakerBut is pronounSpeaker that never gives a "he" or "she"
// the entity not (the person the quote speaks of: see namedInOwnWords).
func (w *work) pronounSpeakerBut(tok int, before []text.Quote, not int) int {
	switch strings.ToLower(w.word(tok)) {
	case "they":
		if e := w.groupSpeaker(tok, before, nil, "GROUP", "ORG", "NORP"); e >= 0 {
			return e
		}
		if e := w.pluralSpeaker(tok); e >= 0 {
			return e
		}
		return w.coordinatedSpeaker(tok)
	case "it":
		// A document just quoted speaks on ("the report says … it adds"),
		// and so does a building that stands for its occupants ("the
		// White House").
		if e := w.groupSpeaker(tok, before, []string{"MISC"}, "ORG", "GPE", "FAC"); e >= 0 {
			return e
		}
		if e := w.documentSpeaker(tok); e >= 0 {
			return e
		}
		return w.firmSpeaker(tok)
	}
	g := entity.PronounGender(w.word(tok))
	if g == 0 {
		return -1
	}
	e := w.personPronoun(tok, before, not, g, false)
	if e >= 0 && w.unnamedDescription(e) && w.namedBeside(e, w.d.Tokens[tok].Start) {
		// "Stars have signed up for Lee's new show, the comedian has
		// told reporters. He said …": a person the story calls by a
		// noun alone (made a source by AddSource, as the entity stage
		// could join it to no one named with the noun) in a sentence
		// that names a person is most often that person, so a named
		// person who fits comes first.
		if p := w.personPronoun(tok, before, not, g, true); p >= 0 {
			return p
		}
	}
	return e
}

// namedBeside reports whether the sentence of entity e's last mention
// before offset at names a person, outside quotation marks.
func (w *work) namedBeside(e, at int) bool {
	last := -1
	for _, m := range w.d.Mentions {
		if m.Entity == e && m.Start < at && m.Start > last {
			last = m.Start
		}
	}
	if last < 0 {
		return false
	}
	si := w.sentOf[tokenAt(w.d.Tokens, last)]
	s := w.d.Sentences[si]
	for _, m := range w.d.Mentions {
		if m.Start < s.Start || m.Start >= s.End || m.Kind != text.MentionName || m.Entity == e ||
			m.Entity < 0 || m.Entity >= len(w.d.Entities) || w.d.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		if t := tokenAt(w.d.Tokens, m.Start); t < len(w.inQuote) && w.inQuote[t] < 0 {
			return true
		}
	}
	return false
}

// personPronoun is pronounSpeakerBut's reading of a "he" or "she" (gender
// g) at token tok; namedOnly leaves out the people called only by a noun
// (unnamedDescription).
func (w *work) personPronoun(tok int, before []text.Quote, not int, g byte, namedOnly bool) int {
	fits := func(e int) bool {
		if e < 0 || e == not || e >= len(w.d.Entities) || w.d.Entities[e].Type != "PERSON" || namedOnly && w.unnamedDescription(e) {
			return false
		}
		eg := entity.Gender(w.d, e)
		return eg == 0 || eg == g
	}
	at := w.d.Tokens[tok].Start
	// The speaker just quoted is dropped only when the name says otherwise:
	// pronouns linked to it may come from another person merged into it.
	if n := len(before); n > 0 && w.near(before[n-1].End, at) && before[n-1].Speaker >= 0 && before[n-1].Speaker != not {
		e := before[n-1].Speaker
		if eg := entity.NameGender(w.d, e); w.d.Entities[e].Type == "PERSON" && (eg == 0 || eg == g) && !(namedOnly && w.unnamedDescription(e)) {
			if p := w.newPersonOpens(before[n-1].End, at, e, fits); p >= 0 {
				return p
			}
			return e
		}
	}
	si := int(w.sentOf[tok])
	lo := min(w.d.Sentences[max(si-2, 0)].Start, w.d.Paragraphs[max(paragraphAt(w.d.Paragraphs, at)-1, 0)].Start)
	best, bestStart := -1, -1
	subj, subjStart := -1, -1 // the last of them named as a subject
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.Start >= at || m.Start <= bestStart || !fits(m.Entity) {
			continue
		}
		if m.Kind == text.MentionPronoun && entity.PronounGender(w.d.Text[m.Start:m.End]) != g {
			// A pronoun the entity stage did resolve counts for one of
			// its gender ("When she gets there … “…,” she said").
			continue
		}
		t := tokenAt(w.d.Tokens, m.Start)
		if t < len(w.inQuote) && w.inQuote[t] >= 0 {
			continue
		}
		best, bestStart = m.Entity, m.Start
		for k := t; k < len(w.d.Tokens) && w.d.Tokens[k].Start < m.End; k++ {
			if w.d.Tokens[k].Rel == "conj" || w.hasChildRel(k, "conj") {
				break // one of two joined by "and" is no "he"
			}
			if w.argument(k, false) {
				subj, subjStart = m.Entity, m.Start
				break
			}
		}
	}
	if subj >= 0 && subj != best && w.sentOf[tokenAt(w.d.Tokens, subjStart)] == w.sentOf[tokenAt(w.d.Tokens, bestStart)] {
		// "Lee met Ruiz on Monday. “…,” he said": of two people in one
		// sentence the subject goes on, not the one met or spoken of.
		return subj
	}
	if best >= 0 {
		return best
	}
	for i := len(before) - 1; i >= 0 && w.near(before[i].End, at); i-- {
		if fits(before[i].Speaker) {
			return before[i].Speaker
		}
	}
	// Last, a name read as the other gender (Lindsey, Leslie, Jan) does
	// not stop the speaker just quoted when the pronoun opens the sentence
	// right after that quote and the writer names no one else between:
	// there is no one else it can be. Inside a sentence the pronoun may
	// stand for a noun of it ("after a voter asked her, she said").
	if n := len(before); n > 0 && si > 0 && int(w.d.Sentences[si].FirstToken) == tok &&
		before[n-1].End > w.d.Sentences[si-1].Start {
		if e := before[n-1].Speaker; e >= 0 && e != not && w.d.Entities[e].Type == "PERSON" && !w.personBetween(before[n-1].End, at, e) &&
			!(namedOnly && w.unnamedDescription(e)) {
			return e
		}
	}
	return -1
}

// unnamedDescription reports whether entity e is a person the story
// calls only by a definite description with a noun that no title or
// source list holds ("the comedian", "the singer"; not "one recruit"):
// no mention of it is a name.
func (w *work) unnamedDescription(e int) bool {
	x := w.d.Entities[e]
	if x.Type != "PERSON" || len(x.Roles) > 0 {
		return false
	}
	definite := false
	for _, m := range w.d.Mentions {
		if m.Entity == e && m.Kind == text.MentionNominal {
			definite = definite || strings.HasPrefix(strings.ToLower(w.d.Text[m.Start:m.End]), "the ")
		}
	}
	if !definite {
		return false
	}
	i := strings.LastIndexByte(x.Name, ' ')
	head := strings.ToLower(x.Name[i+1:])
	if entity.IsSourceNoun(head) || !entity.PersonNoun(head, "") {
		return false
	}
	for _, m := range w.d.Mentions {
		if m.Entity == e && m.Kind == text.MentionName {
			return false
		}
	}
	return true
}

// newPersonOpens returns the person other than e, fitting the pronoun,
// whose name opens the last sentence that lies wholly between byte
// offsets lo and hi (`“…,” Lee said. Ana Ruiz, a nurse, disagreed. “…,”
// she said`): the writer has brought in the next speaker, and the pronoun
// is no longer the one just quoted. -1 when there is none.
func (w *work) newPersonOpens(lo, hi, e int, fits func(int) bool) int {
	found := -1
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.Start >= hi || m.Entity == e || m.Kind != text.MentionName || !fits(m.Entity) {
			continue
		}
		t := tokenAt(w.d.Tokens, m.Start)
		if t >= len(w.inQuote) || w.inQuote[t] >= 0 {
			continue
		}
		sent := w.d.Sentences[w.sentOf[t]]
		if w.nameOpens(t) && sent.Start >= lo && sent.End <= hi {
			found = m.Entity
		}
	}
	return found
}

// nameOpens reports whether the name at token t opens its sentence,
// alone or after the words of its own title ("Shadow health secretary Ana
// Ruiz said", "Former coach Tom Weller"): every word before it is a noun,
// adjective or determiner of the name's phrase.
func (w *work) nameOpens(t int) bool {
	first := int(w.d.Sentences[w.sentOf[t]].FirstToken)
	for u := first; u < t; u++ {
		switch w.d.Tokens[u].UPOS {
		case "NOUN", "PROPN", "ADJ", "DET":
		default:
			return false
		}
		if w.inQuote[u] >= 0 {
			return false
		}
	}
	return true
}

// personBetween reports whether a person other than entity e is
// mentioned outside quotation marks between byte offsets lo and hi.
func (w *work) personBetween(lo, hi, e int) bool {
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.Start >= hi || m.Entity == e || m.Entity < 0 || m.Entity >= len(w.d.Entities) ||
			w.d.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		if t := tokenAt(w.d.Tokens, m.Start); t < len(w.inQuote) && w.inQuote[t] >= 0 {
			continue
		}
		return true
	}
	return false
}

// antecedent returns the noun a relative pronoun at token t stands for:
// the noun its relative clause hangs from in the parse, else the noun
// just before it, across a comma or a dash ("the union, which said …",
// "Lopez — who has called for …"), else the noun a clause the parse did
// not call relative hangs from; -1 when none. A "who" right after a
// person's name is that person's (personBefore).
func (w *work) antecedent(t int) int {
	if u := w.personBefore(t); u >= 0 {
		return u
	}
	parsed := -1
	if v := w.head(t); v >= 0 && strings.HasPrefix(w.d.Tokens[v].Rel, "acl") {
		if n := w.head(v); n >= 0 && n < t && isNominal(w.d.Tokens[n].UPOS) {
			if w.d.Tokens[v].Rel == "acl:relcl" {
				return n
			}
			parsed = n // a plain acl: the parse is less sure than the order
		}
	}
	u := t - 1
	if u >= 0 && (w.word(u) == "," || isDashWord(w.word(u))) {
		u--
	}
	if u >= 2 && w.d.Tokens[u].UPOS == "NUM" && w.word(u-1) == "," && w.sentOf[u-2] == w.sentOf[t] {
		// "Weller, 56, who …": an age between commas stands after
		// the name; the name is what the pronoun stands for.
		u -= 2
	}
	if u >= 0 && w.sentOf[u] == w.sentOf[t] && w.inQuote[u] < 0 && w.isTimeTok(u) {
		// "released her records in July, which showed …": a time does
		// not show or say; the noun before its phrase does.
		k := u - 1
		for k >= 0 && w.sentOf[k] == w.sentOf[t] && (w.d.Tokens[k].UPOS == "DET" || w.d.Tokens[k].UPOS == "ADJ" || w.d.Tokens[k].UPOS == "NUM") {
			k--
		}
		if k >= 1 && w.d.Tokens[k].UPOS == "ADP" && w.sentOf[k-1] == w.sentOf[t] {
			u = k - 1
		}
	}
	if u >= 0 && w.sentOf[u] == w.sentOf[t] && w.inQuote[u] < 0 {
		if up := w.d.Tokens[u].UPOS; up == "NOUN" || up == "PROPN" {
			return u
		}
	}
	return parsed
}

// groupSpeaker finds who an open "they" or "it" subject of a cue is: the
// speaker of the quote just before (same or previous paragraph) when it is
// of one of the types or of the types only a speaker just quoted may have
// (prevOnly), else the entity of the types (a group or a body for "they",
// a body, a place or a building for "it") named last in the pronoun's
// sentence or the one before, outside quotation marks. -1 when none.
func (w *work) groupSpeaker(tok int, before []text.Quote, prevOnly []string, types ...string) int {
	isGroup := func(e int) bool {
		return e >= 0 && e < len(w.d.Entities) && oneOf(w.d.Entities[e].Type, types)
	}
	at := w.d.Tokens[tok].Start
	if n := len(before); n > 0 && w.near(before[n-1].End, at) {
		if e := before[n-1].Speaker; isGroup(e) || e >= 0 && e < len(w.d.Entities) && oneOf(w.d.Entities[e].Type, prevOnly) {
			return e
		}
	}
	si := int(w.sentOf[tok])
	lo := w.d.Sentences[max(si-1, 0)].Start
	best, bestStart := -1, -1
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.Start >= at || m.Start <= bestStart || !isGroup(m.Entity) {
			continue
		}
		if t := tokenAt(w.d.Tokens, m.Start); t < len(w.inQuote) && w.inQuote[t] >= 0 {
			continue
		}
		best, bestStart = m.Entity, m.Start
	}
	return best
}

// pluralSpeaker finds who an open "they" is when no group or body is in
// view: the last plural noun or name outside quotation marks in the
// pronoun's sentence (before it) or the one before, when it names people
// ("Democrats appeared pleased … they shifted", "according to staff
// members. They said …"; not "released his returns, though they
// exposed …"), given an entity of its own when it has none. -1 when none.
func (w *work) pluralSpeaker(tok int) int {
	si := int(w.sentOf[tok])
	lo := w.d.Sentences[max(si-1, 0)].FirstToken
	for u := tok - 1; u >= lo; u-- {
		t := &w.d.Tokens[u]
		if t.XPOS != "NNS" && t.XPOS != "NNPS" || w.inQuote[u] >= 0 {
			continue
		}
		if h := w.head(u); h >= 0 && (w.d.Tokens[h].Rel == "compound" || t.Rel == "compound" && h > u) {
			continue // a noun modifying another ("voter turnout")
		}
		if !w.people(u) {
			return -1 // "released his returns, though they exposed …": the returns
		}
		if m := w.mention[u]; m >= 0 {
			return w.d.Mentions[m].Entity // (not the owner: "his aides" are not his)
		}
		if w.addSources {
			return entity.AddSource(w.d, u)
		}
		return -1
	}
	return -1
}

// coordinatedSpeaker finds who an open "they" is when no group, body or
// plural noun is in view: the names joined by "and" that are the subject
// of a clause in the pronoun's sentence (before it) or the one before, in
// the same or the previous paragraph ("Lee and Ruiz met the mayor. They
// said …"), given a GROUP entity of their own. -1 when none.
func (w *work) coordinatedSpeaker(tok int) int {
	if !w.addSources {
		return -1
	}
	lo := w.lookBackFrom(tok)
	for u := tok - 1; u >= lo; u-- {
		// The parse may leave the names unattached, the sentence's root.
		if r := w.d.Tokens[u].Rel; r != "nsubj" && r != "nsubj:pass" && r != "root" || w.inQuote[u] >= 0 {
			continue
		}
		if sp, ok := w.coordination(u, lo, tok); ok {
			return entity.AddCoordination(w.d, sp)
		}
	}
	return -1
}

// coordination returns the span of the person names joined by "and" at
// token u, a name or headed by one ("Mr. Lee and Ana Ruiz"), from no
// earlier than token lo and up to token limit. ok is false when u heads
// no such names.
func (w *work) coordination(u, lo, limit int) (text.Span, bool) {
	first := w.personIn(u)
	if first < 0 {
		return text.Span{}, false
	}
	last := -1
	for _, k := range w.children(u) {
		if w.d.Tokens[k].Rel == "conj" && int(k) < limit && w.joinedByAnd(int(k)) {
			if p := w.personIn(int(k)); p >= 0 {
				last = p
			}
		}
	}
	if last < 0 {
		return text.Span{}, false
	}
	start := w.d.Mentions[w.mention[first]].Start
	if l, _ := w.subtree(u); l >= lo && l < u {
		for l < u && w.outsideNames(l) {
			l++ // "Both Lee and Ruiz", "…, including Lee and Ruiz": the two alone
		}
		start = min(start, w.d.Tokens[l].Start) // with the title: "Mr. Lee and …"
	}
	return text.Span{Start: start, End: w.d.Mentions[w.mention[last]].End}, true
}

// outsideNames reports whether token t, before names joined by "and",
// is no part of what they are called: punctuation, a preposition or verb
// that introduces them ("including", "with"), "both".
func (w *work) outsideNames(t int) bool {
	switch w.d.Tokens[t].UPOS {
	case "ADP", "VERB", "SCONJ", "CCONJ", "ADV":
		return true
	}
	return w.d.Tokens[t].Rel == "cc:preconj" || w.isPunct(t)
}

// eachOf returns the floating quantifier ("each", "both") of cue v, or of
// the verb it is conjoined to, standing before it: "Lee and Ruiz met,
// each arguing …". -1 when none.
func (w *work) eachOf(v int) int {
	for _, x := range [2]int{v, w.conjHead(v)} {
		if x < 0 {
			continue
		}
		for _, k := range w.children(x) {
			if int(k) < x && (strings.EqualFold(w.word(int(k)), "each") || strings.EqualFold(w.word(int(k)), "both")) {
				return int(k)
			}
		}
	}
	return -1
}

// conjHead returns the verb that verb v is conjoined to, or -1.
func (w *work) conjHead(v int) int {
	if w.d.Tokens[v].Rel != "conj" {
		return -1
	}
	return w.head(v)
}

// personIn returns token t when it is a word of a person's name, else a
// word of one hung on t as its flat run or compound ("Senator Ana Ruiz"
// headed by the title), else -1.
func (w *work) personIn(t int) int {
	if w.personName(t) {
		return t
	}
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; (r == "flat" || r == "compound" || r == "flat:name") && w.personName(int(k)) {
			return int(k)
		}
	}
	return -1
}

// personName reports whether token t is a word of a person's name.
func (w *work) personName(t int) bool {
	return w.nameMention(t) && w.d.Entities[w.d.Mentions[w.mention[t]].Entity].Type == "PERSON"
}

// joinedByAnd reports whether the conjunct at token k is joined by "and".
func (w *work) joinedByAnd(k int) bool {
	for _, c := range w.children(k) {
		if w.d.Tokens[c].Rel == "cc" && strings.EqualFold(w.word(int(c)), "and") {
			return true
		}
	}
	return false
}

// documentVerbs are what a document does when it speaks: "it reads",
// "it adds", "it states".
var documentVerbs = map[string]bool{
	"say": true, "read": true, "add": true, "state": true, "continue": true, "note": true,
	"conclude": true, "declare": true, "warn": true, "write": true,
}

// documentNouns name what may speak as "it": the utterances and sources
// of sources.go, and signs, sites and papers.
var documentNouns = wordSet(utteranceNouns, "editorial", "memo", "message", "article", "blog", "affidavit",
	"sign", "placard", "banner", "website", "site", "newspaper", "page", "document", "caption", "headline")

// authorOf returns the author of the document noun at token n, named
// by "by" or "from" on the noun or on a participle that describes it ("a
// memo by Ana Ruiz", "a statement released by the union", "a letter
// from the mayor"), outside quotation marks; -1 when n is no document or
// names no author.
func (w *work) authorOf(n int) int {
	if n < 0 || w.inQuote[n] >= 0 || w.mention[n] >= 0 && w.entityTypeAt(n) != "MISC" ||
		!documentNouns[w.lemma(n)] {
		return -1
	}
	by := func(x int) int {
		for _, k := range w.children(x) {
			switch w.d.Tokens[k].Rel {
			case "nmod", "obl", "obl:agent":
			default:
				continue
			}
			if int(k) > x && w.inQuote[k] < 0 && (w.hasCase(int(k), "by") || w.hasCase(int(k), "from")) {
				return int(k)
			}
		}
		return -1
	}
	if a := by(n); a >= 0 {
		return a
	}
	for _, k := range w.children(n) {
		if t := w.d.Tokens[k]; t.Rel == "acl" && t.XPOS == "VBN" && int(k) > n {
			if a := by(int(k)); a >= 0 {
				return a
			}
		}
	}
	// Read from the words when the parse hangs the phrase elsewhere ("a
	// letter on Friday by Ana Ruiz" with "by" on Friday): over a time or a
	// participle only.
	end := w.d.Sentences[w.sentOf[n]].EndToken
	for u := n + 1; u < end && u <= n+6 && w.inQuote[u] < 0; u++ {
		switch wd := w.lowWord(u); {
		case wd == "by" || wd == "from":
			if h := w.head(u); h > u && isNominal(w.d.Tokens[h].UPOS) {
				return h
			}
			return -1
		case wd == "on" || wd == "last" || wd == "this" || isTimeWord(wd) || w.d.Tokens[u].XPOS == "VBN" ||
			w.d.Tokens[u].UPOS == "NUM":
		default:
			return -1
		}
	}
	return -1
}

// documentSpeaker finds what an open "it" that reads, says or adds is
// when no body or building is in view: the last document noun outside
// quotation marks in its sentence (before it) or the one before, in the
// same or the previous paragraph ("The email ends with a plea. At the
// bottom it reads …", "lifted a sign. “…,” it read"), given an entity of
// its own when it has none. -1 when none, or for another verb ("it
// seems", "it sought").
func (w *work) documentSpeaker(tok int) int {
	v := w.head(tok)
	if !w.addSources || v < 0 || !documentVerbs[w.lemma(v)] {
		return -1
	}
	lo := w.lookBackFrom(tok)
	for u := tok - 1; u >= lo; u-- {
		t := &w.d.Tokens[u]
		if w.inQuote[u] >= 0 || t.Rel == "compound" {
			continue
		}
		if t.XPOS != "NN" || !documentNouns[lower(t.Lemma)] {
			if t.XPOS == "NN" && w.isSourceNounTok(u) || t.UPOS == "PROPN" && !w.personName(u) && !w.isTimeTok(u) {
				// A body or a name nearer "it" may be what it stands
				// for ("a leak that forced the bureau to admit … it
				// declared"): no guess then.
				return -1
			}
			continue
		}
		if m := w.mention[u]; m >= 0 {
			return w.d.Mentions[m].Entity
		}
		return entity.AddSource(w.d, u)
	}
	return -1
}

// lookBackFrom is the first token an open pronoun at tok looks back to for
// whom it stands for: that of the sentence before, when it is in the same
// or the previous paragraph, else that of the pronoun's own sentence.
func (w *work) lookBackFrom(tok int) int {
	si := int(w.sentOf[tok])
	lo := w.d.Sentences[max(si-1, 0)].FirstToken
	if !w.near(w.d.Tokens[lo].Start, w.d.Tokens[tok].Start) {
		lo = w.d.Sentences[si].FirstToken
	}
	return lo
}

// namedOnlyInQuotes reports whether token t is a "he" or "she" outside
// quotation marks whose entity e is named (by a name or a noun phrase)
// before it only inside quotation marks: the entity stage took the
// antecedent from someone's quoted words ("“… the Monetary Committee
// …,” he said"), while news names a speaker in its own words first.
func (w *work) namedOnlyInQuotes(t, e int) bool {
	if t < 0 || w.inQuote[t] >= 0 || entity.PronounGender(w.word(t)) == 0 {
		return false
	}
	at := w.d.Tokens[t].Start
	inside := false
	for _, m := range w.d.Mentions {
		if m.Entity != e || m.Start >= at || m.Kind == text.MentionPronoun {
			continue
		}
		if u := tokenAt(w.d.Tokens, m.Start); u < len(w.inQuote) && w.inQuote[u] >= 0 {
			inside = true
			continue
		}
		return false
	}
	return inside
}

// asideOnly reports whether token t is a "he" or "she" outside quotation
// marks that the entity stage gave to entity e although the quote just
// before (ending in the sentence before this quote's first one, or later)
// was spoken by another person whose name shows the pronoun's gender, and
// e is no subject since that quote began (nor an object in the pronoun's
// own sentence), outside quotation marks: e came up only on the side of
// the attribution (the firm in the speaker's job title, a club in a
// relative clause, the topic of a complaint), and news keeps to the
// speaker just quoted until it brings in a new one. The pronoun is then
// open, for pronounSpeaker. The speaker's gender must come from the name:
// one the entity stage guessed from a pronoun may be the same slip.
func (w *work) asideOnly(t, e int, q text.Span, before []text.Quote) bool {
	n := len(before)
	if t < 0 || n == 0 || w.inQuote[t] >= 0 {
		return false
	}
	g := entity.PronounGender(w.word(t))
	prev := before[n-1]
	p := prev.Speaker
	if g == 0 || p < 0 || p == e || entity.NameGender(w.d, p) != g {
		return false
	}
	si := int(w.sentOf[tokenAt(w.d.Tokens, min(q.Start, w.d.Tokens[t].Start))])
	if si == 0 || prev.End <= w.d.Sentences[si-1].Start {
		return false
	}
	from := w.d.Sentences[w.sentOf[tokenAt(w.d.Tokens, prev.Start)]].Start
	at := w.d.Tokens[t].Start
	for _, m := range w.d.Mentions {
		if m.Entity != e || m.Start < from || m.Start >= at {
			continue
		}
		u := tokenAt(w.d.Tokens, m.Start)
		if u >= len(w.inQuote) || w.inQuote[u] >= 0 {
			continue
		}
		own := w.sentOf[u] == w.sentOf[t]
		for k := u; k < len(w.d.Tokens) && w.d.Tokens[k].Start < m.End; k++ {
			if w.argument(k, own) {
				return false
			}
		}
	}
	return true
}

// argument reports whether token k is a subject (or, with objects, an
// object) of its clause, or part of one's phrase: a possessive on it, an
// apposition or a name word of it ("Lee's view is …", "One of them, Ana
// Ruiz, said").
func (w *work) argument(k int, objects bool) bool {
	for step := 0; k >= 0 && step < 4; step++ {
		rel := w.d.Tokens[k].Rel
		base, _, _ := strings.Cut(rel, ":")
		switch {
		case base == "nsubj":
			return true
		case objects && (base == "obj" || base == "iobj"):
			return true
		case rel == "nmod:poss" || base == "appos" || base == "compound" || base == "flat":
			k = w.head(k)
		default:
			return false
		}
	}
	return false
}

// personBefore returns the token before a subject "who" at t, past a
// comma, when a person's name mention holds it; -1 otherwise. Such a "who"
// is that person's wherever the parse hangs its clause ("a call from party
// leader Ana Ruiz who said …" hung on "call" spoke as the party).
func (w *work) personBefore(t int) int {
	if t < 0 || t >= len(w.d.Tokens) {
		return -1
	}
	if word := w.lowWord(t); word != "who" || t+1 >= len(w.d.Tokens) {
		return -1
	}
	if up := w.d.Tokens[t+1].UPOS; up != "VERB" && up != "AUX" && up != "ADV" {
		return -1 // "Ruiz, who she thinks is …": the clause has a subject of its own
	}
	u := t - 1
	if u >= 0 && w.word(u) == "," {
		u--
	}
	if u < 0 || w.sentOf[u] != w.sentOf[t] || w.inQuote[u] >= 0 {
		return -1
	}
	m := w.mention[u]
	if m < 0 || w.d.Mentions[m].Kind != text.MentionName {
		return -1
	}
	if f := tokenAt(w.d.Tokens, w.d.Mentions[m].Start); f > 0 && (w.word(f-1) == "and" || w.word(f-1) == "or") {
		return -1 // "Lee and Ruiz, who said": both of them
	}
	if e := w.d.Mentions[m].Entity; e >= 0 && e < len(w.d.Entities) && w.d.Entities[e].Type == "PERSON" {
		return u
	}
	return -1
}
