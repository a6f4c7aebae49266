package event

import (
	"strings"

	"dateline/event/petrarch"
	"dateline/gazetteer"
	"dateline/text"
)

// This file settles the code a person's events carry in one article. The
// entity stage codes a known person from a dated dictionary (Joe Biden is
// USAGOV in his terms, USAELI outside them), which is wrong when the
// article's date is missing or off and the text calls him "President".
// The words the article uses for the person, kept in Entity.Roles, say
// what he is in this story: a title there beats the dictionary's code,
// and every event of the person carries the same code.

// entityCode is the code of entity e's events in this document: the
// entity's own code, unless its first title in the article that names an
// agent says otherwise (see titledCode). It is worked out once per
// document.
func (c *coder) entityCode(e int) string {
	if code, ok := c.entCodes[e]; ok {
		return code
	}
	code := c.stateFix(c.titledCode(&c.s.doc.Entities[e]))
	if c.entCodes == nil {
		c.entCodes = map[int]string{}
	}
	c.entCodes[e] = code
	return code
}

// titledCode is a person's code as the article's titles for him make it.
// A title counts where it stands right before one of his name mentions
// ("President Joe Biden", "the former Finnish prime minister Aino Virta"); a
// role said of him elsewhere ("X, secretary general of Y") does not. The
// first role of the entity so written that names an agent ("President"
// ~GOV, "Senator" ~LEG) decides. A code that already holds that agent
// stands ("Industry Secretary" for a GBRGOVBUS minister); otherwise the
// country takes the title's agent (USAELI + "President" → USAGOV). A title
// that is only ever written as past ("former President", "ex-minister")
// makes a code holding its agent an elite's (USAGOV → USAELI). Codes of
// groups and organisations, and codes with no country, are left alone.
func (c *coder) titledCode(ent *text.Entity) string {
	code := ent.Actor
	if ent.Type != "PERSON" || len(code) < 3 || !nationCode(code[:3]) {
		return code
	}
	for _, role := range ent.Roles {
		words, past := titleWords(role)
		if len(words) == 0 {
			continue
		}
		agent := c.agentOf(words)
		if agent == "" {
			continue
		}
		seen, current := c.titleBefore(ent, role)
		current = current && !past
		switch {
		case !seen:
			continue
		case !current && hasRole(code, agent):
			return code[:3] + "ELI"
		case !current || hasRole(code, agent):
			return code
		}
		return code[:3] + agent
	}
	return code
}

// titleBefore says whether role is written right before one of ent's name
// mentions, or before it and a comma ("the new President, Viktor Levko"),
// (seen), and whether once so without a word that makes it past
// among the three words before it (current): "former US president Bill
// Clinton" is seen, not current.
func (c *coder) titleBefore(ent *text.Entity, role string) (seen, current bool) {
	d := c.s.doc
	lrole := strings.ToLower(role)
	for _, mi := range ent.Mentions {
		if mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Kind != text.MentionName {
			continue
		}
		m := d.Mentions[mi]
		lo := max(0, m.Start-120)
		if m.Start > len(d.Text) {
			continue
		}
		before := strings.TrimRight(strings.ToLower(d.Text[lo:m.Start]), " ,")
		if !strings.HasSuffix(before, lrole) {
			continue
		}
		seen = true
		if !pastTitle(before[:len(before)-len(lrole)]) {
			current = true
		}
	}
	return seen, current
}

// pastTitle says whether the words before a title make it a past one:
// "former", "ex-" (joined to the title: "ex-president"), "late", "then",
// "previous", "outgoing" among the last three words, not across
// punctuation or a line break ("quits, warns ex-adviser" in a headline is not about
// the "Chancellor" opening the next paragraph).
func pastTitle(before string) bool {
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:] // a headline or paragraph before is another sentence
	}
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := ws[k]
		switch strings.TrimRight(w, "-") {
		case "former", "ex", "late", "then", "previous", "outgoing":
			return true
		}
		if strings.ContainsAny(w, ",.;:()\"") {
			return false
		}
	}
	return false
}

// nationCode says whether a code's first segment is a country's or a
// region's, not an IGO, NGO or company prefix or the unknown "---".
func nationCode(p string) bool {
	switch p {
	case "IGO", "NGO", "MNC", "---", "UAF", "IMG":
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < 'A' || p[i] > 'Z' {
			return false
		}
	}
	return true
}

// titleWords splits a role as written ("Former President", "ex-Prime
// Minister") into upper-case words less the words that say the role is
// past, and reports whether one did.
func titleWords(role string) (words []string, former bool) {
	for _, w := range strings.Fields(strings.ToUpper(role)) {
		switch {
		case w == "FORMER" || w == "EX" || w == "LATE" || w == "THEN":
			former = true
			continue
		case strings.HasPrefix(w, "EX-"):
			former = true
			w = w[3:]
		case strings.HasPrefix(w, "FORMER-"):
			former = true
			w = w[7:]
		}
		if w != "" {
			words = append(words, w)
		}
	}
	return words, former
}

// agentOf is the agent code of a title: the longest agent phrase that ends
// the title ("Foreign Minister", else "Minister"); "" when none does or
// the agent is a prefix one (NGO~).
func (c *coder) agentOf(words []string) string {
	for i := range words {
		g, n := c.lx.agents.match(words, words, i)
		if n == len(words)-i && g != nil && !g.Prefix {
			return strings.TrimPrefix(g.Code, "~")
		}
	}
	return ""
}

// modifierCode is the code of an entity that only modifies the head of
// its phrase, composed with the head's agents. A person lends the phrase
// his country, not his office: "Putin's army" is RUSMIL, "Trump's
// company" USABUS, not USAGOVBUS (which the article never says of him).
// Other entities lend their whole code ("the U.S. government": USA + GOV),
// and so does a person the parse hung on a title without a possessive
// ("Industry Secretary Patricia Hewitt" with the title as the head).
func (c *coder) modifierCode(a actor, agents []*petrarch.Agent) string {
	code := a.code
	if len(agents) > 0 && c.s.doc.Entities[a.entity].Type == "PERSON" && len(code) > 3 && nationCode(code[:3]) && c.possessive(a) {
		for _, g := range agents {
			if !g.Prefix {
				return compose(code[:3], agents)
			}
		}
	}
	return compose(code, agents)
}

// headedName is the name of an actor that only modifies the head u of its
// phrase, so a bare adjective ("Turkish") or a person standing for his
// staff is not shown as the actor: the words from the actor to the head
// ("Turkish officials", "Russian government", "Mr Smith's aides") when the
// head follows it in one compact noun phrase (every word's head inside it,
// no verb, preposition or punctuation between), else a demonym's country
// or region ("Turkey"), else the actor's own name.
func (c *coder) headedName(a actor, u int) string {
	if u > a.last && u-a.first <= 6 && c.compactNP(a.first, u) {
		return c.text(a.first, u)
	}
	if n := demonymPlace(a.name); n != "" {
		return n
	}
	return a.name
}

// compactNP says whether tokens first … u form one noun phrase headed at u.
func (c *coder) compactNP(first, u int) bool {
	s := c.s
	for i := first; i <= u; i++ {
		switch s.upos[i] {
		case "PUNCT", "VERB", "AUX", "ADP", "SCONJ", "PRON":
			return false
		}
		if h := s.head[i]; i != u && (h < first || h > u) {
			return false
		}
	}
	return true
}

// demonymPlace is the country or region a nationality word names
// ("Turkish" → "Turkey", "European" → "Europe"), "" when it is none.
func demonymPlace(word string) string {
	g, err := gazetteer.Load()
	if err != nil || g == nil {
		return ""
	}
	e, ok := g.Demonym(word)
	if !ok {
		return ""
	}
	if co, ok := g.CountryByCode(e.Code); ok {
		return co.Name
	}
	if r, ok := g.Region(e.Code); ok {
		return r.Name
	}
	return ""
}

// demonym says whether an actor is named by a nationality adjective
// ("Turkish", "Russian"): an entity the entity stage typed NORP, or a
// dictionary phrase of adjectives only.
func (c *coder) demonym(a actor) bool {
	if a.entity >= 0 {
		return c.s.doc.Entities[a.entity].Type == "NORP"
	}
	for i := a.first; i <= a.last; i++ {
		if c.s.upos[i] != "ADJ" {
			return false
		}
	}
	return a.last >= a.first
}

// possessive says whether the actor's phrase is a possessor: "Putin's",
// "his" (nmod:poss, or a possessive 's under it).
func (c *coder) possessive(a actor) bool {
	s := c.s
	hd := c.phraseHead(a.first, a.last)
	if s.rel[hd] == "nmod:poss" {
		return true
	}
	for _, k := range s.kids[hd] {
		if s.xpos[k] == "POS" {
			return true
		}
	}
	return false
}

// cutsEntity says whether the dictionary phrase of n tokens at i ends
// inside a coded entity that goes on after it ("THE US" in "The US State
// Department", whose entity is USAGOV): the entity is the longer name,
// and the phrase would hide it.
func (c *coder) cutsEntity(i, n int) bool {
	if c.ents == nil || i+n >= len(c.s.forms) {
		return false
	}
	e := c.ents[c.s.off+i+n-1]
	return e >= 0 && c.s.doc.Entities[e].Actor != "" && c.ents[c.s.off+i+n] == e
}

// coversEntity says whether the dictionary phrase of n tokens at i runs
// into a person the entity stage coded, after its first word ("President
// Barack Obama" over the entity "Barack Obama"): the entity is coded
// first, with the title before it read as its agent and by entityCode, so
// "former President Barack Obama" is not the dictionary's USAGOV.
func (c *coder) coversEntity(i, n int) bool {
	if c.ents == nil {
		return false
	}
	for k := i + 1; k < i+n; k++ {
		if e := c.ents[c.s.off+k]; e >= 0 && c.s.doc.Entities[e].Actor != "" && c.s.doc.Entities[e].Type == "PERSON" {
			return true
		}
	}
	return false
}

// stateFix recodes a code the article's name for a US state made a
// country's: in an article that reads "Georgia" as the US state
// ("Atlanta, Georgia", "Georgia Gov. …", gazetteer.USStateIn), GEO and
// GEOGOV are USA and USAGOV, as CAMEO codes a state's actors by their
// country. The reading is settled once per article. With a PETRARCH
// config the dictionaries' codes stand.
func (c *coder) stateFix(code string) string {
	if c.lx.petrarch || len(code) < 3 {
		return code
	}
	if !c.stateDone {
		c.stateDone = true
		doc := c.s.doc.Text
		for _, name := range gazetteer.USStateHomonyms() {
			if !strings.Contains(doc, name) {
				continue
			}
			g, err := gazetteer.Load()
			if err != nil {
				break
			}
			if co, ok := g.Country(name); ok && g.USStateIn(doc, name) {
				c.stateNat = co.CAMEO
				break
			}
		}
	}
	if c.stateNat != "" && code[:3] == c.stateNat {
		return "USA" + code[3:]
	}
	return code
}
