package quote

import (
	"unicode"
	"unicode/utf8"
)

// titleReadAsVerb reports whether verb token i is a title the tagger read
// as a verb in a title run: "Falcons coach Sir Dan Reyes has …", "Harbour
// boss Mr Vik is …" with "coach" and "boss" tagged verbs whose subject is
// the team and whose clause is the rest of the sentence. A word that names
// a post (coach, boss, head, chair, captain), in lower case, between a
// capitalised word of a name and a capitalised name or honorific, is that
// title: a verb of that form reports nothing there.
func (w *work) titleReadAsVerb(i int) bool {
	s := w.d.Sentences[w.sentOf[i]]
	if i == s.FirstToken || i+1 >= s.EndToken || !startsLower(w.word(i)) {
		return false
	}
	// The neighbours first: they rule out most verbs without the title
	// lookup.
	before, after := &w.d.Tokens[i-1], &w.d.Tokens[i+1]
	return (before.UPOS == "PROPN" || before.UPOS == "NOUN") && !startsLower(w.word(i-1)) &&
		after.UPOS == "PROPN" && !startsLower(w.word(i+1)) && w.isTitleTok(i)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// compoundHeads are verbs that, before one of these nouns, are the first
// word of a compound noun ("a think tank", "a talk show"): the tagger
// reads them as verbs with the noun their object, and the compound, which
// reports nothing, as a cue.
var compoundHeads = map[string]map[string]bool{
	"think": {"tank": true, "tanks": true, "-tank": true},
	"talk":  {"show": true, "shows": true},
}

// compoundReadAsVerb reports whether verb token i opens such a compound
// noun: its word a compound's first, the next word the compound's noun.
func (w *work) compoundReadAsVerb(i int) bool {
	nouns := compoundHeads[w.lowWord(i)]
	if nouns == nil || i+1 >= w.d.Sentences[w.sentOf[i]].EndToken {
		return false
	}
	return nouns[w.lowWord(i+1)]
}
