package ner

import (
	"slices"
	"strings"

	"dateline/gazetteer"
	"dateline/text"
)

// Refine turns a CoNLL type into the finer type the entities stage works
// with, using the gazetteer and the span's last word:
//   - PER is PERSON; ORG stays ORG unless it names a building that stands
//     for an institution ("the White House"), which is FAC;
//   - LOC is GPE for countries, cities, states and provinces, FAC for
//     buildings, airports and streets, LOC for regions, seas, rivers and
//     mountains, and GPE when nothing is known (most places in news are
//     towns);
//   - MISC is NORP for nationalities and other demonyms, EVENT for named
//     wars, games, cups and championships, else MISC.
func Refine(g *gazetteer.Gazetteer, d *text.Document, sp Span) string {
	phrase := d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.End-1].End]
	// The last word lowered into a buffer on the stack: it is only looked
	// up in the word sets (m[string(last)] makes no string), where a new
	// string for every name was a fifth of Refine's instructions.
	var lastBuf, firstBuf [24]byte
	last := lowerBytes(lastBuf[:0], d.Text[d.Tokens[sp.End-1].Start:d.Tokens[sp.End-1].End])
	// The gazetteer's entries for the phrase, looked up once: the ORG and
	// LOC readings below asked up to three times.
	var entries []gazetteer.Entry
	looked := false
	lookup := func() []gazetteer.Entry {
		if !looked {
			entries, looked = g.Lookup(phrase), true
		}
		return entries
	}
	if agencyCredit(d, sp) {
		return "ORG"
	}
	if (sp.Type == "ORG" || sp.Type == "MISC" || sp.Type == "PER") && datelinePlace(g, d, sp) {
		return "GPE"
	}
	if sp.Type == "LOC" && sp.End < len(d.Tokens) && naturalWords[d.Text[d.Tokens[sp.End].Start:d.Tokens[sp.End].End]] {
		// "the Omo river": the lower-case word the tagger left out
		// still says what kind of place it is.
		return "LOC"
	}
	if (sp.Type == "PER" || sp.Type == "LOC") && sp.End-sp.First >= 2 &&
		featurePrefixes[string(lowerBytes(firstBuf[:0], d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.First].End]))] {
		// "River Lamone", "Lake Tarn", "Mount Vell": a natural feature
		// named by the word before its name, which the tagger reads as a
		// given name. A person the gazetteer knows keeps the reading.
		if _, known := g.Person(phrase); !known || sp.Type == "LOC" {
			return "LOC"
		}
	}
	if sp.Type == "ORG" || sp.Type == "MISC" {
		// A country's name is a place whatever the tagger thought ("US"
		// read as an organisation); as MISC only before a title ("US
		// President"), since MISC country names are often parts of
		// events or products the tagger cut short.
		if es := lookup(); len(es) > 0 && es[0].Kind == gazetteer.KindCountry &&
			(sp.Type == "ORG" || titleAt(g, d, sp.End)) {
			return "GPE"
		}
	}
	if sp.Type == "PER" && streetName(g, d, sp, phrase, last) {
		return "FAC"
	}
	switch sp.Type {
	case "PER":
		if sp.End-sp.First >= 2 && institutionHeads[string(last)] {
			if _, known := g.Person(phrase); !known {
				return "ORG" // "Home Office", "Audit Commission": no one's surname
			}
		}
		return "PERSON"
	case "ORG":
		if isBuildingOf(lookup()) {
			return "FAC"
		}
		return "ORG"
	case "LOC":
		if sp.End-sp.First >= 2 && institutionHeads[string(last)] && !placeKnownOf(lookup()) {
			return "ORG" // "Tarn County Council", "Bonn University"; not "Russian Federation"
		}
		if buildingWords[string(last)] || isBuildingOf(lookup()) {
			return "FAC"
		}
		if naturalWords[string(last)] {
			return "LOC"
		}
		for _, e := range lookup() {
			switch e.Kind {
			case gazetteer.KindCountry, gazetteer.KindCity, gazetteer.KindPlace:
				return "GPE"
			case gazetteer.KindRegion:
				return "LOC"
			}
		}
		return "GPE"
	case "MISC":
		if e, ok := g.Demonym(phrase); ok && e.Code != "" {
			return "NORP"
		}
		if k := strings.IndexByte(phrase, '-'); k > 0 {
			// "Israeli-Palestinian", "Franco-German": demonym compounds.
			if _, ok := g.Demonym(phrase[:k]); ok {
				return "NORP"
			}
		}
		if eventWords[string(last)] {
			return "EVENT"
		}
		return "MISC"
	}
	return sp.Type
}

// datelinePlace: the capitals that open a paragraph's dateline ("LEEDS, 3
// March - …", "NAIROBI (Reuters) - …") name where the story was filed,
// whatever the tagger thought of a city it read in capitals. The
// gazetteer must know it as a place: a sports page's "SOCCER - …" has the
// same shape.
func datelinePlace(g *gazetteer.Gazetteer, d *text.Document, sp Span) bool {
	start, end := d.Tokens[sp.First].Start, d.Tokens[sp.End-1].End
	// Paragraphs are in text order: one search, not a scan per name.
	k, ok := slices.BinarySearchFunc(d.Paragraphs, start, func(p text.Span, at int) int { return p.Start - at })
	if !ok {
		return false
	}
	p := d.Paragraphs[k]
	phrase := d.Text[start:end]
	if n := text.DatelineLen(d.Text[p.Start:p.End]); n == 0 || end > p.Start+n || strings.ToUpper(phrase) != phrase {
		return false
	}
	for _, e := range g.Lookup(phrase) {
		switch e.Kind {
		case gazetteer.KindCity, gazetteer.KindCountry, gazetteer.KindPlace, gazetteer.KindRegion:
			return true
		}
	}
	return false
}

// agencyCredit: the name in brackets of a dateline, "LAGOS, May 4
// (Kyodo) -", is the news agency that filed the story, whatever the tagger
// made of an agency it never saw. The brackets come within the first words
// of a sentence and a dash follows them.
func agencyCredit(d *text.Document, sp Span) bool {
	if sp.First == 0 || sp.End+1 >= len(d.Tokens) {
		return false
	}
	word := func(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
	if word(sp.First-1) != "(" || word(sp.End) != ")" || !dashes[word(sp.End+1)] {
		return false
	}
	for _, s := range d.Sentences {
		if s.FirstToken <= sp.First && sp.First < s.EndToken {
			return sp.First-s.FirstToken <= 8
		}
	}
	return false
}

var dashes = setOf("-", "--", "–", "—")

// isBuildingOf: a phrase with these gazetteer entries is a listed
// metonym that is not also a place ("the Kremlin", "the White House",
// "Downing Street", but not "Brussels").
func isBuildingOf(entries []gazetteer.Entry) bool {
	metonym := false
	for _, e := range entries {
		switch e.Kind {
		case gazetteer.KindMetonym:
			metonym = true
		case gazetteer.KindCity, gazetteer.KindCountry, gazetteer.KindPlace, gazetteer.KindRegion:
			return false
		}
	}
	return metonym
}

// placeKnown: the gazetteer knows phrase as a country, region, city or
// place.
func placeKnown(g *gazetteer.Gazetteer, phrase string) bool {
	return placeKnownOf(g.Lookup(phrase))
}

// placeKnownOf is placeKnown of a phrase's gazetteer entries.
func placeKnownOf(entries []gazetteer.Entry) bool {
	for _, e := range entries {
		switch e.Kind {
		case gazetteer.KindCountry, gazetteer.KindCity, gazetteer.KindPlace, gazetteer.KindRegion:
			return true
		}
	}
	return false
}

// institutionHeads end the names of institutions and are nobody's
// surname (unlike "Church", "Court", "Bank" or "Fund").
var institutionHeads = setOf("office", "ministry", "department", "committee", "commission", "agency",
	"council", "institute", "federation", "association", "corporation", "coalition", "party",
	"parliament", "assembly", "foundation", "academy", "university", "authority", "observatory",
	"police", "airlines", "airways", "railways", "brotherhood", "museum", "inc", "ltd", "plc",
	"news", "times", "herald", "gazette", "tribune", "journal")

var buildingWords = setOf("airport", "station", "stadium", "bridge", "square", "office", "palace",
	"hospital", "tower", "towers", "street", "avenue", "road", "building", "hall", "church",
	"cathedral", "mosque", "temple", "prison", "jail", "base", "arena", "museum", "embassy",
	"house", "center", "centre", "highway", "motorway", "port", "harbour", "harbor", "dam",
	"gate", "castle", "terminal", "plaza", "boulevard", "synagogue", "lane", "drive", "crescent",
	"terrace", "parkway")

var naturalWords = setOf("river", "sea", "ocean", "lake", "mountain", "mountains", "mount",
	"valley", "island", "islands", "desert", "gulf", "bay", "peninsula", "coast", "strait",
	"straits", "channel", "basin", "plain", "plains", "forest", "hills", "range", "canyon",
	"delta", "glacier", "cape", "europe", "asia", "africa", "antarctica")

// featurePrefixes name a natural feature when they open a place's name;
// an organisation keeps its type ("River Plate", "Lake Forest College").
var featurePrefixes = setOf("river", "lake", "mount", "mt", "mt.", "loch")

var eventWords = setOf("war", "cup", "championship", "championships", "games", "olympics",
	"olympic", "open", "tournament", "summit", "conference", "festival", "election",
	"elections", "prix", "tour", "series", "trophy", "classic", "marathon", "revolution",
	"crisis", "uprising", "massacre", "accords", "accord", "treaty")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// titleAt reports whether token i is a capitalised title ("President").
func titleAt(g *gazetteer.Gazetteer, d *text.Document, i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	_, ok := g.Agent(w)
	return ok
}

// streetName: a name of two words or more the tagger read as a person but
// that ends in a word naming a street or square is the street ("Mill
// Road", "Station Square"). Some street words are surnames too ("Diane
// Lane", "Ann Way"): those make a street only after a preposition of
// place ("a fire in Elm Lane"). A person the gazetteer knows keeps the
// reading.
func streetName(g *gazetteer.Gazetteer, d *text.Document, sp Span, phrase string, last []byte) bool {
	if sp.End-sp.First < 2 {
		return false
	}
	if !streetWords[string(last)] {
		if !surnameStreetWords[string(last)] || sp.First == 0 ||
			!placePrepositions[d.Text[d.Tokens[sp.First-1].Start:d.Tokens[sp.First-1].End]] {
			return false
		}
	}
	_, known := g.Person(phrase)
	return !known
}

// streetWords end street names and are nobody's surname.
var streetWords = setOf("road", "street", "avenue", "square", "boulevard", "crescent", "terrace",
	"highway", "motorway", "plaza", "parkway", "rd", "st.", "ave")

// surnameStreetWords end street names and surnames both.
var surnameStreetWords = setOf("lane", "way", "drive", "close", "place", "row", "walk", "hill", "gardens")

// placePrepositions, written lower-case, put a name where something is or
// happens.
var placePrepositions = setOf("in", "on", "at", "along", "off", "near", "down", "up", "into", "onto", "across", "outside")

// lowerBytes appends strings.ToLower(w) to buf: an ASCII word byte by
// byte, with no new string.
func lowerBytes(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(buf, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
