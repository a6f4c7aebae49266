package entity

import (
	"dateline/text"
)

// descriptorCode gives an organisation the gazetteer does not know the
// code its description spells: a nationality and a kind of firm before
// its name ("Italian airline Alitalia", "Dutch retailer Ahold") make the
// nation's code plus the kind's agent code (ITABUS, NLDBUS). The tagger
// often calls such a firm a person, whose title gave that code; read as
// the organisation it is, it had none. "" when no name mention has one.
func (r *resolver) descriptorCode(e *ent) (code, country string) {
	for _, mi := range e.mentions {
		m := r.d.Mentions[mi]
		if m.Kind != text.MentionName {
			continue
		}
		first, _, ok := r.tokenRange(m.Span)
		if !ok || first < 2 {
			continue
		}
		kind := first - 1
		agent := ""
		if a, ok := r.g.Agent(r.folded(kind)); ok {
			agent = a.Code
		}
		if agent == "" && companyKinds[r.lower[kind]] {
			agent = "BUS"
		}
		if agent == "" {
			continue
		}
		si := r.sentOf[kind]
		if si < 0 {
			continue
		}
		if c, cty, _, ok := r.nationAt(si, kind); ok && isNationCode(c) {
			return c + agent, cty
		}
	}
	return "", ""
}
