package quote

import "dateline/text"

// namedInOwnWords reports whether token t is a "he" or "she" outside
// quotation marks whose entity e is named (by a name or a noun phrase, not
// a pronoun) inside the words quote q reports, or in the content of its
// cue c after the cue ("she pressed the mayor to own up to “…”": the
// person pressed, or spoken of around a quoted fragment): a speaker does not name
// themselves in the third person, as a pronoun does not take a name in its
// own clause ("Lee has failed the town, he said" is not Lee's). The
// entity stage took the nearest person, often the one spoken of.
func (w *work) namedInOwnWords(t, e int, q *text.Quote, c *cue) bool {
	if t < 0 || e < 0 || w.inQuote[t] >= 0 || !subjectPronoun[w.lowWord(t)] {
		return false
	}
	if t > 0 && w.lowWord(t-1) == "as" {
		return false // "Lee will win, as he has shown": a remark, not a report
	}
	for _, mi := range w.d.Entities[e].Mentions {
		m := w.d.Mentions[mi]
		if m.Kind == text.MentionPronoun {
			continue
		}
		if u := tokenAt(w.d.Tokens, m.Start); u > c.last && c.inRegion(u) || u > c.last && u == c.listener {
			return true
		}
		for _, p := range q.Pieces() {
			if p.Start <= m.Start && m.End <= p.End {
				return true
			}
		}
	}
	return false
}

// subjectPronoun are the pronouns that speak as a subject for one person.
var subjectPronoun = map[string]bool{"he": true, "she": true}
