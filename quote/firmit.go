package quote

import (
	"strings"

	"dateline/entity"
	"dateline/text"
)

// firmSpeaker finds who an open "it" speaking is when the name tagger
// typed a firm a person ("Marsh posted a loss. It blamed a payout …";
// "Wipro said … It said that …"): the one person of a one-word name with
// no gender (no given name, honorific, he or she) named as a subject
// outside quotation marks in the pronoun's sentence or the one before. A
// person does not say "it" of himself, so the entity is made an
// organisation. -1 when there is none, or more than one.
func (w *work) firmSpeaker(tok int) int {
	if !strings.EqualFold(w.word(tok), "it") {
		return -1
	}
	si := int(w.sentOf[tok])
	lo, at := w.d.Sentences[max(si-1, 0)].Start, w.d.Tokens[tok].Start
	best := -1
	for _, m := range w.d.Mentions {
		if m.Start < lo || m.End > at || m.Entity < 0 || !w.genderlessOneWordPerson(m.Entity) || !w.nameLike(m) {
			continue
		}
		if u := tokenAt(w.d.Tokens, m.Start); w.inQuote[u] >= 0 || w.d.Tokens[u].Rel != "nsubj" {
			continue
		}
		if best >= 0 && best != m.Entity {
			return -1
		}
		best = m.Entity
	}
	if best >= 0 {
		entity.MakeOrganisation(w.d, best)
	}
	return best
}

// genderlessOneWordPerson reports whether entity e is a person named by one
// word that nothing marks as a man or a woman.
func (w *work) genderlessOneWordPerson(e int) bool {
	x := w.d.Entities[e]
	return x.Type == "PERSON" && !strings.ContainsAny(x.Name, " -") && entity.Gender(w.d, e) == 0
}

// nameLike reports whether mention m is a name: tagged one, or a
// capitalised word the entity stage took for a source at a sentence's
// start ("Marsh posted …") that is no common noun of people.
func (w *work) nameLike(m text.Mention) bool {
	if m.Kind == text.MentionName {
		return true
	}
	s := w.d.Text[m.Start:m.End]
	return m.Kind == text.MentionNominal && s != "" && s[0] >= 'A' && s[0] <= 'Z' && !entity.IsSourceNoun(s)
}
