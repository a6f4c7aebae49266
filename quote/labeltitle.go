package quote

import (
	"strings"

	"dateline/syntax"
)

// labelNotSpoken reports whether the line [lo, hi) after a name label's
// colon is no words of the name's but part of a title or a description of
// its bearer:
//
//   - a title running over the colon, its second part opening with an
//     article and capitalised words, then the writer's verb in lower case
//     ("Bridget Jones: The Edge of Reason was named film of the year",
//     "America: A Tribute to Heroes raised $150m"); a headline in title
//     case capitalises its verb too ("Lee: The Fees Must Go");
//   - an epithet with no verb, headed by a noun of a person ("Arthur
//     Lane: King of the thrillers", "Jo Penn: The reluctant star"), not a
//     name ("Jeb Bush: Donald Trump.").
func (w *work) labelNotSpoken(lo, hi int) bool {
	if lo >= hi || w.marked(lo, hi) {
		return false
	}
	switch strings.ToLower(w.word(lo)) {
	case "the", "a", "an":
		t := lo + 1
		for t < hi && (w.capitalisedWord(t) || minorTitleWords[w.word(t)] && t+1 < hi && w.capitalisedWord(t+1)) {
			t++
		}
		if t > lo+1 && t < hi {
			switch w.d.Tokens[t].UPOS {
			case "VERB", "AUX":
				return !w.capitalisedWord(t)
			}
		}
	}
	for t := lo; t < hi; t++ {
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX":
			return false
		}
	}
	h := w.phraseHead(lo, hi)
	if h < 0 || w.d.Tokens[h].UPOS == "PRON" || w.entityTypeAt(h) != "" {
		return false
	}
	return syntax.NounSense(w.d.Tokens[h].Lemma) == syntax.NounPerson
}
