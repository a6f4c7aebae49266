package quote

import "dateline/entity"

// personClosingRun returns the person whose name ends the subject phrase
// of an inverted attribution, when the parse made the body or place
// before a title the subject: `“…,” said Acme chief executive Ana Ruiz.`,
// `…, said Dunmore Rail director general Tom Weller.` with "Acme" or
// "Dunmore Rail" the subject and the name hung below the title. This is
// personBeforeVerb's run read after the verb: from subject s to the end of
// the sentence (or a comma), only nouns, names, adjectives, "of" or "and"
// between capitalised words, or a possessive, with a title or honorific
// among them, or a possessive or lower-case noun right before the name
// (describedName); no other person first. -1 when there is none.
func (w *work) personClosingRun(s, v int) int {
	if v < 0 || v >= s || w.d.Tokens[v].UPOS != "VERB" || w.sentOf[s] != w.sentOf[v] || w.inQuote[s] >= 0 {
		return -1
	}
	end := w.d.Sentences[w.sentOf[s]].EndToken
	k := s
	for k+1 < end && w.inQuote[k+1] < 0 && !w.isPunct(k+1) {
		k++
	}
	e, first := w.personEndingAt(k)
	if e < 0 || first <= s || first-s > maxClosingRun {
		return -1
	}
	titled := w.describedName(first)
	for t := s; t < first; t++ {
		wd := w.word(t)
		switch u := w.d.Tokens[t].UPOS; {
		case w.inQuote[t] >= 0:
			return -1
		case u == "NOUN" || u == "PROPN" || u == "ADJ":
			if m := w.mention[t]; m >= 0 {
				if pe := w.d.Mentions[m].Entity; pe >= 0 && w.d.Entities[pe].Type == "PERSON" {
					return -1 // "said Lee and Ruiz": another person first
				}
			}
			titled = titled || w.isTitleTok(t) || entity.IsHonorific(wd)
		case (lower(wd) == "of" || lower(wd) == "and" || wd == "&") && t > s && upperInitial(w.word(t-1)) && upperInitial(w.word(t+1)):
		case isPossessiveMark(wd):
		default:
			return -1
		}
	}
	if !titled {
		return -1
	}
	return e
}

// maxClosingRun is the most words read from an inverted attribution's
// subject to the name that ends it.
const maxClosingRun = 7
