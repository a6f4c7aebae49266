package quote

// Two verbs that report nothing, whatever the cue model makes of them: a
// verb whose subject is a stretch of time ("The coming month will see fares
// climb", "The past six weeks saw burglaries fall", "The weekend saw the
// leaders drop"), since a time neither speaks nor believes; and "ruled out
// of" an event or a team, which says a player will miss it ("Vik will
// miss the final, ruled out of it by a torn hamstring"), unlike "ruled out
// any bid", a refusal.

// timeSubject reports whether token t, the subject of cue verb v, is a
// time: a day, month, season or span of them, or a year written in
// figures, not in a name ("the Sunday Courier said") and with no comma
// before the verb ("Six months after the merger, the brewer unveiled …"
// has its subject after the comma).
func (w *work) timeSubject(t, v int) bool {
	if t < 0 || t > v || w.inQuote[t] >= 0 {
		return false
	}
	if m := w.mention[t]; m >= 0 && w.d.Mentions[m].Type != "DATE" && w.d.Mentions[m].Type != "TIME" {
		return false
	}
	for u := t + 1; u < v; u++ {
		if w.word(u) == "," {
			return false
		}
	}
	word := w.lowWord(t)
	if isTimeWord(word) || timeSpans[word] {
		return true
	}
	if len(word) == 4 && (word[0] == '1' || word[0] == '2') {
		for _, r := range word {
			if r < '0' || r > '9' {
				return false
			}
		}
		return w.d.Tokens[t].UPOS == "NUM"
	}
	return false
}

// timeSpans are spans of time besides timeWords' days, weeks, months and
// years.
// ("quarter" is left out: "a quarter of those asked said" is a share of
// people.)
var timeSpans = map[string]bool{"season": true, "seasons": true, "decade": true, "decades": true,
	"century": true, "era": true, "fortnight": true, "hour": true, "hours": true}

// ruledOutOf reports whether verb v is "rule" followed by "out of" (its
// particle, ending at token last, or the words after it: the passive's
// "out" is not always read as one).
func (w *work) ruledOutOf(v, last int) bool {
	t := max(v, last-1) + 1
	return w.lemma(v) == "rule" && t+1 < len(w.d.Tokens) && w.lowWord(t) == "out" && w.lowWord(t+1) == "of"
}
