package main

import (
	"strings"

	"dateline/gazetteer/fold"
)

// addAgents fills the agents table: the supplement's role words first
// (they win over PETRARCH's code for the same phrase: a spokesman is GOV
// here, MED in Phoenix.agents.txt), then PETRARCH's, one row per singular
// phrase with its plural indexed to the same row.
func (b *builder) addAgents(entries []agentEntry, sup supplement) {
	for _, f := range sup["agents"] {
		forms := strings.Split(f[0], "|")
		id := len(b.agents)
		b.agents = append(b.agents, agentRow{name: forms[0], code: f[1]})
		amb := ""
		if len(f) > 2 && f[2] == "ambiguous" {
			amb = "w"
		}
		for _, form := range forms {
			b.x.add(form, 'A', id, amb)
			lf := strings.ToLower(form)
			if !strings.HasSuffix(lf, ".") && !strings.HasSuffix(lf, "s") {
				b.x.add(pluralPhrase(form), 'A', id, mergeFlags(amb, "p"))
			}
		}
	}
	rowOf := map[string]int{} // folded singular → agents row
	for _, e := range entries {
		key := fold.Key(e.phrase)
		if key == "" || b.x.has(key, "A") {
			continue // the supplement's, or an earlier line's, code wins
		}
		canon := fold.Key(e.canonical)
		id, ok := rowOf[canon]
		if !ok {
			id = len(b.agents)
			b.agents = append(b.agents, agentRow{name: titleCase(e.canonical), code: e.code})
			rowOf[canon] = id
		}
		flags := ""
		if e.plural {
			flags = "p"
		}
		b.x.add(e.phrase, 'A', id, flags)
	}
}
