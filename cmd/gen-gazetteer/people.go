package main

import (
	"strings"

	"dateline/gazetteer/fold"
)

// honorifics are stripped from the front of person phrases, like role
// words, demonyms and country names: "PRESIDENT_VLADIMIR_PUTIN" is indexed
// as "Vladimir Putin", since the entity stage reads the title on its own.
var honorifics = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms miss dr sir lord lady dame baron baroness sheikh sheik
		sheikha king queen prince princess emir ayatollah grand mullah maulana imam rev reverend father
		gen general col colonel maj major capt captain lt adm admiral former ex president-elect
		prime-minister acting interim late crown his her excellency marshal field
		secretary-general secretary general-secretary chairman premier`) {
		honorifics[w] = true
	}
}

// dropTails end phrases that name a government, not a person ("THE OBAMA
// ADMINISTRATION"): the entity stage composes those.
var dropTails = map[string]bool{"administration": true, "government": true, "regime": true,
	"camp": true, "cabinet": true, "team": true, "loyalists": true, "supporters": true, "forces": true}

// personKeys returns the keys to index a person phrase under: leading
// titles stripped while two tokens or more remain. A phrase that reduces
// to a single word is dropped (a surname is indexed alone only where the
// dictionary lists it alone: "+PUTIN_").
func (b *builder) personKeys(phrase string) []string {
	toks := fold.Split(fold.Key(strings.ReplaceAll(phrase, "_", " ")))
	if len(toks) == 0 || dropTails[toks[len(toks)-1]] {
		return nil
	}
	if len(toks) == 1 {
		return []string{toks[0]}
	}
	stripped := false
	for len(toks) > 1 && b.isTitle(toks[0]) {
		toks, stripped = toks[1:], true
	}
	if stripped && toks[0] == "of" {
		toks = b.afterComplement(toks)
	}
	if stripped && len(toks) <= 1 {
		return nil
	}
	// "US_PRESIDENT_X": a country or demonym then a title.
	for len(toks) > 2 && b.isTitle(toks[1]) && b.x.has(toks[0], "CD") {
		toks = toks[2:]
	}
	return []string{strings.Join(toks, " ")}
}

// afterComplement drops the complement of a title stripped before it
// ("SECRETARY_OF_STATE_COLIN_POWELL" left "of state colin powell", a key
// no text reads, for the person): up to the last comma ("of defense ,
// frank c carlucci"), else "of" and the common words, countries and
// nationalities after it ("of the army cyrus r vance"). Nothing is left of a title alone ("of the soviet
// of nationalities").
func (b *builder) afterComplement(toks []string) []string {
	for i := len(toks) - 1; i > 0; i-- {
		if toks[i] == "," {
			return toks[i+1:]
		}
	}
	i := 1
	for i < len(toks) && (b.commonWords[toks[i]] || toks[i] == "of" || b.x.has(toks[i], "CD")) {
		i++
	}
	return toks[i:]
}

func (b *builder) isTitle(tok string) bool {
	return honorifics[tok] || b.x.has(tok, "ACD")
}

// addPerson files a person group. A person from Dateline's supplement
// replaces a PETRARCH person sharing one of its keys; the PETRARCH
// person's other spellings are added to it.
func (b *builder) addPerson(g actorGroup, supplementary bool) {
	var keys []string
	for _, n := range g.names {
		keys = append(keys, b.personKeys(n)...)
	}
	if len(keys) == 0 { // every phrase was a title + one word: keep the first whole
		keys = []string{fold.Key(strings.ReplaceAll(g.names[0], "_", " "))}
	}
	if !supplementary {
		country := b.personCountry(g.codes)
		for _, k := range keys {
			for _, r := range b.x.keys[k] {
				if r.kind != 'P' {
					continue
				}
				// The supplement's person wins; a PETRARCH person listed
				// twice (same full name, same country) is merged.
				same := strings.Contains(k, " ") && b.people[r.id].country == country
				if !b.supPeople[r.id] && !same {
					continue
				}
				if !b.supPeople[r.id] {
					b.people[r.id].codes = mergeCodes(b.people[r.id].codes, g.codes)
				}
				for _, k2 := range keys {
					b.addPersonKey(k2, r.id)
				}
				return
			}
		}
	}
	id := len(b.people)
	name := titleCase(strings.Trim(strings.ReplaceAll(g.names[0], "_", " "), " "))
	if full := b.personKeys(g.names[0]); len(full) == 1 && strings.Contains(full[0], " ") {
		// display the name without the title the phrase may start with
		name = titleCase(lastWords(strings.ReplaceAll(g.names[0], "_", " "), len(fold.Fields(full[0]))))
	}
	b.people = append(b.people, personRow{name: name, country: b.personCountry(g.codes), codes: g.codes})
	if supplementary {
		b.supPeople[id] = true
	}
	for _, k := range keys {
		b.addPersonKey(k, id)
	}
}

// mergeCodes appends to a the codes of b it lacks.
func mergeCodes(a, b []codeSpec) []codeSpec {
	for _, c := range b {
		dup := false
		for _, d := range a {
			dup = dup || c == d
		}
		if !dup {
			a = append(a, c)
		}
	}
	return a
}

func (b *builder) addPersonKey(key string, id int) {
	flags := ""
	if !strings.Contains(key, " ") {
		flags = "s"
	}
	b.x.add(key, 'P', id, flags)
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	w := fold.Split(s)
	if n > len(w) {
		n = len(w)
	}
	return strings.Join(w[len(w)-n:], " ")
}

// personCountry is the country of a person's latest code, else of the
// first code that has one (an IGO official keeps their nationality).
func (b *builder) personCountry(codes []codeSpec) string {
	best, bestTo := "", -1
	for _, c := range codes {
		a3 := b.countryOfCode(c.code)
		if a3 == "" || !c.dated() {
			continue
		}
		to := c.to
		if to == 0 {
			to = 99991231
		}
		if to > bestTo {
			best, bestTo = a3, to
		}
	}
	if best != "" {
		return best
	}
	for _, c := range codes {
		if a3 := b.countryOfCode(c.code); a3 != "" {
			return a3
		}
	}
	return ""
}
