package quote

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// News names a person a second time by age ("the 34-year-old said"), a
// habit of sport and court reports that the entity stage cannot follow:
// the phrase names no role to match. It stands for the person the text is
// about at that point, as a pronoun does: the person just quoted, unless
// the writer has brought in another by name; else the person last named
// as the subject of a clause.

// descriptionSpeaker returns the person a description subject at token h
// stands for ("the 22-year-old", "the Swede": isDescription), given the
// quotes before; -1 when h is no such description or no one fits.
func (w *work) descriptionSpeaker(h int, before []text.Quote) int {
	noun := w.personDescription(h)
	if !noun && !w.ageOrNation(h) {
		return -1
	}
	epithet := false
	if noun {
		// A person named with the noun before ("singer Jo Penn") the
		// entity stage has joined (entity's describedPeople), and this
		// head has a mention; with none so named only a parent's
		// epithet stands for the person in focus.
		if !isEpithet(w.word(h)) {
			return -1
		}
		epithet = true
	}
	at := w.d.Tokens[h-1].Start
	person := func(e int) bool { return e >= 0 && e < len(w.d.Entities) && w.d.Entities[e].Type == "PERSON" }
	// The person last quoted in quotation marks: reported speech the
	// writer put in between is more often a side remark about someone
	// else ("faulted her trainer for not telling her").
	for i := len(before) - 1; i >= 0 && w.near(before[i].End, at); i-- {
		if before[i].Kind == text.QuoteIndirect {
			continue
		}
		e := before[i].Speaker
		if !person(e) {
			break
		}
		if p := w.newPersonOpens(before[i].End, at, e, person); p >= 0 {
			return p
		}
		return e
	}
	if !isAgeWord(w.word(h)) && !epithet {
		// A nationality tells two players or parties apart ("the
		// Swede reached the final, beating Okafor"): only the person
		// just quoted is safe to take for it.
		return -1
	}
	lo := w.d.Paragraphs[max(paragraphAt(w.d.Paragraphs, at)-1, 0)].Start
	best, bestStart := -1, -1
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.Start >= at || m.Start <= bestStart || !person(m.Entity) {
			continue
		}
		first, last := tokenAt(w.d.Tokens, m.Start), tokenAt(w.d.Tokens, m.End-1)
		if first >= len(w.inQuote) || w.inQuote[first] >= 0 {
			continue
		}
		for t := first; t <= last && t < len(w.d.Tokens); t++ {
			if r := w.d.Tokens[t].Rel; r == "nsubj" || r == "nsubj:pass" {
				best, bestStart = m.Entity, m.Start
				break
			}
		}
	}
	return best
}

// isDescription reports whether the subject head at token h describes a
// person without naming one: a person noun (personDescription), or an age
// or a nationality (ageOrNation).
func (w *work) isDescription(h int) bool {
	return w.personDescription(h) || w.ageOrNation(h)
}

// ageOrNation reports whether the subject head at token h is "the" and
// an age ("the 22-year-old") or a nationality naming one person ("the
// Swede", entity.IsPersonDemonym), which the tagger may have typed as a
// nationality of its own.
func (w *work) ageOrNation(h int) bool {
	if h < 1 || w.inQuote[h] >= 0 || !strings.EqualFold(w.word(h-1), "the") {
		return false
	}
	if isAgeWord(w.word(h)) {
		return w.mention[h] < 0
	}
	if !upperInitial(w.word(h)) || !entity.IsPersonDemonym(w.word(h)) {
		return false
	}
	if m := w.mention[h]; m >= 0 {
		mt := w.d.Mentions[m]
		if mt.Start < w.d.Tokens[h].Start || mt.End > w.d.Tokens[h].End || mt.Type == "PERSON" {
			return false // a name running on ("the American Red Cross")
		}
	}
	return true
}

// isAgeWord reports whether word is an age used as a noun: "34-year-old".
func isAgeWord(word string) bool {
	n, ok := strings.CutSuffix(strings.ToLower(word), "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// personDescription reports whether the subject head at token h, which no
// mention covers, is a person noun that no list of titles or sources holds
// (entity.PersonNoun, entity.IsSourceNoun) after "the" and at most
// lower-case words and numbers of its phrase: "the singer", "the
// 41-year-old chart-topper", "the world indoor champion", "the
// mother-of-nine". One the entity stage joined to a person named with
// the noun ("singer Jo Penn") has a mention, and is not this.
func (w *work) personDescription(h int) bool {
	if h < 1 || w.inQuote[h] >= 0 || w.mention[h] >= 0 {
		return false
	}
	if x := w.d.Tokens[h].XPOS; x == "NNS" || x == "NNPS" {
		return false
	}
	head := strings.ToLower(w.word(h))
	if entity.IsSourceNoun(head) || !entity.PersonNoun(head, w.d.Tokens[h].Lemma) {
		return false
	}
	return entity.DescriptionStart(w.d.Tokens, h, w.word, func(j int) bool { return w.inQuote[j] >= 0 }) >= 0
}

// isEpithet: a parent's epithet, "mother-of-nine", "father-of-two".
func isEpithet(word string) bool {
	kin, n, ok := strings.Cut(strings.ToLower(word), "-of-")
	return ok && (kin == "mother" || kin == "father") && n != "" && !strings.Contains(n, "-")
}
