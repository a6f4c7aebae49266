package timex

import "strings"

// noonAfter are the words after which a capitalised "Noon", "Midday" or
// "Midnight" is still the hour ("Talks Resume At Noon", "By Midnight").
var noonAfter = map[string]bool{"at": true, "by": true, "before": true, "after": true, "until": true,
	"till": true, "from": true, "to": true, "around": true, "about": true, "since": true, "past": true,
	"on": true, "of": true}

// namedNoon says whether a capitalised noon word inside its sentence is a
// name: "centre Jamie Noon", "Tait or Noon dropping out", "Abbott, Noon,
// Paul" were the clock time 12:00. At the start of a sentence, after a
// word that leads to an hour or after a time it stays the time.
func namedNoon(m *match) bool {
	t := &m.toks[m.i]
	p := m.prev()
	if !t.cap || p == nil || p.kind == kNode {
		return false
	}
	if p.kind == kWord {
		return !noonAfter[strings.ToLower(m.c.text[p.s:p.e])]
	}
	// After a comma, a name in a list of names ("Abbott, Noon, Paul").
	n := m.next()
	return m.c.text[p.s] == ',' && n != nil && n.kind != kWord && m.c.text[n.s] == ','
}
