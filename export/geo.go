package export

import (
	"strconv"

	"dateline/gazetteer"
)

// GDELT's geographic match types (ActionGeo_Type and the actors' Geo_Type).
const (
	geoNone      = 0 // no match: every other field of the group blank
	geoCountry   = 1
	geoUSCity    = 3
	geoWorldCity = 4
	// 2 (US state) and 5 (world state) are not written: the gazetteer's
	// other places ("Texas", "Helmand", "Crimea") are not all first-level
	// divisions and have no centroid of their own, so they are matched at
	// the level known for sure, their country.
)

// geoMatch is one location group of a GDELT record: Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
type geoMatch struct {
	typ      int
	fullName string
	lat, lon float64
}

// fill writes the match into its eight columns. CountryCode and ADM1Code
// are FIPS 10-4 codes in GDELT, FeatureID a GNS/GNIS id and ADM2Code a
// GAUL code: the repository holds none of those tables (the gazetteer has
// ISO 3166 codes, which differ from FIPS for many countries), so they stay
// blank rather than filled with codes of another standard.
func (m geoMatch) fill(f []string) {
	for i := range f[:8] {
		f[i] = ""
	}
	f[0] = strconv.Itoa(m.typ)
	if m.typ == geoNone {
		return
	}
	f[1] = m.fullName
	f[5] = strconv.FormatFloat(m.lat, 'f', -1, 64)
	f[6] = strconv.FormatFloat(m.lon, 'f', -1, 64)
}

// locateIn is locate with the article's text to read the name in: a US
// state named like a country ("Georgia") is the state when the article
// says so (gazetteer.USStateIn), matched at its country's level as other
// US states are.
func locateIn(g *gazetteer.Gazetteer, name, text string) geoMatch {
	if g != nil && g.USStateIn(text, name) {
		return locate(g, "United States")
	}
	return locate(g, name)
}

// actorGeo is the country match of an actor's CAMEO country code (the
// Actor CountryCode column: "USA", "UKR"); no match for a code without a
// country or a region's code ("EUR", "AFR").
func actorGeo(g *gazetteer.Gazetteer, countryCode string) geoMatch {
	if g == nil || countryCode == "" {
		return geoMatch{}
	}
	c, ok := g.CountryByCode(countryCode)
	if !ok || (c.Lat == 0 && c.Lon == 0) {
		return geoMatch{}
	}
	return geoMatch{typ: geoCountry, fullName: c.Name, lat: c.Lat, lon: c.Lon}
}

// locate matches a place name from the text as GDELT would: a country by
// any of its names is a country match with the country's centroid, a city
// is a city match (a US city type 3, any other type 4) at the city's
// coordinates, named "City, Country" (GDELT writes "City, State, Country";
// the gazetteer has the state's code, not its name), and another place the
// gazetteer knows is matched at its country's level. A name the gazetteer
// does not know is no match: GDELT never writes a name with type 0.
func locate(g *gazetteer.Gazetteer, name string) geoMatch {
	if g == nil || name == "" {
		return geoMatch{}
	}
	country := func(c *gazetteer.Country) geoMatch {
		if c.Lat == 0 && c.Lon == 0 {
			return geoMatch{} // no centroid: GDELT's country matches always have one
		}
		return geoMatch{typ: geoCountry, fullName: c.Name, lat: c.Lat, lon: c.Lon}
	}
	// A country before a city: "Mexico" and "Kuwait" in a news clause are
	// the countries.
	if c, ok := g.Country(name); ok {
		return country(c)
	}
	for _, c := range g.City(name) { // the most populous of that name
		m := geoMatch{typ: geoWorldCity, fullName: c.Name, lat: c.Lat, lon: c.Lon}
		if c.Country == "USA" {
			m.typ = geoUSCity
		}
		if cc, ok := g.CountryByCode(c.Country); ok {
			m.fullName += ", " + cc.Name
		}
		return m
	}
	for _, e := range g.Lookup(name) {
		if e.Kind == gazetteer.KindPlace && e.Country != "" {
			if c, ok := g.CountryByCode(e.Country); ok {
				return country(c)
			}
		}
	}
	return geoMatch{}
}
