package event

import (
	"slices"
	"strings"

	"dateline/event/petrarch"
	"dateline/syntax"
)

// actor is one coded side of an event.
type actor struct {
	code   string
	name   string
	entity int // index into Document.Entities, -1 when coded from the dictionaries
	first  int // local token range of the evidence, inclusive
	last   int
	// recalled actors come from an earlier mention of the same name in the
	// document ("Ukrainian President Petro Levko … Levko said").
	recalled bool
}

// remember files the proper names of a coded phrase headed at u under
// its code, so a later mention of the name alone codes the same way. Only
// the head's own name counts ("Ukrainian President Petro Levko"), not
// names in phrases hung on it ("diplomats at the Bellevue Palace"). Until
// an entity stage joins mentions, this is the coder's own light
// coreference.
func (c *coder) remember(code string, u, first, last int) {
	s := c.s
	if code == "" || code == "---" {
		return
	}
	for i := first; i <= last; i++ {
		if s.upos[i] != "PROPN" || !s.isNameWord(i) || !c.inName(i, u) || c.otherName(i, last) {
			continue
		}
		if _, a := c.lx.actors.matchAt(c.lx, s, s.actorAt, i); a > 0 {
			continue // a country or group name, not a person's
		}
		if _, g := c.lx.agents.matchAt(c.lx, s, s.agentAt, i); g > 0 {
			continue
		}
		if c.names == nil {
			c.names = map[string]string{}
		}
		c.names[s.forms[i]] = code
		c.lastPerson = actor{code: code, name: c.text(i, i), entity: -1, recalled: true}
	}
}

// otherName says whether token i is in a name other than a person's that
// modifies the person the phrase ending at last names: in
// "Lufthansa chief executive Carsten Spohr" the firm is no name of the
// person coded, and "Lufthansa" alone later is not his office (nor
// "Deutsche Boerse" in "Deutsche Boerse bosses" the bosses'); in "US bank
// Wells Fargo" the name ends the phrase and is filed.
func (c *coder) otherName(i, last int) bool {
	toks := c.s.doc.Tokens[c.s.off:]
	if t := toks[i].NER; t == "" || t == "O" || strings.HasSuffix(t, "PERSON") {
		return false
	}
	end := i
	for end+1 <= last && strings.HasPrefix(toks[end+1].NER, "I-") {
		end++
	}
	if end >= last {
		return false
	}
	// The words after the name are a person (a name or a person noun:
	// "chief executive Carsten Spohr", "bosses"), not the name's own kind
	// ("the Kommersant newspaper").
	return strings.HasSuffix(toks[last].NER, "PERSON") || syntax.NounSense(c.s.lemmas[last]) == syntax.NounPerson
}

// inName says whether token i belongs to the name headed at u: u itself
// or a word joined to it by compound, flat or title relations only.
func (c *coder) inName(i, u int) bool {
	s := c.s
	for steps := 0; i >= 0 && steps < 8; steps++ {
		if i == u {
			return true
		}
		switch s.base[i] {
		case "compound", "flat", "amod":
		default:
			if s.rel[i] != "nmod:desc" {
				return false
			}
		}
		i = s.head[i]
	}
	return false
}

// recall codes a phrase by a name remembered earlier in the document: the
// last proper noun of the phrase decides.
func (c *coder) recall(toks []int) []actor {
	s := c.s
	if len(c.names) == 0 {
		return nil
	}
	for j := len(toks) - 1; j >= 0; j-- {
		i := toks[j]
		if s.upos[i] != "PROPN" {
			continue
		}
		if code, ok := c.names[s.forms[i]]; ok {
			a := actor{code: code, name: c.text(i, i), entity: -1, first: i, last: i, recalled: true}
			// The name is a mention of the person the entity stage
			// made ("Whitfield" of "Mayor Joan Whitfield", who has a
			// role and no country): the event is his, not a bare name's.
			c.linkPerson(&a, i)
			c.lastPerson = a
			return []actor{a}
		}
		return nil
	}
	return nil
}

// unitSkip lists the relations whose subtrees are not part of a noun
// phrase's own words: clauses, appositions and punctuation. Conjuncts are
// handled by the caller (each is a unit of its own at the top level).
func unitSkip(rel string) bool {
	switch rel {
	case "acl:relcl", "parataxis", "advcl", "appos", "punct", "cc", "dep", "discourse", "vocative", "list", "dislocated", "reparandum":
		return true
	}
	return false
}

// codeNP returns the actors named by the noun phrase headed at h. A
// coordinated phrase ("Mordor, Rohan and Bree") gives one actor per
// conjunct; role nouns are composed with the country or group they belong
// to ("Gondor's prime minister" → GON+GOV, "lawmakers in Fornost and
// Gondor" → FORLEG, GONLEG). A conjunct with only a role takes the
// countries of its sister conjuncts ("Danish media and government").
// Entities with actor codes from an earlier stage are used first.
func (c *coder) codeNP(h int, out []actor) []actor {
	if h < 0 {
		return out
	}
	s := c.s
	units := c.units[:0]
	units = append(units, h)
	for i := 0; i < len(units); i++ {
		for _, k := range s.kids[units[i]] {
			if s.rel[k] == "conj" && s.isNominal(k) {
				units = append(units, k)
			}
		}
	}
	c.units = units
	type result struct {
		acts   []actor // actors found, before agents are applied
		agents []*petrarch.Agent
		aname  string
		f, l   int
		u      int // the unit head
		nf     int // the first token of the phrase that names the actor
	}
	// Most phrases are one or two conjuncts: their results stay on the
	// stack (a heap slice here was a third of the stage's allocations).
	var resBuf [4]result
	res := resBuf[:0]
	// The actors of all conjuncts, lent to a role-only one; on the
	// stack for the usual few (on the heap it was an eighth of the
	// stage's allocations).
	var sharedBuf [4]actor
	shared := sharedBuf[:0]
	for _, u := range units {
		toks := c.unitTokens(u, units, false)
		r := result{f: u, l: u, u: u}
		if len(toks) > 0 {
			r.f, r.l = toks[0], toks[len(toks)-1]
		}
		r.nf = r.f
		r.acts, r.agents, r.aname = c.scanUnit(toks, u)
		if len(r.acts) == 0 {
			r.acts = c.recall(toks)
		}
		if len(r.acts) == 0 && len(r.agents) == 0 {
			// "the roads leading into Mordor": only when the phrase
			// names no one itself, look into its participle clauses.
			r.acts, r.agents, r.aname = c.scanUnit(c.unitTokens(u, units, true), u)
		}
		if len(r.acts) == 0 && len(r.agents) == 0 {
			// "criticised neighbour Pakistan": an apposition names whom a
			// common noun means.
			for _, k := range s.kids[u] {
				if s.rel[k] == "appos" && s.isNominal(k) {
					toks := c.unitTokens(k, units, false)
					if r.acts, r.agents, r.aname = c.scanUnit(toks, k); len(r.acts) > 0 {
						// The apposition heads the phrase coded: the names
						// filed for the actor are its words, not the noun's
						// ("Friday, the Ruritanian parliament voted …",
						// parsed with the day as the subject, filed
						// "Friday" as the parliament's name, and a later
						// event was shown as Friday's). The evidence
						// spans both; the apposition alone names. A
						// person's name keeps the phrase: "Ana Ruiz, a
						// former minister" is shown as Ana Ruiz.
						if !strings.HasSuffix(s.doc.Tokens[s.off+u].NER, "PERSON") {
							r.u, r.nf = k, toks[0]
							r.f, r.l = min(r.f, toks[0]), max(r.l, toks[len(toks)-1])
						}
						break
					}
				}
			}
		}
		if len(r.acts) > 0 {
			shared = append(shared, r.acts...)
		}
		res = append(res, r)
	}
	for _, r := range res {
		acts := r.acts
		roleOnly := false
		if len(acts) == 0 {
			if len(r.agents) == 0 {
				continue
			}
			if len(shared) > 0 {
				acts = shared
			} else if a, ok := c.nameAfterTitle(r.f, r.l); ok {
				acts = []actor{a}
			} else {
				acts, roleOnly = []actor{{code: "---", entity: -1, first: r.f, last: r.l}}, true
			}
		}
		for _, a := range acts {
			modifier, own := r.u < a.first || r.u > a.last, a.code
			if c.asSource && modifier && len(r.agents) == 0 && c.product(a, r.u) {
				continue // "Sony's new console", "the Microsoft phone": a thing the firm makes
			}
			if modifier && len(r.agents) == 0 && c.placeOfThing(a, r.u) {
				continue // "two copies of the single in Edinburgh": where, not whom
			}
			if len(r.agents) == 0 && c.namesThing(a) {
				continue // "the US dollar", "the Kyoto protocol": a currency, a treaty
			}
			if len(r.agents) == 0 && a.entity < 0 && bareCountry(a.code) && c.inOrgName(a.first, a.last-a.first+1) {
				continue // "the London Stock Exchange" is no Britain; "Leeds University" stays GBREDU
			}
			switch {
			case a.entity < 0 && !a.recalled:
				a.code = compose(a.code, r.agents)
				c.remember(a.code, r.u, r.f, r.l)
				if roleOnly {
					c.linkPerson(&a, r.u)
				}
			case a.entity >= 0 && modifier:
				// An entity that only modifies the phrase's head ("the
				// U.S. government", "Russia's army") takes the head's role;
				// one that is the head (a person) has its own.
				a.code = c.modifierCode(a, r.agents)
			}
			if modifier && c.demonym(a) {
				a.name = c.headedName(a, r.u)
			} else if modifier && len(r.agents) > 0 && c.placeOfHead(a, r.u) {
				// "reporters in Addis Ababa" are reporters, not the city
				// that lends them its country.
				a.name = c.text(c.afterCase(r.nf, r.u), r.l)
			} else if modifier && a.entity >= 0 && a.code != own && c.s.doc.Entities[a.entity].Type == "PERSON" {
				// "Mr Smith's aides" is shown as such; a person whose
				// phrase is no compact one keeps his name and his code.
				if n := c.headedName(a, r.u); n != a.name {
					a.name = n
				} else {
					a.code = own
				}
			}
			if a.name == "" {
				a.name = r.aname
			}
			if r.f < a.first {
				a.first = r.f
			}
			if r.l > a.last {
				a.last = r.l
			}
			out = append(out, a)
		}
	}
	return out
}

// unitTokens returns the sorted tokens of the conjunct u: its subtree less
// clauses, appositions and the other top-level conjuncts.
func (c *coder) unitTokens(u int, units []int, withACL bool) []int {
	s := c.s
	toks := c.toks[:0]
	toks = append(toks, u)
	by := c.agentPhrase(u)
	var walk func(h int)
	walk = func(h int) {
		for _, k := range s.kids[h] {
			if by >= 0 && (h == u || h == by) && aimCase[s.caseOf(k)] {
				// "an attack by rebels on Abeche": who attacked is the
				// side; the place or people attacked are not.
				continue
			}
			// A time phrase says when, not who ("ties with X, several
			// years after Y's crowds burned its embassy").
			// The participle being coded is hung on its own subject
			// ("Officers fired tear gas at X", "fired" an acl of
			// "Officers"): its words are the event, not who did it.
			// "the ruling in court": a setting the object is taken to,
			// not a side.
			if unitSkip(s.rel[k]) || (!withACL && s.rel[k] == "acl") || k+1 == c.coding || slices.Contains(units, k) || c.timePhrase(k) || c.setting(k) ||
				(s.rel[k] == "conj" && !s.isNominal(k)) {
				continue
			}
			toks = append(toks, k)
			walk(k)
		}
	}
	walk(u)
	slices.Sort(toks)
	c.toks = toks
	return toks
}

// scanUnit finds the actor and agent phrases among a unit's tokens, left
// to right, longest match first. It returns the main actor phrase and the
// phrases coordinated with it, and every agent. The main phrase is the one
// holding the unit's head u ("Russian President Vladimir Putin" is Putin,
// not "Russian"), else the first.
func (c *coder) scanUnit(toks []int, u int) (acts []actor, agents []*petrarch.Agent, agentName string) {
	s := c.s
	in := func(i int) bool { _, ok := slices.BinarySearch(toks, i); return ok }
	var fs [8]actorPhrase
	cands := fs[:0]
	for j := 0; j < len(toks); j++ {
		i := toks[j]
		last := -1
		if c.ents != nil {
			if e := c.ents[s.off+i]; e >= 0 && c.s.doc.Entities[e].Actor != "" {
				last = i
				for last+1 < len(s.forms) && in(last+1) && c.ents[s.off+last+1] == e {
					last++
				}
				cands = append(cands, actorPhrase{first: i, last: last, hd: c.phraseHead(i, last), ent: e})
			}
		}
		if last < 0 {
			if a, n := c.lx.actors.matchAt(c.lx, s, s.actorAt, i); n > 0 && allIn(in, i, n) && !c.coversEntity(i, n) && !c.cutsEntity(i, n) && !c.pronounName(i, n) {
				last = i + n - 1
				cands = append(cands, actorPhrase{first: i, last: last, hd: c.phraseHead(i, last), ent: -1, act: a})
			} else if g, n := c.lx.agents.matchAt(c.lx, s, s.agentAt, i); n > 0 && allIn(in, i, n) && !c.insolvency(i, n) && !c.thingModifier(i, n, u) {
				last = i + n - 1
				if !slices.Contains(agents, g) {
					agents = append(agents, g)
				}
				if agentName == "" {
					agentName = c.text(i, last)
				}
			}
		}
		for last >= 0 && j+1 < len(toks) && toks[j+1] <= last {
			j++
		}
	}
	if len(cands) == 0 {
		return nil, agents, agentName
	}
	// A phrase of the same name that says more about the first actor wins
	// over it ("Russian President Vladimir Putin": RUSGOV over RUS, also
	// when the parser made "Russian" the head); otherwise the first stands
	// ("Ithilen's minister Calimehtar" is Ithilen's minister).
	main := 0
	for k, f := range cands[1:] {
		m := cands[main]
		if !c.inName(m.hd, f.hd) && !c.inName(f.hd, m.hd) {
			continue // another phrase ("the roads into Mordor along Cirith Ungol")
		}
		if hc, fc := c.candCode(f), c.candCode(m); len(hc) > len(fc) && strings.HasPrefix(hc, fc) {
			main = k + 1
		}
	}
	for k, f := range cands {
		if k != main && !c.coordinated(cands[main].hd, f.hd) {
			continue
		}
		if f.ent >= 0 {
			ent := &c.s.doc.Entities[f.ent]
			acts = append(acts, actor{code: c.entityCode(f.ent), name: ent.Name, entity: f.ent, first: f.first, last: f.last})
			continue
		}
		for _, code := range f.act.CodesOn(c.date) {
			acts = append(acts, actor{code: c.stateFix(code), name: c.text(f.first, f.last), entity: -1, first: f.first, last: f.last})
		}
	}
	return acts, agents, agentName
}

// actorPhrase is an actor phrase found in a unit: an entity with an actor
// code (ent ≥ 0) or a dictionary actor; hd is its phrase head.
type actorPhrase struct {
	first, last, hd, ent int
	act                  *petrarch.Actor
}

// candCode is the first code of an actor phrase found by scanUnit.
func (c *coder) candCode(f actorPhrase) string {
	if f.ent >= 0 {
		return c.entityCode(f.ent)
	}
	if codes := f.act.CodesOn(c.date); len(codes) > 0 {
		return codes[0]
	}
	return ""
}

func allIn(in func(int) bool, i, n int) bool {
	for k := i; k < i+n; k++ {
		if !in(k) {
			return false
		}
	}
	return true
}

// phraseHead is the token of [first,last] whose head lies outside it.
func (c *coder) phraseHead(first, last int) int {
	for i := first; i <= last; i++ {
		if h := c.s.head[i]; h < first || h > last {
			return i
		}
	}
	return last
}

// coordinated says whether two phrase heads are conjuncts of each other
// (UD attaches every conjunct to the first).
func (c *coder) coordinated(a, b int) bool {
	s := c.s
	return (s.rel[b] == "conj" && s.head[b] == a) || (s.rel[a] == "conj" && s.head[a] == b) ||
		(s.rel[a] == "conj" && s.rel[b] == "conj" && s.head[a] == s.head[b])
}

// compose applies agents to an actor code: prefix agents before it
// (NGO~ + ARN → NGOARN), the others after (ARN + ~GOV → ARNGOV), leaving
// out a role the code already carries (USAGOV + ~GOV stays USAGOV); an
// elite's ELI gives way to the office (USAELI + ~GOV is USAGOV).
func compose(code string, agents []*petrarch.Agent) string {
	if len(agents) == 0 {
		return code
	}
	var pre, post strings.Builder
	for _, g := range agents {
		if hasRole(code, g.Code) {
			continue
		}
		if g.Prefix {
			pre.WriteString(g.Code)
		} else if !strings.Contains(post.String(), g.Code) {
			post.WriteString(g.Code)
		}
	}
	if post.Len() > 0 && len(code) == 6 && code[3:] == "ELI" {
		// An elite given an office ("President Bush" with Bush an
		// elite in the dictionary's default) holds the office: USAGOV,
		// not USAELIGOV.
		code = code[:3]
	}
	if code == "---" && pre.Len() > 0 {
		if post.Len() == 0 {
			return pre.String()
		}
		return pre.String() + post.String()
	}
	return pre.String() + code + post.String()
}

// hasRole says whether code already holds role at a three-letter
// boundary after its first segment.
func hasRole(code, role string) bool {
	for i := 3; i+len(role) <= len(code); i += 3 {
		if code[i:i+len(role)] == role {
			return true
		}
	}
	return false
}

// text is the document text of local tokens first … last.
func (c *coder) text(first, last int) string {
	a, b := c.s.span(first), c.s.span(last)
	return c.s.doc.Text[a.Start:b.End]
}

// thingModifier reports whether the agent word at i (n words) is an
// adjective on a unit head that WordNet reads as a thing, not people
// ("facing criminal charges", "took military action"): it says what kind
// of thing the head is, and the phrase is no actor. On a head that names people or a body
// ("military officials") it is their role, as before.
func (c *coder) thingModifier(i, n, u int) bool {
	s := c.s
	if n != 1 || i == u || s.upos[i] != "ADJ" || s.rel[i] != "amod" || s.head[i] != u {
		return false
	}
	switch syntax.NounSense(s.forms[u]) {
	case -1, syntax.NounTops, syntax.NounPerson, syntax.NounGroup, syntax.NounAnimal:
		return false // unknown, or people ("Christian groups", "group" a unique beginner)
	}
	if _, m := c.lx.agents.matchAt(c.lx, s, s.agentAt, u); m > 0 {
		return false
	}
	if _, m := c.lx.actors.matchAt(c.lx, s, s.actorAt, u); m > 0 {
		return false
	}
	return c.ents == nil || c.ents[s.off+u] < 0
}

// product says whether the phrase headed by u names a thing an
// organisation makes or runs, not the organisation (built-in mode; asked
// of sources only: a thing does not act, but seizing or damaging a
// firm's tanker is done to the firm): a
// company or media actor a that only modifies a head WordNet reads as an
// artefact ("Sony's new console goes on sale", "the Microsoft phone
// copies the design of Motorola's handset"). A country's or an armed
// group's artefacts are its forces ("Russian missiles hit …") and stay.
func (c *coder) product(a actor, u int) bool {
	s := c.s
	if c.lx.petrarch || s.upos[u] != "NOUN" || !orgCode(a.code) {
		return false
	}
	if _, m := c.lx.agents.matchAt(c.lx, s, s.agentAt, u); m > 0 {
		return false // "the BBC correspondent"
	}
	return syntax.NounSense(s.forms[u]) == syntax.NounArtifact
}

// namesThing says whether the country or city a, which only modifies a
// noun (compound or adjective), names a thing rather than a side (built-in mode): a currency
// ("a ban on transactions in US dollars", "holdings of the Australian
// dollar") or, for a city, an agreement or programme named after where it
// was made ("Bush's refusal to sign the Kyoto protocol", "the Lisbon
// agenda"). A country before an agreement may be its party ("the Iran
// deal") and stays.
func (c *coder) namesThing(a actor) bool {
	s := c.s
	if c.lx.petrarch || !bareCountry(a.code) || a.first < 0 || a.last >= len(s.forms) {
		return false
	}
	h := c.phraseHead(a.first, a.last)
	if h < 0 || (s.rel[h] != "compound" && s.rel[h] != "amod") || s.head[h] < 0 {
		return false
	}
	l := s.lemmas[s.head[h]]
	return currencyNouns[l] || (namedAgreements[l] && isCity(a.name))
}

var (
	currencyNouns = map[string]bool{"DOLLAR": true, "EURO": true, "POUND": true, "STERLING": true, "YEN": true,
		"YUAN": true, "RENMINBI": true, "PESO": true, "RUPEE": true, "FRANC": true, "KRONA": true, "KRONE": true,
		"ROUBLE": true, "RUBLE": true, "REAL": true, "RAND": true, "WON": true, "LIRA": true, "CURRENCY": true}
	namedAgreements = map[string]bool{"PROTOCOL": true, "TREATY": true, "ACCORD": true, "AGREEMENT": true,
		"CONVENTION": true, "DECLARATION": true, "AGENDA": true, "ROUND": true, "PROCESS": true, "CRITERIA": true}
)

// orgCode says whether an actor code is a company's or the media's:
// multinationals (MNC…) and business or media roles with no state role.
func orgCode(code string) bool {
	if strings.HasPrefix(code, "MNC") {
		return true
	}
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "UAF", "INS":
			return false
		}
	}
	return strings.Contains(code, "BUS") || strings.Contains(code, "MED")
}

// inOrgName says whether the dictionary actor phrase of n tokens at i is
// a word inside the name of an organisation the entity stage found and
// could not code: "the London Stock Exchange", "The Beijing News", "Air
// New Zealand" are an exchange, a paper and an airline, not Britain,
// China or New Zealand. codeNP drops such a place when no agent word
// gives the organisation a role: it would be coded as the bare country.
// With one ("Leeds University" GBREDU) the country is the organisation's.
func (c *coder) inOrgName(i, n int) bool {
	s := c.s
	if c.orgs == nil {
		return false
	}
	e := c.orgs[s.off+i]
	if e < 0 {
		return false
	}
	for k := i + 1; k < i+n; k++ {
		if c.orgs[s.off+k] != e {
			return false
		}
	}
	return (i > 0 && c.orgs[s.off+i-1] == e) || (i+n < len(s.forms) && c.orgs[s.off+i+n] == e)
}
