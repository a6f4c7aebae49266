package main

import (
	"sort"
	"strings"

	"dateline/gazetteer/fold"
)

// fictional country codes in PETRARCH's dictionaries, kept there for its
// test suite (Kinakuta, from a novel).
var fictional = map[string]bool{"KNT": true}

// countryLevel returns the code of a country-level group of the Countries
// file ("UKRAINE_ [UKR]", or "UKRAINE_ ... [UKR >911221]"): a code of three
// capital letters, dated or not (a person's codes are longer: UKRGOV).
func countryLevel(g actorGroup) (string, bool) {
	code := ""
	for _, c := range g.codes {
		if len(c.code) == 3 && strings.ToUpper(c.code) == c.code && c.code[0] >= 'A' {
			code = c.code // the last one: Ukraine is USRUKR, then UKRUNR, then UKR
		}
	}
	return code, code != ""
}

// deriveCAMEO finds where CAMEO's country code differs from ISO alpha-3: a
// world-countries country whose alpha-3 code PETRARCH never uses gets the
// code of the PETRARCH country block named after it (Kosovo: UNK → KSV). It also returns PETRARCH's country blocks by code, and the codes of
// blocks that match no present-day country (former states).
func deriveCAMEO(wc []wcCountry, groups []actorGroup) (map[string]string, map[string]actorGroup, []string) {
	blocks := map[string]actorGroup{}
	var order []string
	for _, g := range groups {
		if c, ok := countryLevel(g); ok && !fictional[c] {
			if _, dup := blocks[c]; !dup {
				order = append(order, c)
			}
			prev := blocks[c]
			prev.names = append(prev.names, g.names...)
			prev.codes = g.codes
			blocks[c] = prev
		}
	}
	cameoOf := map[string]string{}
	used := map[string]bool{}
	for _, c := range wc {
		if _, ok := blocks[c.CCA3]; ok {
			used[c.CCA3] = true
			continue
		}
		// Only a block's first phrase counts: territories are listed as
		// spellings inside their parent's block ("JERSEY" in the USA's).
		unhyphen := func(s string) string { return fold.Key(strings.NewReplacer("_", " ", "-", " ").Replace(s)) }
		want := map[string]bool{unhyphen(c.Name.Common): true, unhyphen(c.Name.Official): true}
		for _, alt := range c.AltSpellings {
			want[unhyphen(alt)] = true
		}
		for _, code := range order {
			if want[unhyphen(blocks[code].names[0])] {
				cameoOf[c.CCA3] = code
				used[code] = true
			}
		}
	}
	var former []string
	for _, code := range order {
		if !used[code] {
			former = append(former, code)
		}
	}
	return cameoOf, blocks, former
}

// addFormer adds the former states PETRARCH codes (the Soviet Union, East
// Germany) as historical countries without ISO codes.
func (b *builder) addFormer(blocks map[string]actorGroup, former []string) {
	for _, code := range former {
		g := blocks[code]
		id := len(b.countries)
		b.countries = append(b.countries, countryRow{cameo: code, name: titleCase(g.names[0]), flags: "h"})
		b.byCAMEO[code] = id
		for _, n := range g.names {
			b.x.add(n, 'C', id, "")
		}
	}
}

// addCountryBlocks files the other phrases of PETRARCH's country blocks: a
// spelling of the country itself (close to one of its names, or an
// acronym) becomes a country alias, a spelling of its capital a capital
// alias, anything else a place in that country (provinces, states, cities
// under the population floor). Names already indexed are skipped.
func (b *builder) addCountryBlocks(blocks map[string]actorGroup) {
	capitalIdx := map[string]int{}
	for id, c := range b.cities {
		if c.capital {
			capitalIdx[c.country] = id
		}
	}
	namesOf := map[int][]string{}
	for k, rs := range b.x.keys {
		for _, r := range rs {
			if r.kind == 'C' {
				namesOf[r.id] = append(namesOf[r.id], k)
			}
		}
	}
	for _, code := range sortedCodes(blocks) {
		g := blocks[code]
		ci, ok := b.byCAMEO[code]
		if !ok {
			continue
		}
		c := b.countries[ci]
		names := namesOf[ci]
		for _, n := range g.names {
			key, _, _ := phraseKey(n)
			if key == "" || b.x.has(key, "CDTL") {
				continue
			}
			if capID, ok := capitalIdx[c.alpha3]; ok && editDistance(key, fold.Key(b.cities[capID].name)) <= 2 {
				b.x.add(n, 'T', capID, "")
				continue
			}
			// A short one-word spelling is an alias only when it is the
			// initials of one of the country's names (DPRK, ROK, RSA):
			// PETRARCH files regions and cities of four letters or fewer
			// in the block too (RUHR and GOBI, GENF and LUIK), and those
			// are places in the country, not the country.
			alias := len(key) <= 4 && !strings.Contains(key, " ") && initialsOfAny(key, names)
			for _, name := range names {
				if editDistance(key, name) <= maxTypo(key) || strings.Contains(key, name) {
					alias = true
					break
				}
			}
			if alias {
				b.x.add(n, 'C', ci, "")
				continue
			}
			if c.alpha3 == "" {
				continue
			}
			id := len(b.places)
			b.places = append(b.places, placeRow{name: titleCase(n), country: c.alpha3})
			b.x.add(n, 'L', id, "")
		}
	}
}

func sortedCodes(m map[string]actorGroup) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// editDistance is the Levenshtein distance between two short strings, in
// bytes; it gives up (returns a large number) on long ones.
func editDistance(a, b string) int {
	if len(a) > 40 || len(b) > 40 {
		if a == b {
			return 0
		}
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// orgWords mark a group as an organisation whatever its first word is
// ("John Deere Company", "Jordan Armed Forces").
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ASSEMBLY COUNCIL COMMITTEE MINISTRY DEPARTMENT PARTY ARMY FORCE FORCES
		AGENCY BANK COMPANY CORP CORPORATION INC LTD GROUP FRONT MOVEMENT ORGANIZATION ORGANISATION UNION
		ASSOCIATION INSTITUTE FOUNDATION COURT SERVICE SERVICES OFFICE HOUSE COMMISSION GOVERNMENT BRIGADE
		BRIGADES NETWORK SOCIETY FEDERATION LEAGUE CENTER CENTRE FUND PROGRAM PROGRAMME UNIVERSITY COLLEGE
		SCHOOL HOSPITAL NEWS TIMES RADIO TELEVISION PRESS AIRLINES AIRWAYS HOLDINGS INDUSTRIES CO
		INTERNATIONAL NATIONAL COMMAND GUARD POLICE CABINET ADMINISTRATION REGIME PARLIAMENT CONGRESS
		SENATE TRIBUNAL BUREAU AUTHORITY COALITION ALLIANCE TRUST COUNCILS MISSION EMBASSY`) {
		orgWords[w] = true
	}
}

// isPerson decides whether a PETRARCH group names a person: dated codes
// (not an armed group's open one, openGroupCode), PETRARCH's person
// markers (CountryInfo, IGO rulers, ELI "elite" codes), or a given name
// then a word that is not a common word; never when the first phrase
// holds an organisation word.
func (b *builder) isPerson(g actorGroup) bool {
	if hasOrgWord(g.names[0]) {
		return false
	}
	for _, c := range g.codes {
		if c.dated() && !openGroupCode(c) || strings.HasSuffix(c.code, "ELI") {
			return true
		}
	}
	if strings.Contains(g.comment, "CountryInfo") || strings.Contains(g.comment, "rulers") {
		return true
	}
	return b.givenFirst(g.names[0]) && !b.articleFirst(g.names[0])
}

// articleFirst: the phrase opens with an article of Arabic, Spanish or
// French, as a group's name does ("AL_QA'IDA", "EL_GAMA'A_"), which the
// given names take for a person's ("Al").
func (b *builder) articleFirst(phrase string) bool {
	first := fold.Split(strings.ToLower(phrase))
	return len(first) > 0 && articles[fold.Token(first[0])]
}

// hasOrgWord: the phrase holds an organisation word ("JOHN_DEERE_COMPANY").
func hasOrgWord(phrase string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(strings.ToUpper(phrase), "_", " ")) {
		if orgWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// givenFirst: "ABRAHAM_ABRAHAM_" is a person; "RED_CROSS_" is not: its
// second word is a common word.
func (b *builder) givenFirst(phrase string) bool {
	first := fold.Split(strings.ToLower(phrase))
	return len(first) >= 2 && b.givenNames[fold.Token(first[0])] && !b.commonWords[fold.Token(first[1])]
}

// openGroupCode: an armed group's code dated from a day on with no end
// ("THE_ISLAMIC_STATE [IMGMUSISI >20130408]"). PETRARCH dates a group as
// it dates an office holder, and the date made the group a person, which
// the tagger, fed the gazetteer's kind, then typed "Islamic State" as. A
// person's range with a group ends ("AHMED_SHAH_MASSOUD_ [AFGREB
// 19790706-20110909]").
func openGroupCode(c codeSpec) bool { return c.dated() && c.to == 0 && armedGroupCode(c.code) }

// armedGroupCode: the code of an armed group, rebels or insurgents
// ("IMGMUSISI", "SYRREB", "AFGINS").
func armedGroupCode(c string) bool {
	if strings.HasPrefix(c, "IMG") {
		return true
	}
	if len(c) >= 6 {
		switch c[3:6] {
		case "REB", "INS", "UIS", "IMG":
			return true
		}
	}
	return false
}

// splitLeaders takes out of an armed group with an open dated code (filed
// as a person before openGroupCode) the phrases that name a person by
// their shape: PETRARCH lists a group's leaders in its block
// ("ISLAMIC_STATE_OF_IRAQ_ … +ABU_BAKR_AL-BAGHDADI_ … [IMGMUSISI]"), and
// they stay people, with the group's codes; the rest is the group. Other
// organisations are filed whole, as before.
func (b *builder) splitLeaders(g actorGroup) (group, leaders actorGroup) {
	group, leaders = g, actorGroup{codes: g.codes, comment: g.comment, line: g.line}
	open := false
	for _, c := range g.codes {
		open = open || openGroupCode(c)
	}
	if !open || hasOrgWord(g.names[0]) {
		return g, leaders
	}
	group.names = []string{g.names[0]}
	for _, n := range g.names[1:] {
		if b.leaderPhrase(n) {
			leaders.names = append(leaders.names, n)
		} else {
			group.names = append(group.names, n)
		}
	}
	return group, leaders
}

// leaderPhrase: a phrase of a group's block that names a person by its
// shape: a given name first, or an Arabic byname ("ABU_BAKR_AL-
// BAGHDADI_"); not one with an organisation word or opening with an
// article ("AL-QAEDA_IN_IRAQ_": "Al" is an English given name too).
func (b *builder) leaderPhrase(phrase string) bool {
	first := fold.Split(strings.ToLower(phrase))
	if len(first) < 2 || hasOrgWord(phrase) || b.articleFirst(phrase) {
		return false
	}
	return bynames[fold.Token(first[0])] || b.givenFirst(phrase)
}

// articles of Arabic, Spanish and French (articleFirst).
var articles = map[string]bool{"al": true, "el": true, "la": true, "le": true, "les": true, "los": true, "las": true}

// bynames open an Arabic person's name: "Abu Bakr", "Abdul Hadi".
var bynames = map[string]bool{"abu": true, "abd": true, "abdul": true, "abdel": true, "sheikh": true, "sheik": true, "mullah": true}

// countryOfCode is the ISO alpha-3 country inside a CAMEO actor code:
// "RUSGOV" → RUS, "MNCUSA" and "NGOUSAHRI" → USA, "IGOUNO" → "".
func (b *builder) countryOfCode(code string) string {
	if len(code) >= 3 {
		if a3 := b.alpha3OfCAMEO(code[:3]); a3 != "" {
			return a3
		}
	}
	if len(code) >= 6 && (strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC") || strings.HasPrefix(code, "IGO")) {
		return b.alpha3OfCAMEO(code[3:6])
	}
	return ""
}

// addActorGroups files the institution, organisation and person groups of
// an actors file (country blocks are filed by addCountryBlocks).
//
// Organisation groups with the same code that share a name, or where one's
// name is the other's acronym, are one organisation: "THE_UNITED_NATIONS_
// [IGOUNO]", "UN_ [IGOUNO]" and "U.N. [IGOUNO]" are separate lines.
func (b *builder) addActorGroups(groups []actorGroup, forcePerson bool) {
	for _, g := range groups {
		if c, ok := countryLevel(g); ok && !forcePerson {
			if _, known := b.byCAMEO[c]; known || fictional[c] {
				continue
			}
		}
		if forcePerson || b.isPerson(g) {
			b.addPerson(g, forcePerson)
			continue
		}
		g, leaders := b.splitLeaders(g)
		if len(leaders.names) > 0 {
			b.addPerson(leaders, false)
		}
		code := g.codes[0].code
		for _, c := range g.codes {
			if !c.dated() {
				code = c.code
				break
			}
		}
		var keys []string
		for _, n := range g.names {
			k, _, _ := phraseKey(n)
			keys = append(keys, k)
		}
		id := b.sameOrg(code, keys)
		if id < 0 {
			id = len(b.orgs)
			b.orgs = append(b.orgs, codeRow{name: orgName(g), code: code, country: b.countryOfCode(code)})
			b.orgsByCode[code] = append(b.orgsByCode[code], id)
		}
		b.orgKeys[id] = append(b.orgKeys[id], keys...)
		for _, n := range g.names {
			b.x.add(n, 'O', id, "")
		}
	}
}

// sameOrg finds an organisation row with this code that shares a key with
// keys, or whose key is the acronym of one of keys (or the reverse).
func (b *builder) sameOrg(code string, keys []string) int {
	for _, id := range b.orgsByCode[code] {
		for _, have := range b.orgKeys[id] {
			for _, k := range keys {
				if k == have || initials(k) == have && strings.Contains(k, " ") ||
					initials(have) == k && strings.Contains(have, " ") {
					return id
				}
			}
		}
	}
	return -1
}

// orgName is the display name of an organisation: its first phrase, with
// an acronym kept in capitals ("NATO", not "Nato").
func orgName(g actorGroup) string {
	first := strings.Trim(strings.ReplaceAll(g.names[0], "_", " "), " ")
	if f := strings.Fields(first); len(f) > 1 && strings.EqualFold(f[0], "the") {
		first = strings.Join(f[1:], " ")
	}
	if k := fold.Key(first); len(k) <= 3 && !strings.Contains(k, " ") {
		return strings.ToUpper(first) // "UN", "EU"
	}
	if k := fold.Key(first); !strings.Contains(k, " ") {
		for _, n := range g.names[1:] {
			if initials(fold.Key(strings.ReplaceAll(n, "_", " "))) == k {
				return strings.ToUpper(first)
			}
		}
	}
	return titleCase(first)
}

// initialsOfAny reports whether key (folded, one word) is the initials of
// one of names, read with or without their function words ("democratic
// people's republic of korea" gives both "dprok" and "dprk"), or those
// initials with each letter doubled, the Spanish plural (EEUU).
func initialsOfAny(key string, names []string) bool {
	for _, name := range names {
		var all, content strings.Builder
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
			all.WriteByte(w[0])
			if !functionWord[w] {
				content.WriteByte(w[0])
			}
		}
		a, c := all.String(), content.String()
		if len(a) < 2 {
			continue
		}
		if key == a || key == c || key == doubled(a) || key == doubled(c) {
			return true
		}
	}
	return false
}

// functionWord holds the words an acronym may skip, in the languages of
// the countries' official and native names the index holds.
var functionWord = map[string]bool{"of": true, "the": true, "and": true, "de": true, "del": true, "la": true, "los": true, "las": true, "du": true, "des": true, "da": true, "do": true}

func doubled(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(s[i])
	}
	return b.String()
}

// maxTypo is how many edits a spelling may be from one of the country's
// names and still be a misspelling of it: two in a long name
// ("afganistan", "lybia"), one in a word of four letters or fewer, where
// two would make "utah" a spelling of "usa" and "irbl" one of "iraq".
func maxTypo(key string) int {
	if len(key) <= 4 {
		return 1
	}
	return 2
}
