package quote

import "strings"

// standsForPeople are the quantity words that stand alone for people
// named or counted before ("all agreed", "many say"), read as a subject
// when the tagger makes them a determiner or an adverb.
var standsForPeople = map[string]bool{"all": true, "both": true, "many": true, "most": true, "some": true,
	"several": true, "few": true, "others": true, "each": true, "another": true}

// nearSubject finds the subject of cue v by position when the parse gave
// none: the noun just before it, across adverbs, auxiliaries, a time
// ("on Tuesday") and a
// parenthetical between commas ("Okafor, who runs a bakery, said"); or,
// for a cue right after a quotation, the noun just after it ("…,” said
// Okafor).
func (w *work) nearSubject(v int) int {
	sent := w.d.Sentences[w.sentOf[v]]
	t := v - 1
	pastRelative := false
	for t >= sent.FirstToken {
		switch w.d.Tokens[t].UPOS {
		case "AUX", "ADV", "PART":
			if w.nameMention(t) {
				break // a name the tagger read as an auxiliary ("Sanders said", "Will urged")
			}
			t--
			continue
		}
		if w.isTimeTok(t) && w.inQuote[t] < 0 {
			// "Sanders on Tuesday said", "Lee this week said", "a
			// magistrate last week ruled".
			for t--; t >= sent.FirstToken && (w.d.Tokens[t].UPOS == "ADP" || w.d.Tokens[t].UPOS == "DET" || w.d.Tokens[t].UPOS == "ADJ"); t-- {
			}
			continue
		}
		if w.word(t) == ")" {
			// Skip back over a parenthesis: "Rep. Ana Ruiz (D-Ohio) said".
			u := t - 1
			for u >= sent.FirstToken && w.word(u) != "(" && w.word(u) != ")" {
				u--
			}
			if u < sent.FirstToken || w.word(u) != "(" {
				break
			}
			t = u - 1
			continue
		}
		if isDashWord(w.word(t)) && t > sent.FirstToken {
			// Skip back over a dash aside ("Lord Halsey - a senior
			// judge - said") to the noun before it.
			u := w.asideOpening(t, sent.FirstToken, isDashWord)
			if u < 0 {
				break
			}
			t = u - 1
			for t >= sent.FirstToken && w.d.Tokens[t].Rel == "nmod" && w.head(t) < t && w.head(t) >= sent.FirstToken && isNominal(w.d.Tokens[w.head(t)].UPOS) {
				t = w.head(t) // "data on ferry fares - published on Friday - show": the data
			}
			if t < sent.FirstToken || !w.nameMention(t) {
				// Only a name: "the sliding dollar - which … - could
				// indicate" is no one, and a common noun ("the firm -
				// Ruritania's biggest supplier - said") lets the title
				// rules take the name inside the aside.
				return -1
			}
			continue
		}
		if w.word(t) == "," {
			// Skip back over ", who … ," to the noun it follows.
			u := w.asideOpening(t, sent.FirstToken, isComma)
			if u < 0 {
				if n := w.nameAfterQuotation(t, sent.FirstToken); n >= 0 {
					return n
				}
				break
			}
			if k := w.clauseSubjectIn(u+1, t); k >= 0 && w.d.Tokens[v].XPOS == "VBG" {
				// "…, Lee's aides were pleased, perhaps recognizing
				// that …": the participle is the clause's before it.
				return k
			}
			pastRelative = pastRelative || u+1 < t && isRelativePronoun(w.word(u+1))
			t = u - 1
			if t-1 > sent.FirstToken && w.d.Tokens[t].UPOS == "NUM" && w.word(t-1) == "," {
				t -= 2 // "Weller, 56, who …, said": an age between commas follows the name
			}
			continue
		}
		break
	}
	if t-2 >= sent.FirstToken && w.d.Tokens[t].UPOS == "NUM" && strings.EqualFold(w.word(t-1), "of") && w.d.Tokens[t-2].UPOS == "NOUN" {
		t -= 2 // "the mother of three replied"
	}
	if t == v-1 && w.nounReadAsAdjective(t) {
		return t // "the editorial argued", "The documentarian sets out …"
	}
	if t > sent.FirstToken && w.inQuote[t] < 0 && w.word(t) == "%" && w.d.Tokens[t-1].UPOS == "NUM" {
		return t // "38% think they …", the sign read as a clause of the verb
	}
	if t >= sent.FirstToken && w.inQuote[t] < 0 && (isNominal(w.d.Tokens[t].UPOS) || w.mention[t] >= 0) {
		if n := w.pastAgent(t); n >= 0 {
			return n
		}
		return t // a mention counts whatever the tag: "Trump" read as a verb
	}
	if t >= sent.FirstToken && w.inQuote[t] < 0 && standsForPeople[w.lowWord(t)] {
		u := t - 1
		for u >= sent.FirstToken && (w.d.Tokens[u].UPOS == "AUX" || w.d.Tokens[u].UPOS == "ADV") {
			u--
		}
		if u >= sent.FirstToken && w.inQuote[u] < 0 && isNominal(w.d.Tokens[u].UPOS) {
			h := u
			for (w.d.Tokens[h].Rel == "flat" || w.d.Tokens[h].Rel == "compound") && w.head(h) >= 0 {
				h = w.head(h)
			}
			if w.d.Tokens[h].Rel == "conj" || w.hasChildRel(h, "conj") {
				return -1 // "Lee and Ruiz both said": the two, not the last named
			}
			return u // "They have all spoken out": the word floats after its subject
		}
		if u < sent.FirstToken || w.d.Tokens[u].UPOS != "DET" {
			return t // "To varying degrees, all agreed …", "Both want …": people counted elsewhere
		}
	}
	opens := v == sent.FirstToken // "Added Lee: “…”"
	if (opens || w.inQuote[v-1] >= 0 || w.word(v-1) == ",") && w.d.Tokens[v].XPOS != "VBG" && !pastRelative && w.lemma(v) != "tell" {
		// ("said Tom Weller"; but the noun after ", launching" is what
		// was launched; and after a relative clause between commas,
		// "…,” a port official, who …, told Radio Velmont", the
		// subject stands before the clause and the noun after the
		// verb is the one told; "tell" is never inverted.)
		if t := w.invertedSubject(v, sent.EndToken); t >= 0 {
			if opens && (t+1 >= sent.EndToken || w.word(t+1) != ":") {
				return -1 // a verb opening a sentence is inverted only before a colon
			}
			return t
		}
	}
	return -1
}

// invertedSubject returns the head of the noun phrase right after verb v
// in an inverted attribution ("said Tom Weller", "said one analyst",
// "said managing director Ana Ruiz", "said the American"), or -1: the
// phrase runs over determiners, numbers, adjectives, nouns and names, and
// over a participle or verb the tagger made of a title word when a noun
// follows it ("managing director", "judge Ana Ruiz"); its head is the last
// word of a person's name in it, else its last noun (the head of a name is
// its last word).
func (w *work) invertedSubject(v, end int) int {
	head, person, quant := -1, -1, -1
	for t := v + 1; t < end && t <= v+6 && w.inQuote[t] < 0; t++ {
		tok := w.d.Tokens[t]
		if t == v+1 && countsPeople(w.word(t)) {
			quant = t // "wrote another", "said one of the aides"
		}
		switch {
		case quant >= 0 && t == quant+1 && strings.EqualFold(w.word(t), "of"):
			return quant // what "one of" counts is no second subject
		case tok.UPOS == "PRON" && isRelativePronoun(w.word(t)):
			// "said one former aide who …" (with "aide" read as an
			// adjective): the relative clause starts after the subject.
		case head >= 0 && isPossessiveMark(w.word(t)):
			// "said the agency's chief economist", "noted Reuters' Tom
			// Baker": the phrase goes on to the possessed noun.
			head, person = -1, -1
			continue
		case tok.UPOS == "CCONJ" && person < 0 && head >= 0 && w.d.Tokens[head].UPOS == "NOUN" && t+1 < end &&
			w.inQuote[t+1] < 0 && (isNominal(w.d.Tokens[t+1].UPOS) || w.d.Tokens[t+1].UPOS == "ADJ"):
			// "said guild founder and chair Ana Ruiz": two
			// titles of one person go on to the name.
			head = -1
			continue
		case tok.UPOS == "PUNCT":
			// (A mention span may take in the colon after a name.)
		case isNominal(tok.UPOS) || w.mention[t] >= 0:
			if tok.UPOS == "PRON" && head >= 0 {
				return head
			}
			head = t
			if m := w.mention[t]; m >= 0 && w.d.Entities[w.d.Mentions[m].Entity].Type == "PERSON" {
				person = t
			}
			if tok.UPOS == "PRON" {
				return t
			}
			continue
		case tok.UPOS == "DET" || tok.UPOS == "ADJ" || tok.UPOS == "NUM":
			if head < 0 {
				continue
			}
		case tok.UPOS == "VERB" && head < 0 && t+1 < end && w.inQuote[t+1] < 0 &&
			(isNominal(w.d.Tokens[t+1].UPOS) || w.d.Tokens[t+1].UPOS == "ADJ"):
			// "said managing director Ana Ruiz", "said research fellow
			// Tom Weller" with a title word read as a verb.
			continue
		}
		break
	}
	if person >= 0 {
		return person
	}
	if head < 0 {
		return quant
	}
	return head
}

// countsPeople reports whether a word standing alone after a verb of
// saying counts or stands for people: "another", "one", "both", "some".
func countsPeople(word string) bool {
	return standsForPeople[lower(word)] || strings.EqualFold(word, "one")
}

// handledOnly are the verbs whose agent only came by what someone else
// said ("a memo seen by reporters", "a note received by the Herald"),
// unlike those whose agent made it ("a poll run by the union").
var handledOnly = map[string]bool{"obtain": true, "see": true, "review": true, "receive": true, "examine": true,
	"view": true, "acquire": true, "hear": true, "read": true, "cite": true, "quote": true}

// pastAgent returns, for the noun t that ends the agent of a past
// participle of handledOnly set right after another noun ("a note
// from the union seen by our reporter warns"), the head of that other
// noun's phrase: the participle describes it, and it is the subject of
// the verb after; -1 when t is no such agent.
func (w *work) pastAgent(t int) int {
	b := t - 1
	for b > 0 && b > t-6 {
		switch w.d.Tokens[b].UPOS {
		case "DET", "ADJ", "PROPN", "NOUN", "NUM":
			b--
			continue
		}
		break
	}
	if b < 2 || !strings.EqualFold(w.word(b), "by") || w.inQuote[b] >= 0 {
		return -1
	}
	v, u := b-1, b-2
	if w.d.Tokens[v].XPOS != "VBN" || !handledOnly[w.lemma(v)] || w.inQuote[v] >= 0 || w.inQuote[u] >= 0 ||
		!isNominal(w.d.Tokens[u].UPOS) || w.sentOf[u] != w.sentOf[t] {
		return -1
	}
	for step := 0; step < 4; step++ {
		h := w.head(u)
		if h < 0 || h > u || !isNominal(w.d.Tokens[h].UPOS) {
			break
		}
		switch w.d.Tokens[u].Rel {
		case "nmod", "compound", "flat", "appos":
			u = h
			continue
		}
		break
	}
	return u
}

// nameAfterQuotation returns the last word of the name that opens the
// words between a quotation and the comma at token t, when those words
// hold no verb and no other comma ("“…,” Ana Ruiz from the Harlow
// Traders Guild, told the Courier": a stray comma closes the speaker's
// phrase, and the parse, finding no subject before the verb, takes the
// one told for an inverted subject). -1 otherwise.
func (w *work) nameAfterQuotation(t, first int) int {
	u := t - 1
	for u >= first && w.inQuote[u] < 0 {
		if w.isPunct(u) || isVerbal(w.d.Tokens[u].UPOS) {
			return -1
		}
		u--
	}
	if u < first || u+1 >= t || !w.nameMention(u+1) {
		return -1
	}
	n := u + 1
	for n+1 < t && w.mention[n+1] == w.mention[u+1] {
		n++
	}
	return n
}

// asideOpening returns the mark that opens the aside closed by the mark
// at token t (a comma, a dash: is tells them), searching back to token
// first and not into a quotation; -1 when there is none.
func (w *work) asideOpening(t, first int, is func(string) bool) int {
	u := t - 1
	for u >= first && !is(w.word(u)) && w.inQuote[u] < 0 {
		u--
	}
	if u < first || !is(w.word(u)) {
		return -1
	}
	return u
}

func isComma(s string) bool { return s == "," }

// nounReadAsAdjective reports whether token t, tagged an adjective, is
// the noun of a phrase that is only an article and it, opening a clause
// right before its verb ("The documentarian sets out …", "…,” the
// editorial argued"): an adjective alone there has no noun to describe.
func (w *work) nounReadAsAdjective(t int) bool {
	if t <= 0 {
		return false // the text's first word has none before it
	}
	s := w.d.Sentences[w.sentOf[t]]
	if t <= s.FirstToken || w.inQuote[t] >= 0 || w.d.Tokens[t].UPOS != "ADJ" || w.d.Tokens[t].XPOS != "JJ" || !isArticle(w.word(t-1)) {
		return false
	}
	p := t - 2
	return p < s.FirstToken || w.isPunct(p) || w.inQuote[p] >= 0
}

// isArticle reports whether a word is "the", "a" or "an".
func isArticle(word string) bool {
	switch lower(word) {
	case "the", "a", "an":
		return true
	}
	return false
}

// pastFrontedPhrase returns the subject of verb v when the parse took
// the noun of a phrase fronted before a comma for it ("On the ferry to
// Dunmore, Karl Brandt said" with "ferry" the subject and the name an
// apposition of the town): a subject has no preposition of its own, so
// the noun just before the verb, after the comma, is the subject. -1
// when s, v's subject in the parse, is no such noun.
func (w *work) pastFrontedPhrase(v, s int) int {
	if s > v || !w.hasChildRel(s, "case") || w.d.Tokens[s].UPOS == "PRON" {
		return -1
	}
	for _, k := range w.children(s) {
		if w.d.Tokens[k].Rel == "case" && w.d.Tokens[k].UPOS != "ADP" {
			return -1 // "Lee's": a possessive marker
		}
	}
	n := w.nearSubject(v)
	if n <= s || !w.commaIn(s, n) {
		return -1
	}
	return n
}
