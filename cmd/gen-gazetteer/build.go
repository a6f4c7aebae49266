package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"dateline/gazetteer/fold"
)

type countryRow struct {
	alpha2, alpha3, cameo, name, official, capital string
	lat, lon                                       float64
	region, subregion, demonym, flags              string
}

type cityRow struct {
	name, country, admin string
	lat, lon             float64
	pop                  int
	capital              bool
}

type codeRow struct{ name, code, country string } // orgs, demonyms, metonyms
type agentRow struct{ name, code string }
type regionRow struct{ code, name, adj string }
type placeRow struct{ name, country string }
type personRow struct {
	name, country string
	codes         []codeSpec
}

// builder assembles every table and the names index.
type builder struct {
	countries []countryRow
	regions   []regionRow
	cities    []cityRow
	orgs      []codeRow
	agents    []agentRow
	people    []personRow
	demonyms  []codeRow
	metonyms  []codeRow
	places    []placeRow

	x       *index
	byCAMEO map[string]int    // CAMEO country code → countries row
	alpha3  map[string]string // ISO alpha-2 → alpha-3
	demOf   map[string]int    // CAMEO or region code → demonyms row
	// commonWords are lower-case English words (SCOWL); givenNames are
	// English given names; both only flag entries.
	commonWords, givenNames map[string]bool
	// supPeople marks people rows from Dateline's supplement.
	supPeople map[int]bool
	// orgsByCode and orgKeys let groups of one organisation be merged.
	orgsByCode map[string][]int
	orgKeys    map[int][]string
	warnings   []string
}

func (b *builder) warnf(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

// supplement is the parsed supplement.txt: section → rows of fields.
type supplement map[string][][]string

func parseSupplement(text string) (supplement, error) {
	s := supplement{}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			sec = line[1 : len(line)-1]
		case sec == "":
			return nil, fmt.Errorf("supplement line %d: %q outside a section", n, line)
		default:
			s[sec] = append(s[sec], strings.Split(line, "\t"))
		}
	}
	return s, nil
}

// latinScript reports whether s is written in Latin letters (world-countries'
// native names in other scripts are of no use to an English matcher).
func latinScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// surfaceFlags marks abbreviations by their written form: "U.S." or a
// short all-capital word ("US", "USA", "UAE").
func surfaceFlags(s string) string {
	if dotted(s) {
		return "a"
	}
	if len(s) >= 2 && len(s) <= 5 && strings.ToUpper(s) == s && !strings.ContainsAny(s, " -") {
		return "a"
	}
	return ""
}

// addCountries fills the countries table from world-countries. cameoOf maps
// an ISO alpha-3 code to the CAMEO code where PETRARCH uses another one.
func (b *builder) addCountries(wc []wcCountry, cameoOf map[string]string, sup supplement, former func()) {
	b.byCAMEO, b.alpha3, b.demOf = map[string]int{}, map[string]string{}, map[string]int{}
	// A territory whose demonym is an independent country's ("American" for
	// the Northern Mariana Islands, "French" for the French Southern Lands)
	// does not get it: the word means the country.
	sharedDemonym := map[string]bool{}
	for _, c := range wc {
		if d, ok := c.Demonyms["eng"]; ok && c.Independent != nil && *c.Independent {
			sharedDemonym[d.M] = true
		}
	}
	for _, c := range wc {
		row := countryRow{alpha2: c.CCA2, alpha3: c.CCA3, cameo: c.CCA3, name: c.Name.Common,
			official: c.Name.Official, region: c.Region, subregion: c.Subregion}
		if code, ok := cameoOf[c.CCA3]; ok {
			row.cameo = code
		}
		if len(c.Capital) > 0 {
			row.capital = c.Capital[0]
		}
		if len(c.LatLng) == 2 {
			row.lat, row.lon = c.LatLng[0], c.LatLng[1]
		}
		if d, ok := c.Demonyms["eng"]; ok {
			row.demonym = d.M
		}
		if c.Independent != nil && *c.Independent {
			row.flags = "i"
		}
		id := len(b.countries)
		b.countries = append(b.countries, row)
		b.byCAMEO[row.cameo] = id
		b.alpha3[c.CCA2] = c.CCA3
		b.x.add(c.Name.Common, 'C', id, "")
		b.x.add(c.Name.Official, 'C', id, "")
		for _, alt := range c.AltSpellings {
			// world-countries lists the alpha-2 code first; as a word it is
			// mostly noise ("IN", "NO", "IT"), so only "US" is kept.
			if alt == c.CCA2 && alt != "US" {
				continue
			}
			b.x.add(alt, 'C', id, surfaceFlags(alt))
		}
		for _, nat := range c.Name.Native {
			for _, n := range []string{nat.Common, nat.Official} {
				if latinScript(n) {
					b.x.add(n, 'C', id, "")
				}
			}
		}
		if d, ok := c.Demonyms["eng"]; ok && d.M != "" && !(row.flags == "" && sharedDemonym[d.M]) {
			did := b.addDemonym(d.M, row.cameo, row.alpha3)
			b.x.add(d.F, 'D', did, "")
			b.addDemonymForms(d.M, did)
			b.addDemonymForms(d.F, did)
		}
	}
	former()
	for _, f := range sup["countries"] {
		id, ok := b.byCAMEO[f[1]]
		if !ok {
			b.warnf("supplement [countries]: no country with CAMEO code %q", f[1])
			continue
		}
		for _, alias := range strings.Split(f[0], "|") {
			b.x.add(alias, 'C', id, surfaceFlags(alias))
		}
	}
}

// addDemonym adds a demonyms row for a country or region code, or returns
// the existing one.
func (b *builder) addDemonym(name, code, country string) int {
	if id, ok := b.demOf[code]; ok {
		return id
	}
	id := len(b.demonyms)
	b.demonyms = append(b.demonyms, codeRow{name: name, code: code, country: country})
	b.demOf[code] = id
	b.x.add(name, 'D', id, "")
	return id
}

// addDemonymForms indexes a demonym and its plural ("Ukrainians"); words in
// -ese, -ish, -ch, -sh, -ss and -men have none ("the French", "Chinese").
func (b *builder) addDemonymForms(w string, id int) {
	if w == "" {
		return
	}
	b.x.add(w, 'D', id, "")
	lw := strings.ToLower(w)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "men", "s"} {
		if strings.HasSuffix(lw, suf) {
			return
		}
	}
	b.x.add(pluralWord(w), 'D', id, "p")
}

// addRegions fills the regions table and the regional demonyms.
func (b *builder) addRegions(sup supplement) {
	for _, f := range sup["regions"] {
		if len(f) < 3 {
			b.warnf("supplement [regions]: %q needs code, name, adjective", f)
			continue
		}
		id := len(b.regions)
		b.regions = append(b.regions, regionRow{code: f[0], name: f[1], adj: f[2]})
		b.x.add(f[1], 'R', id, "")
		did := b.addDemonym(f[2], f[0], "")
		b.addDemonymForms(f[2], did)
		if len(f) > 3 {
			for _, alt := range strings.Split(f[3], "|") {
				if strings.HasPrefix(strings.ToLower(alt), "the ") || strings.Contains(alt, " ") || !strings.HasSuffix(strings.ToLower(alt), "n") {
					b.x.add(alt, 'R', id, "")
				} else { // "Nordic", "Westerner": adjectives and nouns
					b.addDemonymForms(alt, did)
				}
			}
		}
	}
	for _, f := range sup["demonyms"] {
		did, ok := b.demOf[f[1]]
		if !ok {
			ci, ok := b.byCAMEO[f[1]]
			if !ok {
				b.warnf("supplement [demonyms]: no country %q", f[1])
				continue
			}
			did = b.addDemonym(strings.Split(f[0], "|")[0], f[1], b.countries[ci].alpha3)
		}
		for _, w := range strings.Split(f[0], "|") {
			b.addDemonymForms(w, did)
		}
	}
}

// keepCity is the population floor: 50,000 people, or a capital, or a seat
// of government or first-order administrative seat of 15,000 (GeoNames
// marks castles and bishoprics of no population as seats of government).
// Historical, abandoned and destroyed places are left out.
func keepCity(c gnCity) bool {
	switch c.FeatureCode {
	case "PPLH", "PPLQ", "PPLW":
		return false
	case "PPLC":
		return true
	case "PPLA", "PPLG":
		return c.Population >= 15000
	}
	return c.Population >= 50000
}

// addCities fills the cities table from GeoNames, most populous first.
func (b *builder) addCities(gn []gnCity, sup supplement) {
	var kept []gnCity
	for _, c := range gn {
		if keepCity(c) {
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Population > kept[j].Population })
	hasCapital := map[string]bool{}
	for _, c := range kept {
		if c.FeatureCode == "PPLC" {
			hasCapital[b.alpha3[c.Country]] = true
		}
	}
	capitalOf := map[string]string{} // alpha-3 → world-countries capital name (folded)
	for _, c := range b.countries {
		if c.capital != "" {
			capitalOf[c.alpha3] = fold.Key(c.capital)
		}
	}
	for _, c := range kept {
		a3, ok := b.alpha3[c.Country]
		if !ok {
			b.warnf("city %q: no country for %q", c.Name, c.Country)
			continue
		}
		capital := c.FeatureCode == "PPLC"
		if !hasCapital[a3] && fold.Key(c.Name) == capitalOf[a3] {
			capital, hasCapital[a3] = true, true
		}
		id := len(b.cities)
		b.cities = append(b.cities, cityRow{name: c.Name, country: a3, admin: c.AdminCode,
			lat: c.Lat, lon: c.Lon, pop: c.Population, capital: capital})
		b.x.add(c.Name, 'T', id, "")
		if head, _, ok := strings.Cut(c.Name, ","); ok { // "Washington, D.C." is also "Washington D.C."
			b.x.add(strings.ReplaceAll(c.Name, ",", ""), 'T', id, "")
			if capital {
				b.x.add(head, 'T', id, "")
			}
		}
		if capital {
			ci := b.byCAMEO[b.cameoOfAlpha3(a3)]
			if cap := b.countries[ci].capital; cap != "" && cap != c.Name {
				b.x.add(cap, 'T', id, "")
			}
		}
	}
	for _, f := range sup["cities"] {
		found := false
		for id, c := range b.cities {
			if c.name == f[1] && b.cameoOfAlpha3(c.country) == f[2] {
				for _, alias := range strings.Split(f[0], "|") {
					b.x.add(alias, 'T', id, "")
				}
				found = true
				break
			}
		}
		if !found {
			b.warnf("supplement [cities]: no city %q in %q", f[1], f[2])
		}
	}
	for _, f := range sup["places"] {
		a3 := b.alpha3OfCAMEO(f[1])
		if a3 == "" {
			b.warnf("supplement [places]: no country %q", f[1])
			continue
		}
		for _, p := range strings.Split(f[0], "|") {
			id := len(b.places)
			b.places = append(b.places, placeRow{name: p, country: a3})
			b.x.add(p, 'L', id, "")
		}
	}
}

func (b *builder) cameoOfAlpha3(a3 string) string {
	for _, c := range b.countries {
		if c.alpha3 == a3 {
			return c.cameo
		}
	}
	return ""
}

// alpha3OfCAMEO maps a CAMEO country code to ISO alpha-3 ("" if none).
func (b *builder) alpha3OfCAMEO(code string) string {
	if i, ok := b.byCAMEO[code]; ok {
		return b.countries[i].alpha3
	}
	return ""
}

// addMetonyms fills the metonyms table from the supplement.
func (b *builder) addMetonyms(sup supplement) {
	for _, f := range sup["metonyms"] {
		code := f[1]
		country := ""
		if len(code) >= 3 {
			country = b.alpha3OfCAMEO(code[:3])
		}
		names := strings.Split(f[0], "|")
		id := len(b.metonyms)
		b.metonyms = append(b.metonyms, codeRow{name: names[0], code: code, country: country})
		for _, n := range names {
			b.x.add(n, 'M', id, "")
		}
	}
}
