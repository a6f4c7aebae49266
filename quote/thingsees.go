package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/entity"
)

// thingSees reports whether cue verb v is "see" with subject t a thing or
// an event, not someone who could hold a view: "The buyout will see the
// old mill reopen", "A late penalty saw the visitors level", "The move has
// seen the club cut its budget" tell what came about, as the time
// subjects of timeSubject do. A subject that names people, a body, a
// place or a document ("Analysts see the rate rising", "Retailers see",
// "The poll saw Lee ahead") may still see, and so may any subject of the
// passive ("is widely seen as", which reports a view held by no one
// named) and any "see … as" (a view: "Our policy sees the levy as fair").
func (w *work) thingSees(t, v int) bool {
	if t < 0 || t > v || w.lemma(v) != "see" || w.inQuote[t] >= 0 || w.isPassive(v) {
		return false
	}
	tok := w.d.Tokens[t]
	if tok.UPOS != "NOUN" || w.mention[t] >= 0 {
		return false
	}
	word := w.word(t)
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && int(w.d.Sentences[w.sentOf[t]].FirstToken) != t {
		return false // a name the tagger read as a noun
	}
	lemma := lower(tok.Lemma)
	if tok.XPOS == "NNS" && (strings.HasSuffix(lemma, "er") || strings.HasSuffix(lemma, "or") || strings.HasSuffix(lemma, "ist")) {
		return false // an agent noun names people: "Retailers see …"
	}
	if entity.IsSourceNoun(word) || isTitle(word) || sourceNouns[lemma] || documentNouns[lemma] || peopleNouns[lemma] {
		return false
	}
	end := int(w.d.Sentences[w.sentOf[v]].EndToken)
	for u := v + 1; u < end && u <= v+12; u++ {
		if h := w.head(u); w.lowWord(u) == "as" && h >= 0 && w.head(h) == v && !isVerbal(w.d.Tokens[h].UPOS) {
			return false
		}
	}
	return true
}

// peopleNouns name people whom entity.IsSourceNoun does not list, as
// holders of a view: "Her rivals see an opening".
var peopleNouns = map[string]bool{"rival": true, "fan": true, "sceptic": true, "skeptic": true, "pundit": true, "backer": true}
