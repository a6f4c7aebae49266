package entity

import (
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// extraAgents are role words the gazetteer's CAMEO agents lack that news
// uses as titles and heads of descriptions.
var extraAgents = map[string]agentWord{
	"leader": {"Leader", "GOV"}, "leaders": {"Leader", "GOV"},
	"secretary-general": {"Secretary-General", "GOV"}, "head of state": {"Head of State", "GOV"},
	"counterpart": {"Counterpart", ""}, "counterparts": {"Counterpart", ""},
	// Jobs in firms, clubs and charities written before a name in lower
	// case ("finance director Ana Ruiz", "Rovers manager Tom Vik"), which
	// the CAMEO agent list lacks; no agent code, so no actor changes.
	"director": {"Director", ""}, "manager": {"Manager", ""}, "coach": {"Coach", ""},
	"chairman": {"Chairman", ""}, "chairwoman": {"Chairwoman", ""}, "treasurer": {"Treasurer", ""},
	"striker": {"Striker", ""}, "defender": {"Defender", ""}, "midfielder": {"Midfielder", ""},
	"goalkeeper": {"Goalkeeper", ""}, "winger": {"Winger", ""}, "substitute": {"Substitute", ""},
	"referee": {"Referee", ""},
	// Positions and caps in team sports, written before a name or heading
	// a description of a player ("Ruritania fly-half Tom Vik", "the former
	// Ruritania international"): a player, not the country or club.
	"skipper": {"Skipper", ""}, "keeper": {"Keeper", ""}, "forward": {"Forward", ""},
	"fly-half": {"Fly-Half", ""}, "scrum-half": {"Scrum-Half", ""}, "hooker": {"Hooker", ""},
	"flanker": {"Flanker", ""}, "prop": {"Prop", ""}, "full-back": {"Full-Back", ""},
	"centre-back": {"Centre-Back", ""}, "wing-back": {"Wing-Back", ""}, "international": {"International", ""},
	"batsman": {"Batsman", ""}, "bowler": {"Bowler", ""}, "team-mate": {"Team-Mate", ""},
	// Members of a house named by their party ("Labour peer Lord Vik",
	// "Tory backbencher Ana Ruiz"): the member speaks, not the party.
	"peer": {"Peer", ""}, "backbencher": {"Backbencher", ""}, "frontbencher": {"Frontbencher", ""},
	// Jobs whose holders news quotes on markets and research ("Harwood
	// analyst Tom Price said").
	"analyst": {"Analyst", ""}, "strategist": {"Strategist", ""},
	"consultant": {"Consultant", ""}, "researcher": {"Researcher", ""},
	// Heads of longer titles ("chief operating officer", "finance chief").
	"officer": {"Officer", ""}, "chief": {"Chief", ""},
}

type agentWord struct{ role, code string }

// agentAt returns the role word or title that ends just before token end
// in sentence si, with the token where it starts.
func (r *resolver) agentAt(si, end int) (agentWord, int, bool) {
	for _, m := range r.matchEndingAt(si, end) {
		if m.Kind == gazetteer.KindAgent {
			name := m.Name
			if !m.Flags.Has(gazetteer.FlagPlural) { // "actors" is an Actor's role
				name = r.asWritten(name, m.Start, end)
			}
			return agentWord{name, m.Code}, m.Start, true
		}
	}
	if end > 0 {
		if a, ok := extraAgents[r.folded(end-1)]; ok {
			return a, end - 1, true
		}
		if a, ok := r.prefixedAgent(end - 1); ok {
			return a, end - 1, true
		}
	}
	return agentWord{}, 0, false
}

// nationAt returns the country, region or organisation phrase ending just
// before token end ("Ukrainian", "US", "Russia's", "NATO"), as its code
// and ISO country, with the token where it starts.
func (r *resolver) nationAt(si, end int) (code, country string, start int, ok bool) {
	if end > 0 && (r.words[end-1] == "'s" || r.words[end-1] == "’s") {
		end--
	}
	for _, m := range r.matchEndingAt(si, end) {
		switch m.Kind {
		case gazetteer.KindDemonym, gazetteer.KindCountry, gazetteer.KindOrg:
			if m.Flags.Has(gazetteer.FlagPlural) {
				continue
			}
			return m.Code, m.Country, m.Start, true
		}
	}
	return "", "", 0, false
}

// titles reads titles and nationality before each person's name and
// appositions after it.
func (r *resolver) titles() {
	for _, e := range r.ents {
		if e.typ != "PERSON" {
			continue
		}
		for _, mi := range append([]int(nil), e.mentions...) {
			m := r.d.Mentions[mi]
			first, end, ok := r.tokenRange(m.Span)
			if !ok || r.sentOf[first] < 0 {
				continue
			}
			si := r.sentOf[first]
			r.titleBefore(e, si, r.nameProper(si, first, end), mi)
			r.apposition(e, si, end)
		}
	}
}

// titleBefore: "Ukrainian President Volodymyr Zelensky", "former Foreign
// Minister X", "Russia's President X". first is where the name proper
// starts; a title may lie inside the person's own mention mi.
func (r *resolver) titleBefore(e *ent, si, first, mi int) {
	j := first
	s := r.d.Sentences[si]
	var roles []agentWord // nearest the name first
	for k := 0; k < 3 && j > s.FirstToken; k++ {
		a, start, ok := r.agentAt(si, j)
		if !ok || r.named[start] >= 0 && r.named[start] != mi {
			break
		}
		if n := len(roles); n > 0 && (rankPrefixes[strings.ToLower(a.role)] || startsUpper(r.words[start]) == startsUpper(r.words[j])) {
			// "Deputy Foreign Minister" is one role, a minister's:
			// not a deputy (a police rank) and a minister; so are
			// "General Secretary" and "chief economist", each word
			// a role of its own in the word lists.
			roles[n-1].role = a.role + " " + roles[n-1].role
		} else {
			roles = append(roles, a)
		}
		j = start
	}
	if n := len(roles); n > 0 {
		k := r.titleStart(si, j, s.FirstToken, mi)
		roles[n-1] = r.wholeTitle(roles[n-1], k, j)
		j = k
	}
	if n := len(roles); n > 0 {
		if a, ok := r.andTitleBefore(si, j, mi); ok {
			roles = append(roles, a)
		}
	}
	for _, a := range roles {
		r.addRole(e, a)
	}
	found := len(roles) > 0
	if found {
		// The word right before the name may be a source the name joins
		// ("Party spokesman Tom Hale denied"); the words before it not.
		r.markTitle(j, first-1)
	}
	if j > s.FirstToken && strings.EqualFold(r.words[j-1], "former") {
		e.former = true
		j--
	}
	code, country, start, ok := r.nationAt(si, j)
	if ok && start > s.FirstToken && strings.EqualFold(r.words[start-1], "former") {
		e.former = true // "Former German Chancellor X"
	}
	if ok && (found || j == first) {
		if e.titleCode == "" {
			e.titleCode = code
			if country != "" {
				e.country = country
			}
		}
	}
}

// andTitleBefore returns a second title joined by "and" to the one that
// starts at token j before a person's name: "chairman" in "chairman and
// chief executive Ana Ruiz", written as the first is (both lower case or
// both capitalised).
func (r *resolver) andTitleBefore(si, j, mi int) (agentWord, bool) {
	s := r.d.Sentences[si]
	if j-2 < s.FirstToken || !strings.EqualFold(r.words[j-1], "and") || startsUpper(r.words[j-2]) != startsUpper(r.words[j]) ||
		strings.HasSuffix(r.d.Tokens[j-2].XPOS, "S") { // "union members and party leader X"
		return agentWord{}, false
	}
	a, start, ok := r.agentAt(si, j-1)
	if !ok || r.named[start] >= 0 && r.named[start] != mi {
		return agentWord{}, false
	}
	return r.wholeTitle(a, r.titleStart(si, start, s.FirstToken, mi), start), true
}

// rankPrefixes make one role of the title after them.
var rankPrefixes = map[string]bool{"deputy": true, "detective": true, "vice": true, "assistant": true, "acting": true,
	"interim": true, "associate": true, "junior": true, "shadow": true}

// nameProper returns where the name starts inside a person's mention on
// tokens [first, end) that opens with a title the tagger took in
// ("Mayor Leon Brandt"); first when it opens with none. The title must
// open the mention and be no given name ("Christian Slater", "Dean
// Martin"), and a name of one word after it only a known title's
// ("Judge Okafor"; "Rebel Billionaire", "Mother Nature" are no titled
// names).
func (r *resolver) nameProper(si, first, end int) int {
	given, err := givenNames()
	if err != nil {
		return first
	}
	if _, ok := given[r.folded(first)]; ok {
		return first
	}
	for j := end - 2; j > first; j-- {
		for _, m := range r.matchEndingAt(si, j) {
			if m.Kind == gazetteer.KindAgent && m.Start == first && !m.Flags.Has(gazetteer.FlagPlural) {
				return j
			}
		}
	}
	if end-first == 2 && leadTitle(r.folded(first)) {
		return first + 1
	}
	return first
}

func (r *resolver) addRole(e *ent, a agentWord) {
	if a.role == "" {
		return
	}
	for i, x := range e.roles {
		switch {
		case strings.EqualFold(x, a.role) || fullerTitle(x, a.role):
			return
		case fullerTitle(a.role, x):
			e.roles[i] = a.role
			return
		}
	}
	e.roles = append(e.roles, a.role)
	if e.agent == "" && a.code != "" {
		e.agent = a.code
	}
}

// appositionStop ends an apposition; appositionVerbs rule one out (a
// clause, not a description).
var (
	appositionStop  = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "(": true, "\"": true, "“": true, "”": true, "—": true, "–": true}
	appositionVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "is": true, "was": true,
		"are": true, "were": true, "has": true, "had": true, "will": true, "would": true, "who": true, "which": true,
		"and": true, "but": true, "said.": true, "that": true}
	determiners = map[string]bool{"the": true, "a": true, "an": true}
	// descriptionEnds end the head of a description: "analyst with X",
	// "head of Y", "economist at Z".
	descriptionEnds = map[string]bool{"of": true, "for": true, "at": true, "in": true, "with": true, "from": true,
		"by": true, "on": true}
)

// finiteVerb reports whether a Penn tag is a finite verb or a modal: a
// phrase after a comma that has one is a clause ("toward Ruiz, a new poll
// shows."), not a description of the name; a participle may describe
// ("Lee, a lawyer based in Dayton,"). Untagged text has no such verb.
func finiteVerb(xpos string) bool {
	switch xpos {
	case "VBZ", "VBD", "VBP", "MD":
		return true
	}
	return false
}

// apposition: "Chris Matthews, the MSNBC host," or "X, president of Y,".
func (r *resolver) apposition(e *ent, si, end int) {
	s := r.d.Sentences[si]
	if end >= s.EndToken-1 || r.words[end] != "," {
		return
	}
	a := end + 1
	b := a
	for b < s.EndToken && b-a < 10 && !appositionStop[r.words[b]] {
		if appositionVerbs[strings.ToLower(r.words[b])] || finiteVerb(r.d.Tokens[b].XPOS) {
			return
		}
		b++
	}
	if b == a || b-a >= 10 || (b < s.EndToken && r.words[b] != "," && r.words[b] != "." && r.words[b] != ")") {
		return
	}
	w0 := strings.ToLower(r.words[a])
	if w0 == "of" || w0 == "from" {
		return // "Sam Obi, of the University of Edinburgh,": where he works, no role
	}
	// The description starts with a determiner, a title or a nation.
	var roles []agentWord
	var spans [][2]int // tokens of each role's title, to drop one inside another
	addTitle := func(w agentWord, start, end int) {
		first := r.titleStart(si, start, a, -1)
		for k, sp := range spans {
			switch {
			case sp[0] <= first && end <= sp[1]:
				return // "Deputy" in "deputy chief economist"
			case first <= sp[0] && sp[1] <= end:
				roles[k], spans[k] = r.wholeTitle(w, first, start), [2]int{first, end}
				return
			}
		}
		roles, spans = append(roles, r.wholeTitle(w, first, start)), append(spans, [2]int{first, end})
	}
	country, code := "", ""
	for i := a; i < b; i++ {
		if r.named[i] >= 0 && r.d.Mentions[r.named[i]].Type == "PERSON" {
			return // another person: a list, not a description
		}
	}
	for _, m := range r.matches(si) {
		if m.Start < a || m.End > b {
			continue
		}
		switch m.Kind {
		case gazetteer.KindAgent:
			if n := r.named[m.Start]; n >= 0 && coarse(r.d.Mentions[n].Type) != "PER" && r.named[m.End] == n {
				// "University" in "a lecturer at the University of
				// Leeds": a word inside a body's name, not a title
				// ("NUJ General Secretary", a title the name ends in,
				// stays).
				continue
			}
			addTitle(agentWord{m.Name, m.Code}, m.Start, m.End)
		case gazetteer.KindDemonym, gazetteer.KindCountry:
			if code == "" {
				code, country = m.Code, m.Country
			}
		}
	}
	head, h := "", -1
	for i := a; i < b; i++ {
		if w := strings.ToLower(r.words[i]); descriptionEnds[w] || r.d.Tokens[i].XPOS == "IN" {
			break
		} else if isLowerWord(r.words[i]) {
			head, h = r.words[i], i
		}
	}
	if x := r.d.Tokens[max(h, 0)].XPOS; h >= 0 && (strings.HasPrefix(x, "VB") || x == "RB" || x == "DT") {
		head = "" // "a track written": a verb, no role
	}
	a2, ok := extraAgents[strings.ToLower(head)]
	if !ok && strings.EqualFold(head, "head") {
		// "X, head of ice core research,": a role in a description only;
		// as a source word "head" would take a quote from the name.
		a2, ok = agentWord{"Head", ""}, true
	}
	if ok {
		addTitle(a2, h, h+1)
	}
	if !determiners[w0] && len(roles) == 0 && code == "" {
		return
	}
	if len(roles) == 0 && head != "" && determiners[w0] {
		addTitle(agentWord{titleCase(head), ""}, h, h+1) // "the project's coordinator"
	}
	if len(roles) == 0 {
		return
	}
	atFirm := r.firmInPhrase(a, b)
	for _, x := range roles {
		if atFirm && x.code == "GOV" && firmTitles[lastWord(strings.ToLower(x.role))] {
			x.code = "BUS" // "chief executive of US firm Acme": a firm's, not a government's
		}
		r.addRole(e, x)
	}
	if code != "" && e.titleCode == "" {
		e.titleCode = code
		if country != "" {
			e.country = country
		}
	}
	ei := r.entIndex(e)
	r.addMention(text.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}, text.MentionNominal, e.typ, ei)
}

func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

func (r *resolver) entIndex(e *ent) int {
	for i, x := range r.ents {
		if x == e {
			return i
		}
	}
	return -1
}

// settle fixes the entity's actor code and country:
//   - a person with a title and a nation in the text: nation + agent code
//     (UKR + GOV; a former office holder is an elite, ELI), or the
//     organisation's code for an IGO title;
//   - else a person the gazetteer knows: their code on the publication
//     date (Person.CodeAt), and their country;
//   - else a nation alone; places, organisations and nationalities keep
//     their gazetteer code; an organisation with none, the code of its
//     description ("Italian airline Alitalia": ITABUS, descriptorCode);
//   - groups: their nation's code plus the agent code of the head word.
func (r *resolver) settle(e *ent) {
	if e.typ == "PERSON" && e.person != nil {
		e.person = r.namesake(e.person)
	}
	switch {
	case e.typ == "PERSON" && e.titleCode != "" && !r.personKnowsMore(e):
		c := e.titleCode
		if isNationCode(c) {
			switch {
			case e.former:
				c += "ELI"
			case e.agent != "":
				c += e.agent
			}
		}
		e.code = c
		if e.country == "" && e.person != nil {
			e.country = e.person.Country
		}
	case e.typ == "PERSON" && e.person != nil:
		if r.d.Published.IsZero() {
			e.code = e.person.Latest()
		} else {
			e.code = e.person.CodeAt(r.d.Published)
		}
		if e.country == "" {
			e.country = e.person.Country
		}
	case e.typ == "PERSON":
		e.code = ""
	case e.typ == "ORG" && e.code == "":
		if c, cty := r.descriptorCode(e); c != "" {
			e.code, e.country = c, cty
		}
	}
	if e.country == "" && e.code != "" && len(e.code) >= 3 {
		if c, ok := r.g.CountryByCode(e.code[:3]); ok {
			e.country = c.Alpha3
		}
	}
}

// personKnowsMore: a title with no agent ("Bank of Japan chief") gives a
// known person only the nation his dated code already starts with; that
// code says more (JPNGOVBUS, not JPN).
func (r *resolver) personKnowsMore(e *ent) bool {
	if e.agent != "" || e.former || e.person == nil || !isNationCode(e.titleCode) {
		return false
	}
	return strings.HasPrefix(e.person.Latest(), e.titleCode) && len(e.person.Latest()) > len(e.titleCode)
}

// isNationCode: a three-letter country or region code ("UKR", "EUR"),
// to which an agent code is appended.
func isNationCode(c string) bool { return len(c) == 3 }
