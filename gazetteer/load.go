package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"dateline/internal/gzfile"
)

// The tables are written by cmd/gen-gazetteer; data/README.md names their
// sources and licences.
//
//go:embed data/*.tsv.gz
var dataFS embed.FS

// Tables holds the rows of every table, in file order: an Entry's ID indexes
// the table of its kind.
type tables struct {
	countries []Country
	regions   []Region
	cities    []City
	orgs      []Org
	agents    []Agent
	people    []Person
	demonyms  []Demonym
	metonyms  []Metonym
	places    []Place
	cameoOf   map[string]string // ISO alpha-3 → CAMEO country code
}

// readTable calls row for each data line of a gzipped TSV file, with the
// line's fields (substrings of the file's text: what a row keeps of them
// shares it); lines starting with '#' are comments. want is the number of
// fields a row must have. rows, when not nil, is first told how many lines
// the file has, at most the rows to come, to make room for them.
func readTable(fsys fs.FS, name string, want int, rows func(n int), row func([]string) error) error {
	fields := make([]string, 0, want)
	return readLines(fsys, name, rows, func(line string) error {
		fields = fields[:0]
		for {
			f, rest, more := strings.Cut(line, "\t")
			fields = append(fields, f)
			if !more {
				break
			}
			line = rest
		}
		if len(fields) != want {
			return fmt.Errorf("%d fields, want %d", len(fields), want)
		}
		return row(fields)
	})
}

// readLines calls line for each data line of a gzipped file, cut from the
// one string of its text (gzfile.Text: no allocation a line); '#' lines
// are comments. lines, when not nil, is first called with the number of
// lines. Errors name the file and the line.
func readLines(fsys fs.FS, name string, lines func(n int), line func(string) error) error {
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	text, err := gzfile.Text(raw)
	if err != nil {
		return fmt.Errorf("gazetteer: %q: %w", name, err)
	}
	if lines != nil {
		lines(strings.Count(text, "\n") + 1)
	}
	n := 0
	for l := range strings.Lines(text) {
		n++
		l = strings.TrimSuffix(strings.TrimSuffix(l, "\n"), "\r")
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		if err := line(l); err != nil {
			return fmt.Errorf("gazetteer: %q line %d: %w", name, n, err)
		}
	}
	return nil
}

func parseFloat(s string) (float64, error) {
	if s == "" {
		return 0, nil
	}
	return strconv.ParseFloat(s, 64)
}

// loadTables reads every table but the names index.
func loadTables(fsys fs.FS) (*tables, error) {
	t := &tables{}
	err := readTable(fsys, "data/countries.tsv.gz", 13, nil, func(f []string) error {
		lat, err1 := parseFloat(f[6])
		lon, err2 := parseFloat(f[7])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("country %q: bad coordinates %q,%q", f[3], f[6], f[7])
		}
		t.countries = append(t.countries, Country{
			Alpha2: f[0], Alpha3: f[1], CAMEO: f[2], Name: f[3], Official: f[4],
			Capital: f[5], Lat: lat, Lon: lon, Region: f[8], Subregion: f[9], Demonym: f[10],
			Independent: strings.Contains(f[11], "i"), Historical: strings.Contains(f[11], "h"),
		})
		_ = f[12] // reserved: alternative names live in the names table
		return nil
	})
	if err != nil {
		return nil, err
	}
	t.cameoOf = make(map[string]string, len(t.countries))
	for _, c := range t.countries {
		if c.Alpha3 != "" {
			t.cameoOf[c.Alpha3] = c.CAMEO
		}
	}
	err = readTable(fsys, "data/regions.tsv.gz", 3, nil, func(f []string) error {
		t.regions = append(t.regions, Region{Code: f[0], Name: f[1], Adjective: f[2]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "data/cities.tsv.gz", 7, func(n int) { t.cities = make([]City, 0, n) }, func(f []string) error {
		lat, err1 := parseFloat(f[3])
		lon, err2 := parseFloat(f[4])
		pop, err3 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("city %q: bad number in %q", f[0], f[3:6])
		}
		t.cities = append(t.cities, City{Name: f[0], Country: f[1], Admin: f[2], Lat: lat, Lon: lon,
			Population: pop, Capital: f[6] == "c"})
		return nil
	})
	if err != nil {
		return nil, err
	}
	simple := []struct {
		file string
		n    int
		add  func([]string)
	}{
		{"data/orgs.tsv.gz", 3, func(f []string) { t.orgs = append(t.orgs, Org{Name: f[0], Code: f[1], Country: f[2]}) }},
		{"data/agents.tsv.gz", 2, func(f []string) { t.agents = append(t.agents, Agent{Name: f[0], Code: f[1]}) }},
		{"data/demonyms.tsv.gz", 3, func(f []string) {
			t.demonyms = append(t.demonyms, Demonym{Name: f[0], Code: f[1], Country: f[2]})
		}},
		{"data/metonyms.tsv.gz", 3, func(f []string) {
			t.metonyms = append(t.metonyms, Metonym{Name: f[0], Code: f[1], Country: f[2]})
		}},
		{"data/places.tsv.gz", 2, func(f []string) { t.places = append(t.places, Place{Name: f[0], Country: f[1]}) }},
	}
	for _, s := range simple {
		if err := readTable(fsys, s.file, s.n, nil, func(f []string) error { s.add(f); return nil }); err != nil {
			return nil, err
		}
	}
	err = readTable(fsys, "data/people.tsv.gz", 3, func(n int) { t.people = make([]Person, 0, n) }, func(f []string) error {
		codes, err := parseCodes(f[2])
		if err != nil {
			return fmt.Errorf("person %q: %w", f[0], err)
		}
		t.people = append(t.people, Person{Name: f[0], Country: f[1], Codes: codes})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// kindOf maps the names table's kind letter to a Kind (0 if unknown).
func kindOf(c byte) Kind {
	switch c {
	case 'M':
		return KindMetonym
	case 'O':
		return KindOrg
	case 'P':
		return KindPerson
	case 'C':
		return KindCountry
	case 'D':
		return KindDemonym
	case 'R':
		return KindRegion
	case 'A':
		return KindAgent
	case 'T':
		return KindCity
	case 'L':
		return KindPlace
	}
	return 0
}

// size is the number of rows in the table of kind k.
func (t *tables) size(k Kind) int {
	switch k {
	case KindMetonym:
		return len(t.metonyms)
	case KindOrg:
		return len(t.orgs)
	case KindPerson:
		return len(t.people)
	case KindCountry:
		return len(t.countries)
	case KindDemonym:
		return len(t.demonyms)
	case KindRegion:
		return len(t.regions)
	case KindAgent:
		return len(t.agents)
	case KindCity:
		return len(t.cities)
	case KindPlace:
		return len(t.places)
	}
	return 0
}

// flagLetters maps the names table's flag letters to Flags.
var flagLetters = map[byte]Flag{
	'w': FlagCommonWord, 'n': FlagPersonName, 'p': FlagPlural, 'a': FlagAbbrev, 's': FlagSurname,
}

// entry builds the Entry for row id of kind k, checking the id is in range.
func (t *tables) entry(k Kind, id int) (Entry, error) {
	e := Entry{Kind: k, ID: int32(id)}
	n, ok := t.rows(k)
	if !ok {
		return e, fmt.Errorf("unknown kind %d", k)
	}
	if id < 0 || id >= n {
		return e, fmt.Errorf("%s id %d out of range [0,%d)", k, id, n)
	}
	switch k {
	case KindMetonym:
		m := t.metonyms[id]
		e.Name, e.Code, e.Country = m.Name, m.Code, m.Country
	case KindOrg:
		o := t.orgs[id]
		e.Name, e.Code, e.Country = o.Name, o.Code, o.Country
	case KindPerson:
		p := &t.people[id]
		e.Name, e.Code, e.Country = p.Name, p.Latest(), p.Country
	case KindCountry:
		c := t.countries[id]
		e.Name, e.Code, e.Country = c.Name, c.CAMEO, c.Alpha3
	case KindDemonym:
		d := t.demonyms[id]
		e.Name, e.Code, e.Country = d.Name, d.Code, d.Country
	case KindRegion:
		r := t.regions[id]
		e.Name, e.Code = r.Name, r.Code
	case KindAgent:
		a := t.agents[id]
		e.Name, e.Code = a.Name, a.Code
	case KindCity:
		c := t.cities[id]
		e.Name, e.Country, e.Code = c.Name, c.Country, t.cameoOf[c.Country]
		if c.Capital {
			e.Flags |= FlagCapital
		}
	case KindPlace:
		p := t.places[id]
		e.Name, e.Country, e.Code = p.Name, p.Country, t.cameoOf[p.Country]
	}
	return e, nil
}

// rows returns the number of rows of kind k's table.
func (t *tables) rows(k Kind) (int, bool) {
	switch k {
	case KindMetonym:
		return len(t.metonyms), true
	case KindOrg:
		return len(t.orgs), true
	case KindPerson:
		return len(t.people), true
	case KindCountry:
		return len(t.countries), true
	case KindDemonym:
		return len(t.demonyms), true
	case KindRegion:
		return len(t.regions), true
	case KindAgent:
		return len(t.agents), true
	case KindCity:
		return len(t.cities), true
	case KindPlace:
		return len(t.places), true
	}
	return 0, false
}
