package quote

import (
	"dateline/entity"
	"dateline/text"
)

// honorificSpeaker returns who speaks through a subject whose head is an
// honorific with no mention of its own and the surname hung on it by the
// parse, which the tagger left without a mention ("Mr Okafor added",
// "Lord Weller told"): the person named before with that surname, or a
// new person (entity.AddHonorificName). Without it the stage made a
// source of the honorific itself ("Mr", "Lord"). -1 when h is no such
// head.
func (w *work) honorificSpeaker(h int) int {
	if !w.addSources || h < 0 || w.mention[h] >= 0 || w.inQuote[h] >= 0 || !entity.IsHonorific(w.word(h)) {
		return -1
	}
	s := w.d.Sentences[w.sentOf[h]]
	end := h + 1
	for end < s.EndToken && end <= h+2 && w.inQuote[end] < 0 && upperInitial(w.word(end)) && w.d.Tokens[end].UPOS == "PROPN" {
		end++
	}
	if end == h+1 {
		return -1
	}
	return entity.AddHonorificName(w.d, h, end)
}

// titleRunPerson returns the person whose name mention ends the run of
// capitalised words that title word h opens ("Deputy Prime Minister Ana
// Ruiz said" with the name parsed as a conjunct of "Deputy", and the
// entity stage's source made of "Deputy" alone): a title
// (isTitle) must stand in the run before the name, so that a name after
// another capitalised word ("End Lee 'denial'") or a body's name ("Acme
// Rail of Leeds") is not taken. -1 when there is none.
func (w *work) titleRunPerson(h int) int {
	if h < 0 || w.inQuote[h] >= 0 || !upperInitial(w.word(h)) || !isRunWord(w.d.Tokens[h].UPOS) {
		return -1
	}
	if m := w.mention[h]; m >= 0 && (w.d.Mentions[m].Kind != text.MentionNominal || w.d.Mentions[m].End > w.d.Tokens[h].End) {
		return -1 // a name of its own, or a description running on
	}
	s := w.d.Sentences[w.sentOf[h]]
	titled := false
	for t := h; t < s.EndToken && t <= h+maxTitleRun && w.inQuote[t] < 0; t++ {
		if !upperInitial(w.word(t)) || !isRunWord(w.d.Tokens[t].UPOS) {
			return -1
		}
		if m := w.mention[t]; m >= 0 && t > h {
			e := w.d.Mentions[m].Entity
			if !titled || e < 0 || w.d.Entities[e].Type != "PERSON" || tokenAt(w.d.Tokens, w.d.Mentions[m].Start) != t {
				return -1
			}
			return e
		}
		titled = titled || isTitle(w.word(t))
	}
	return -1
}

// maxTitleRun is the most words of a title read before the name it heads.
const maxTitleRun = 5

// isRunWord reports whether a word of a tag may stand in a run of a title
// and a name.
func isRunWord(upos string) bool { return upos == "PROPN" || upos == "NOUN" || upos == "ADJ" }

// personBeforeVerb returns the person whose name ends right before cue
// verb v (or its auxiliaries and adverbs: "has also said") and closes the
// subject's phrase that subject token s opens, when the words between are
// a title run (nouns, names, adjectives, "of", a possessive, with a title
// word among them: "CBI chief economist Ana Ruiz said", "Leeds mayor Tom
// Weller says", "Prime Minister of Ruritania Ana Ruiz wrote", "Acme's
// chief executive Tom Weller said") and the parse made the body or place
// that heads the run the subject. -1 when there is none.
func (w *work) personBeforeVerb(s, v int) int {
	if s < 0 || v <= s+1 || w.d.Tokens[v].UPOS != "VERB" || w.sentOf[s] != w.sentOf[v] || w.inQuote[s] >= 0 {
		return -1
	}
	last := v - 1
	for last > s && (w.d.Tokens[last].UPOS == "AUX" || w.d.Tokens[last].UPOS == "ADV") && w.inQuote[last] < 0 {
		last-- // "… Ana Ruiz has also said"
	}
	if w.word(last) == "," {
		return w.personBetweenCommas(s, last)
	}
	m := w.mention[last]
	if m < 0 || w.d.Mentions[m].End != w.d.Tokens[last].End || w.d.Mentions[m].Kind != text.MentionName {
		return -1
	}
	e := w.d.Mentions[m].Entity
	if e < 0 || w.d.Entities[e].Type != "PERSON" {
		return -1
	}
	first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
	if first <= s || w.inQuote[first] >= 0 {
		return -1
	}
	titled := false
	for t := s; t < first; t++ {
		switch u := w.d.Tokens[t].UPOS; {
		case u == "NOUN" || u == "PROPN" || u == "ADJ":
			titled = titled || isTitle(w.word(t)) || entity.IsHonorific(w.word(t))
		case u == "ADP" && lower(w.word(t)) == "of":
			// "Prime Minister of Ruritania X", between capitalised words
			// ("a close associate of former Acme boss X" is not X)
			if t == s || t+1 >= first || !upperInitial(w.word(t-1)) || !upperInitial(w.word(t+1)) {
				return -1
			}
		case u == "PART" && isPossessiveMark(w.word(t)): // "Acme's chief executive X"
		default:
			return -1
		}
		if mt := w.mention[t]; mt >= 0 && w.d.Mentions[mt].Entity >= 0 && w.d.Entities[w.d.Mentions[mt].Entity].Type == "PERSON" {
			return -1 // another person first: "Lee and Ruiz said" is not Ruiz's
		}
	}
	if !titled {
		return -1
	}
	return e
}

func isPossessiveMark(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// personBetweenCommas returns the person whose name mention fills the
// words between the comma at token comma, right before the verb, and the
// comma before it, set beside a subject phrase that subject token s opens
// before that first comma, with a title word and no verb in it ("The head
// of the Acme ferry company, Ana Ruiz, said", "Harbour Minister, Tom
// Weller MP, said"): the name in apposition is who the subject is. -1
// when there is none.
func (w *work) personBetweenCommas(s, comma int) int {
	m := w.mention[comma-1]
	if m < 0 || w.d.Mentions[m].End != w.d.Tokens[comma-1].End || w.d.Mentions[m].Kind != text.MentionName {
		return -1
	}
	e := w.d.Mentions[m].Entity
	first := tokenAt(w.d.Tokens, w.d.Mentions[m].Start)
	if e < 0 || w.d.Entities[e].Type != "PERSON" || first-1 <= s || w.word(first-1) != "," || w.inQuote[first] >= 0 {
		return -1
	}
	titled := false
	for t := s; t < first-1; t++ {
		if isVerbal(w.d.Tokens[t].UPOS) || w.isPunct(t) || w.inQuote[t] >= 0 {
			return -1
		}
		if mt := w.mention[t]; mt >= 0 && w.d.Mentions[mt].Entity >= 0 && w.d.Entities[w.d.Mentions[mt].Entity].Type == "PERSON" && w.d.Mentions[mt].Entity != e {
			return -1
		}
		titled = titled || isTitle(w.word(t))
	}
	if !titled {
		return -1
	}
	return e
}
