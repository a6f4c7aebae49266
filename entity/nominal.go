package entity

import (
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// groupHeads are plural nouns that, after a nationality or region, make a
// group of people or states ("European leaders", "American colleagues",
// "Western allies"), with the agent code the group's actor takes.
var groupHeads = map[string]string{
	"leaders": "GOV", "officials": "GOV", "governments": "GOV", "ministers": "GOV",
	"diplomats": "GOV", "negotiators": "GOV", "envoys": "GOV", "authorities": "GOV",
	"lawmakers": "LEG", "legislators": "LEG", "senators": "LEG",
	"troops": "MIL", "soldiers": "MIL", "forces": "MIL", "generals": "MIL",
	"police": "COP", "judges": "JUD", "rebels": "REB", "militants": "REB", "insurgents": "REB",
	"colleagues": "", "counterparts": "", "allies": "", "partners": "", "nations": "",
	"countries": "", "states": "", "people": "", "citizens": "", "companies": "BUS",
	"firms": "BUS", "businesses": "BUS", "banks": "BUS", "investors": "BUS", "voters": "",
	"workers": "LAB", "farmers": "AGR", "students": "EDU", "protesters": "OPP",
	"activists": "OPP", "journalists": "MED", "media": "MED", "politicians": "",
	"powers": "", "capitals": "GOV", "officers": "MIL", "residents": "", "civilians": "CVL",
}

// institutions are agent words that name a body, not a person: "the
// government" is never the president it is led by.
var institutions = map[string]bool{
	"government": true, "administration": true, "authorities": true, "authority": true, "police": true,
	"army": true, "military": true, "ministry": true, "parliament": true, "cabinet": true, "congress": true,
	"senate": true, "court": true, "party": true, "opposition": true, "regime": true, "council": true,
	"commission": true, "committee": true, "forces": true, "navy": true, "air force": true, "junta": true,
	"state": true, "embassy": true, "agency": true, "department": true, "office": true, "legislature": true,
	"assembly": true, "media": true, "press": true, "public": true, "industry": true, "business": true,
	"company": true, "firm": true, "bank": true, "union": true, "group": true, "troop": true, "troops": true,
	"coalition": true, "alliance": true, "movement": true, "militia": true, "court of appeals": true,
	"supreme court": true, "house": true, "chamber": true, "board": true, "staff": true, "crew": true,
}

// afterHead are words that follow the head of a noun phrase: after an
// ambiguous role word ("official", "general") they show it is the head.
var afterHead = map[string]bool{"said": true, "says": true, "told": true, "added": true, "has": true, "had": true,
	"is": true, "was": true, "will": true, "would": true, "who": true, "and": true, "of": true, "in": true,
	"at": true, "on": true, "to": true, "for": true, "with": true, "from": true, "also": true, "later": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "did": true, "does": true}

// nominals finds group mentions and definite descriptions.
func (r *resolver) nominals() {
	for si := range r.d.Sentences {
		for _, m := range r.matches(si) {
			switch m.Kind {
			case gazetteer.KindDemonym:
				r.group(si, m)
			case gazetteer.KindAgent:
				r.description(si, m)
			}
		}
		s := r.d.Sentences[si]
		for i := s.FirstToken; i < s.EndToken; i++ {
			if r.class[i]&clsAgent == 0 {
				continue
			}
			if a, ok := extraAgents[r.lower[i]]; ok && a.code != "" && !strings.HasSuffix(r.words[i], "s") {
				r.description(si, gazetteer.Match{Start: i, End: i + 1,
					Entry: gazetteer.Entry{Kind: gazetteer.KindAgent, Name: a.role, Code: a.code}})
			}
		}
	}
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// group: a demonym followed by a plural group noun becomes a group entity
// of that nation, one per nation and noun.
func (r *resolver) group(si int, m gazetteer.Match) {
	s := r.d.Sentences[si]
	h := m.End
	if h >= s.EndToken || m.Code == "" {
		return
	}
	head := r.folded(h)
	code, ok := groupHeads[head]
	if !ok || !isLowerWord(r.words[h]) {
		return
	}
	if r.named[h] >= 0 {
		return
	}
	key := m.Code + "|" + head
	ei := -1
	for i, e := range r.ents {
		if e.group && e.groupKey == key {
			ei = i
			break
		}
	}
	if ei < 0 {
		actor := m.Code
		if code != "" && isNationCode(m.Code) {
			actor += code
		}
		name := r.d.Text[r.d.Tokens[m.Start].Start:r.d.Tokens[h].End]
		r.ents = append(r.ents, &ent{typ: "GROUP", name: name, group: true, plural: true, groupKey: key,
			code: actor, country: m.Country})
		ei = len(r.ents) - 1
	}
	r.addMention(text.Span{Start: r.d.Tokens[m.Start].Start, End: r.d.Tokens[h].End}, text.MentionNominal, "GROUP", ei)
}

// description: "the Ukrainian leader", "the senator", "Russia's
// president": a definite singular description that is not a title before
// a name. It joins the one person mentioned before who holds a matching
// role (same agent code or role word) and, when a nation is given, is of
// that nation; with none or several it is left out.
func (r *resolver) description(si int, m gazetteer.Match) {
	s := r.d.Sentences[si]
	// The words matched, not only the entry's name: "court" matches the
	// entry "The Court", whose name is no institution word.
	if m.Flags.Has(gazetteer.FlagPlural) || r.named[m.Start] >= 0 || institutions[strings.ToLower(m.Name)] ||
		institutions[strings.Join(r.lower[m.Start:m.End], " ")] {
		return
	}
	if m.End < s.EndToken && r.named[m.End] >= 0 {
		return // a title: "President Trump"
	}
	if m.End+1 < s.EndToken && r.words[m.End] == "," && r.named[m.End+1] >= 0 {
		// "The interior minister, Juan Santos,": the name in apposition
		// is whom it means (sources joins them), not a person before.
		return
	}
	if m.End < s.EndToken && (isCapWord(r.words[m.End])) {
		return
	}
	if m.Flags.Has(gazetteer.FlagCommonWord) && m.End < s.EndToken && isLowerWord(r.words[m.End]) && !r.headsPhrase(m.End-1) {
		return // "the official announcement": an adjective, not a person
	}
	start := m.Start
	code := ""
	if c, _, st, ok := r.nationAt(si, start); ok && st >= s.FirstToken {
		code, start = c, st
	}
	if start > s.FirstToken && strings.EqualFold(r.words[start-1], "the") {
		start--
	} else if code == "" || m.Start == s.FirstToken || !isPossessive(r.words[m.Start-1]) {
		return // without "the", only a possessive nation makes it definite
	}
	if m.End < s.EndToken && strings.EqualFold(r.words[m.End], "of") && m.End+1 < s.EndToken {
		if c, _, _, ok := r.nationAt(si, m.End+2); ok && code == "" {
			code = c
		}
	}
	for i := start; i < m.End; i++ {
		if r.inNominal(i) {
			return
		}
	}
	a := agentWord{m.Name, m.Code}
	// People who hold this very role first; failing one, people whose
	// title has the same agent code.
	best := -1
	for _, exact := range []bool{true, false} {
		n := 0
		for ei, e := range r.ents {
			if e.typ != "PERSON" || !r.mentionedBefore(e, r.d.Tokens[start].Start) || hasRole(e, a.role) != exact && exact || !fitsRole(e, a) {
				continue
			}
			if code != "" && e.titleCode != code && (e.person == nil || !strings.HasPrefix(e.person.Latest(), code)) {
				continue
			}
			best, n = ei, n+1
		}
		if n == 1 {
			break
		}
		best = -1
		if n > 1 {
			return
		}
	}
	if best < 0 {
		return
	}
	r.addMention(text.Span{Start: r.d.Tokens[start].Start, End: r.d.Tokens[m.End-1].End}, text.MentionNominal, "PERSON", best)
}

// headsPhrase: the ambiguous role word at token i is its phrase's head,
// not a modifier of the word after it. The parse says so when there is
// one ("the judge got this wrong"); else a word that follows heads
// (afterHead) does.
func (r *resolver) headsPhrase(i int) bool {
	if r.parsed {
		t := r.d.Tokens[i]
		return t.UPOS == "NOUN" && !(t.Head == i+1 && (t.Rel == "compound" || t.Rel == "amod"))
	}
	return afterHead[r.words[i+1]]
}

func (r *resolver) inNominal(tok int) bool {
	t := r.d.Tokens[tok]
	for _, m := range r.d.Mentions {
		if m.Kind == text.MentionNominal && m.Start <= t.Start && t.End <= m.End {
			return true
		}
	}
	return false
}

func (r *resolver) mentionedBefore(e *ent, at int) bool {
	for _, mi := range e.mentions {
		if r.d.Mentions[mi].Start < at {
			return true
		}
	}
	return false
}

// fitsRole: the entity holds the role ("the foreign minister", a Foreign
// Minister), or its last word when the description says only that ("the
// minister"), or, for a word that names no particular office ("the
// leader", "the official") or a person with no role yet, a title of the
// same agent code ("leader" fits a President: both GOV). An office the description names is
// another office ("the interior minister" is not the President, "the
// prime minister" not the Foreign Minister, though all are GOV).
func fitsRole(e *ent, a agentWord) bool {
	if hasRole(e, a.role) {
		return true
	}
	if !strings.Contains(a.role, " ") {
		for _, x := range e.roles {
			if k := strings.LastIndexByte(x, ' '); k >= 0 && strings.EqualFold(x[k+1:], a.role) {
				return true
			}
		}
	}
	if a.code == "" || (len(e.roles) > 0 && !officeless[strings.ToLower(a.role)]) {
		// A person known only by name (the gazetteer's Putin, RUSGOV)
		// has no office to contradict: the agent code decides.
		return false
	}
	if e.agent != "" {
		return e.agent == a.code
	}
	return e.person != nil && agentOf(e.person.Latest(), a.code)
}

// officeless role words name a rank or a kind of person, not an office:
// they may stand for any holder of a title of their agent code.
var officeless = map[string]bool{
	"leader": true, "official": true, "head": true, "chief": true, "boss": true, "ruler": true,
	"strongman": true, "politician": true, "lawmaker": true, "legislator": true, "incumbent": true,
	"entrepreneur": true, "tycoon": true, "businessman": true, "businesswoman": true, "magnate": true,
	"billionaire": true, "veteran": true,
}

// agentOf reports whether a CAMEO actor code ("GBRGOVJUD") holds the agent
// code after its three-letter nation.
func agentOf(code, agent string) bool {
	return len(code) > 3 && strings.Contains(code[3:], agent)
}

func isCapWord(w string) bool {
	for _, c := range w {
		return c >= 'A' && c <= 'Z'
	}
	return false
}

func hasRole(e *ent, role string) bool {
	for _, x := range e.roles {
		if strings.EqualFold(x, role) {
			return true
		}
	}
	return false
}
