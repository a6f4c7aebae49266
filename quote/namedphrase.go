package quote

import (
	"dateline/entity"
	"dateline/text"
)

// phrasePerson returns the person a noun phrase headed by token t names
// when the tagger or the parse gave the phrase's head a mention of a
// title, body or place: the three cases of the tree reading in
// titlerun.go's comment, tried in order. -1 when t has no mention, or
// the phrase names no other person.
func (w *work) phrasePerson(t int) int {
	own := w.mention[t]
	if own < 0 {
		return -1
	}
	typ := w.d.Entities[w.d.Mentions[own].Entity].Type
	name := w.d.Mentions[own].Kind == text.MentionName

	// titledName: a title whose own mention is no person's name ("US
	// Ambassador to Ruritania Ana Ruiz" with "US Ambassador" an ORG, "the
	// mayor of Dunmore, Ana Ruiz," with the name a conjunct inside the
	// phrase) speaks as the person set beside it (apposition or flat run)
	// or named between commas closing its phrase.
	if w.d.Tokens[t].UPOS != "PRON" && w.isTitleTok(t) && !(name && typ == "PERSON") {
		lo, hi := w.subtree(t)
		for u := t + 1; u < hi; u++ {
			m := w.mention[u]
			if m < 0 || m == own || w.d.Mentions[m].Kind != text.MentionName || w.inQuote[u] >= 0 ||
				w.d.Entities[w.d.Mentions[m].Entity].Type != "PERSON" || w.inClause(u, t) {
				continue
			}
			first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
			last := tokenAt(w.d.Tokens, w.d.Mentions[m].End-1)
			if first != u || first <= lo {
				continue
			}
			open := first
			for open-1 > lo && w.mention[open-1] < 0 && entity.IsNameTitle(w.word(open-1)) {
				open-- // "…, Reverend Ana Ruiz,": a title left out of her name's mention
			}
			beside := w.head(open) == t && oneOf(w.d.Tokens[open].Rel, []string{"appos", "flat", "flat:name"}) ||
				w.head(first) == t && oneOf(w.d.Tokens[first].Rel, []string{"appos", "flat", "flat:name"})
			closing := w.word(open-1) == "," && (last+1 >= hi || w.word(last+1) == ",")
			if beside || closing {
				return w.d.Mentions[m].Entity
			}
		}
	}

	// nameOpeningPhrase: a body or place name heading a phrase that opens
	// with a person's name and a comma ("Ana Ruiz, treasurer and finance
	// chief at Acme Motor Sales, said" with the name a compound of
	// "Sales"): the description after the comma only qualifies her.
	if name && (typ == "ORG" || typ == "GPE" || typ == "LOC" || typ == "FAC") {
		lo, _ := w.subtree(t)
		for lo < t && w.d.Tokens[lo].UPOS == "CCONJ" {
			lo++ // "And Ana Ruiz, chief analyst at Acme, said" with "And" on the head
		}
		if m := w.mention[lo]; m >= 0 && m != own && w.inQuote[lo] < 0 && w.d.Mentions[m].Kind == text.MentionName &&
			tokenAt(w.d.Tokens, w.d.Mentions[m].Start) == lo && w.d.Entities[w.d.Mentions[m].Entity].Type == "PERSON" {
			if last := tokenAt(w.d.Tokens, w.d.Mentions[m].End-1); last+1 < t && w.word(last+1) == "," {
				return w.d.Mentions[m].Entity
			}
		}
	}

	// personInRun: a place, body or name heading a flat run with a person
	// after it: parsers often head a title run with the state or body
	// that opens it ("New Jersey Gov. Ana Ruiz said", "New" the subject
	// with the rest flat on it), and the person speaks.
	body, named := false, false
	rels := speakerRels[0]
	switch typ {
	case "GPE", "LOC", "NORP":
	case "ORG":
		// "NATO Secretary-General Ana Ruiz", "Acme chief executive Ana
		// Ruiz" with the body the head.
		body = true
	case "PERSON", "MISC":
		// A name the tagger typed a person that qualifies a title ("Lee
		// aide Ana Ruiz", a club taken for a person in "Dunmore boss Tom
		// Weller"). Only in a run of words, not an apposition ("Ana
		// Ruiz, manager Tom Weller's wife,").
		body, named, rels = true, true, []string{"flat", "compound", "flat:name"}
	default:
		return -1
	}
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; int(k) < t || r != "list" && !oneOf(r, rels) {
			continue
		}
		lo, hi := w.subtree(int(k))
		for u := lo; u < hi; u++ {
			m := w.mention[u]
			if m >= 0 && m != own && !body && w.inQuote[u] < 0 && w.d.Entities[w.d.Mentions[m].Entity].Type == "ORG" &&
				w.bodyWordBefore(tokenAt(w.d.Tokens, w.d.Mentions[m].Start), t) {
				// "Swiss drugmaker Novartis said" headed by "Swiss": the
				// firm named after its kind speaks.
				return w.d.Mentions[m].Entity
			}
			if m < 0 || m == own || w.inQuote[u] >= 0 || w.d.Entities[w.d.Mentions[m].Entity].Type != "PERSON" ||
				partyLabel(w.d.Slice(w.d.Mentions[m].Span)) {
				continue
			}
			first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
			if named && w.bodyWordBefore(first, t) {
				// "Ana Ruiz, head of software firm Acme," with the body
				// typed a person and listed on her name: a body named
				// after its kind. (A person after a person's title may
				// be the subject the parse listed on a name before it:
				// "Lee, former Ambassador Tom Weller told".)
				continue
			}
			if body && !w.isTitleTok(first-1) {
				// A body heads the run only with a title before the
				// person (not a headline's "Unions Rip Ana Ruiz").
				continue
			}
			return w.d.Mentions[m].Entity
		}
	}
	return -1
}

// bodyWordBefore reports whether a word naming a kind of body stands
// among the three words before token first, after token t and within its
// commas ("of software firm Dunmore Code").
func (w *work) bodyWordBefore(first, t int) bool {
	for u := first - 1; u > t && u >= first-3; u-- {
		if w.d.Tokens[u].UPOS == "PUNCT" {
			return false
		}
		if bodyWords[w.lowWord(u)] || entity.IsFirmKind(w.word(u)) {
			return true
		}
	}
	return false
}

// bodyWords name kinds of body, which IsSourceNoun counts as sources
// but which stand before a body's name, not a person's.
var bodyWords = map[string]bool{"firm": true, "company": true, "group": true, "maker": true, "manufacturer": true,
	"agency": true, "club": true, "band": true, "party": true, "union": true, "network": true, "website": true}
