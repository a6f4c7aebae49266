package gazetteer

import (
	"testing"
	"time"
)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func TestCountry(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, in             string
		alpha2, alpha3, code string
	}{
		{"common name", "Ukraine", "UA", "UKR", "UKR"},
		{"dotted abbreviation", "U.S.", "US", "USA", "USA"},
		{"plain abbreviation", "US", "US", "USA", "USA"},
		{"alternative name", "Britain", "GB", "GBR", "GBR"},
		{"UK with periods", "U.K.", "GB", "GBR", "GBR"},
		{"official name", "Russian Federation", "RU", "RUS", "RUS"},
		{"diacritics folded", "Côte d'Ivoire", "CI", "CIV", "CIV"},
		{"leading the", "the United States", "US", "USA", "USA"},
		{"native Latin name", "Deutschland", "DE", "DEU", "DEU"},
		{"CAMEO differs from ISO: Kosovo", "Kosovo", "XK", "UNK", "KSV"},
		{"CAMEO differs from ISO: Timor-Leste", "East Timor", "TL", "TLS", "TMP"},
		{"ISO code", "UKR", "UA", "UKR", "UKR"},
		{"CAMEO code", "KSV", "XK", "UNK", "KSV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := g.Country(tt.in)
			if !ok {
				t.Fatalf("Country(%q) not found", tt.in)
			}
			if c.Alpha2 != tt.alpha2 || c.Alpha3 != tt.alpha3 || c.CAMEO != tt.code {
				t.Errorf("Country(%q) = %s/%s/%s, want %s/%s/%s", tt.in, c.Alpha2, c.Alpha3, c.CAMEO, tt.alpha2, tt.alpha3, tt.code)
			}
		})
	}
	t.Run("capital and coordinates", func(t *testing.T) {
		c, _ := g.Country("France")
		if c.Capital != "Paris" || c.Lat < 40 || c.Lat > 50 || c.Region != "Europe" || c.Demonym != "French" {
			t.Errorf("France = %+v, want capital Paris, latitude in 40..50, region Europe, demonym French", c)
		}
	})
	t.Run("former state", func(t *testing.T) {
		c, ok := g.Country("Soviet Union")
		if !ok || c.CAMEO != "SUN" || !c.Historical {
			t.Errorf("Country(Soviet Union) = %+v, %v; want historical SUN", c, ok)
		}
	})
	t.Run("unknown name", func(t *testing.T) {
		if c, ok := g.Country("Narnia"); ok {
			t.Errorf("Country(Narnia) = %+v, want not found", c)
		}
	})
}

func TestDemonymAndRegion(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		in, code, country string
		plural            bool
	}{
		{"Ukrainian", "UKR", "UKR", false},
		{"Americans", "USA", "USA", true},
		{"French", "FRA", "FRA", false},
		{"Briton", "GBR", "GBR", false},
		{"Britons", "GBR", "GBR", true},
		{"European", "EUR", "", false},
		{"Europeans", "EUR", "", true},
		{"African", "AFR", "", false},
		{"Middle Eastern", "MEA", "", false},
		{"Latin Americans", "LAM", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			e, ok := g.Demonym(tt.in)
			if !ok {
				t.Fatalf("Demonym(%q) not found", tt.in)
			}
			if e.Code != tt.code || e.Country != tt.country || e.Flags.Has(FlagPlural) != tt.plural {
				t.Errorf("Demonym(%q) = %s/%s plural=%v, want %s/%s plural=%v", tt.in, e.Code, e.Country, e.Flags.Has(FlagPlural), tt.code, tt.country, tt.plural)
			}
		})
	}
	for _, tt := range []struct{ in, code string }{{"Europe", "EUR"}, {"the Middle East", "MEA"}, {"Mideast", "MEA"}, {"the West", "WST"}, {"Africa", "AFR"}, {"MEA", "MEA"}} {
		t.Run("region "+tt.in, func(t *testing.T) {
			r, ok := g.Region(tt.in)
			if !ok || r.Code != tt.code {
				t.Errorf("Region(%q) = %+v, %v; want %s", tt.in, r, ok, tt.code)
			}
		})
	}
}

func TestCity(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, in, country string
		capital           bool
		minCities         int
	}{
		{"capital", "Kyiv", "UKR", true, 1},
		{"old spelling of a capital", "Kiev", "UKR", true, 1},
		{"US capital by its short name", "Washington", "USA", true, 2},
		{"most populous homonym first", "London", "GBR", true, 2},
		{"large non-capital", "Lagos", "NGA", false, 1},
		{"diacritics", "São Paulo", "BRA", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := g.City(tt.in)
			if len(cs) < tt.minCities {
				t.Fatalf("City(%q) = %d cities, want at least %d", tt.in, len(cs), tt.minCities)
			}
			if cs[0].Country != tt.country || cs[0].Capital != tt.capital {
				t.Errorf("City(%q)[0] = %+v, want country %s capital %v", tt.in, cs[0], tt.country, tt.capital)
			}
			if cs[0].Lat == 0 && cs[0].Lon == 0 {
				t.Errorf("City(%q)[0] has no coordinates", tt.in)
			}
		})
	}
	t.Run("population floor", func(t *testing.T) {
		for _, c := range g.Cities() {
			if c.Population < 15000 && !c.Capital {
				t.Errorf("%s (%s) has %d people: below the floor and not a capital", c.Name, c.Country, c.Population)
			}
		}
		if n := len(g.Cities()); n < 5000 || n > 20000 {
			t.Errorf("%d cities, want a population-floored table of 5,000..20,000", n)
		}
	})
}

func TestOrgAgentMetonym(t *testing.T) {
	g := gaz(t)
	for _, tt := range []struct{ in, code string }{
		{"NATO", "IGOWSTNAT"}, {"Nato", "IGOWSTNAT"}, {"North Atlantic Treaty Organization", "IGOWSTNAT"},
		{"UN", "IGOUNO"}, {"U.N.", "IGOUNO"}, {"the United Nations", "IGOUNO"},
		{"EU", "IGOEUREEC"}, {"European Union", "IGOEUREEC"}, {"Taliban", "AFGREB"},
	} {
		t.Run("org "+tt.in, func(t *testing.T) {
			o, ok := g.Org(tt.in)
			if !ok || o.Code != tt.code {
				t.Errorf("Org(%q) = %+v, %v; want %s", tt.in, o, ok, tt.code)
			}
		})
	}
	for _, tt := range []struct {
		in, code string
		plural   bool
	}{
		{"president", "GOV", false}, {"President", "GOV", false}, {"Prime Minister", "GOV", false},
		{"Foreign Minister", "GOV", false}, {"foreign ministers", "GOV", true}, {"Secretary of State", "GOV", false},
		{"secretaries of state", "GOV", true}, {"Vice President", "GOV", false}, {"Vice-President", "GOV", false},
		{"minister", "GOV", false}, {"general", "MIL", false}, {"generals", "MIL", true}, {"senator", "LEG", false},
		{"lawmakers", "LEG", true}, {"judge", "JUD", false}, {"rebels", "REB", true}, {"police", "COP", false},
		{"spokesmen", "GOV", true}, {"congresswoman", "LEG", false},
	} {
		t.Run("agent "+tt.in, func(t *testing.T) {
			e, ok := g.Agent(tt.in)
			if !ok || e.Code != tt.code || e.Flags.Has(FlagPlural) != tt.plural {
				t.Errorf("Agent(%q) = %+v, %v; want %s plural=%v", tt.in, e, ok, tt.code, tt.plural)
			}
		})
	}
	for _, tt := range []struct{ in, code string }{
		{"the White House", "USAGOV"}, {"the Kremlin", "RUSGOV"}, {"Downing Street", "GBRGOV"},
		{"the Pentagon", "USAMIL"}, {"Elysee", "FRAGOV"}, {"Élysée", "FRAGOV"}, {"Brussels", "IGOEUREEC"},
		{"Beijing", "CHNGOV"}, {"Kyiv", "UKRGOV"}, {"Moscow", "RUSGOV"}, {"Washington", "USAGOV"},
	} {
		t.Run("metonym "+tt.in, func(t *testing.T) {
			e, ok := g.Metonym(tt.in)
			if !ok || e.Code != tt.code {
				t.Errorf("Metonym(%q) = %+v, %v; want %s", tt.in, e, ok, tt.code)
			}
		})
	}
	t.Run("a city that is not a capital is no metonym", func(t *testing.T) {
		if e, ok := g.Metonym("Lagos"); ok {
			t.Errorf("Metonym(Lagos) = %+v, want none", e)
		}
	})
}

func TestPerson(t *testing.T) {
	g := gaz(t)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name, in, date, code, country string
	}{
		{"in office", "Vladimir Putin", "2025-08-18", "RUSGOV", "RUS"},
		{"surname alone", "Putin", "2025-08-18", "RUSGOV", "RUS"},
		{"between terms", "Donald Trump", "2022-06-01", "USAELI", "USA"},
		{"second term", "Trump", "2025-08-18", "USAGOV", "USA"},
		{"transliteration", "Zelenskyy", "2025-08-18", "UKRGOV", "UKR"},
		{"before office", "Volodymyr Zelensky", "2015-01-01", "UKRELI", "UKR"},
		{"former president", "Barack Obama", "2024-01-01", "USAELI", "USA"},
		{"vice president", "JD Vance", "2025-08-18", "USAGOV", "USA"},
		{"IGO official keeps nationality", "Antonio Guterres", "2020-01-01", "IGOUNO", "PRT"},
		{"title stripped from PETRARCH phrase", "Sergey Lavrov", "2013-01-01", "RUSGOV", "RUS"},
		{"left office, no default code", "Antony Blinken", "2025-05-05", "USAELI", "USA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Person(tt.in)
			if !ok {
				t.Fatalf("Person(%q) not found", tt.in)
			}
			if got := p.CodeAt(day(tt.date)); got != tt.code || p.Country != tt.country {
				t.Errorf("Person(%q).CodeAt(%s) = %s (country %s), want %s (%s); codes %+v", tt.in, tt.date, got, p.Country, tt.code, tt.country, p.Codes)
			}
		})
	}
}

// A person with no default code is his country's elite once every range
// has ended, and has no code before the first; an IGO office lends no
// country.
func TestCodeAfterOffice(t *testing.T) {
	at := func(y int) time.Time { return time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC) }
	p := Person{Country: "NOR", Codes: []DatedCode{{Code: "NORGOV", From: 20100101, To: 20150101}}}
	for y, want := range map[int]string{2005: "", 2012: "NORGOV", 2020: "NORELI"} {
		if got := p.CodeAt(at(y)); got != want {
			t.Errorf("%d: %q, want %q", y, got, want)
		}
	}
	igo := Person{Country: "NOR", Codes: []DatedCode{{Code: "IGOUNO", From: 20100101, To: 20150101}}}
	if got := igo.CodeAt(at(2020)); got != "" {
		t.Errorf("IGO office ended: %q, want none", got)
	}
}

func TestFlags(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		in   string
		kind Kind
		flag Flag
	}{
		{"Chad", KindCountry, FlagCommonWord},
		{"Turkey", KindCountry, FlagCommonWord},
		{"Reading", KindCity, FlagCommonWord},
		{"Florence", KindCity, FlagPersonName},
		{"Jordan", KindCountry, FlagPersonName},
		{"US", KindCountry, FlagAbbrev},
		{"NATO", KindOrg, FlagAbbrev},
		{"Putin", KindPerson, FlagSurname},
		{"London", KindCity, FlagHomonym},
		{"Paris", KindCity, FlagCapital},
	}
	for _, tt := range tests {
		t.Run(tt.in+" "+tt.flag.String(), func(t *testing.T) {
			for _, e := range g.Lookup(tt.in) {
				if e.Kind == tt.kind {
					if !e.Flags.Has(tt.flag) {
						t.Errorf("Lookup(%q) %s flags = %s, want %s", tt.in, e.Kind, e.Flags, tt.flag)
					}
					return
				}
			}
			t.Errorf("Lookup(%q) has no %s entry", tt.in, tt.kind)
		})
	}
}

func TestGovernmentCode(t *testing.T) {
	g := gaz(t)
	tests := []struct{ in, want string }{
		{"Russia", "RUSGOV"}, {"Ukrainian", "UKRGOV"}, {"Beijing", "CHNGOV"}, {"NATO", "IGOWSTNAT"},
		{"European", ""}, {"Lagos", ""}, {"President", ""},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.in)
		if len(es) == 0 {
			t.Errorf("Lookup(%q): nothing", tt.in)
			continue
		}
		if got := es[0].GovernmentCode(); got != tt.want {
			t.Errorf("Lookup(%q)[0].GovernmentCode() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A region or city PETRARCH files in a country's block under a short name
// is a place in that country, not a name of it (regression: "Ruhr" was
// Germany, "Utah" the United States).
func TestShortPlaceIsNotCountry(t *testing.T) {
	g := gaz(t)
	for _, tt := range []struct{ in, country string }{{"Ruhr", "DEU"}, {"Gobi", "CHN"}, {"Utah", "USA"}, {"Nile", "EGY"}} {
		if c, ok := g.Country(tt.in); ok {
			t.Errorf("Country(%q) = %s, want none", tt.in, c.Alpha3)
		}
		found := false
		for _, e := range g.Lookup(tt.in) {
			if e.Kind == KindPlace && e.Country == tt.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v, want a place in %s", tt.in, g.Lookup(tt.in), tt.country)
		}
	}
	for _, in := range []string{"DPRK", "ROK", "Irak"} {
		if _, ok := g.Country(in); !ok {
			t.Errorf("Country(%q) = none, want a country", in)
		}
	}
}
