package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"dateline"
)

// actionGeo exports one event located at loc (nil: no place) and returns
// its eight ActionGeo columns.
func actionGeo(t *testing.T, loc *string) []string {
	t.Helper()
	row := geoRow(t, "", dateline.EventJSON{Goldstein: 1.9, Location: loc,
		Actor1: &dateline.ActorJSON{Code: "GBRGOV", Name: "the minister"}, Actor2: &dateline.ActorJSON{Code: "UKR", Name: "Ukraine"}})
	i := slices.Index(GDELTColumns, "ActionGeo_Type")
	var cols []string
	for _, c := range GDELTColumns[i : i+8] {
		cols = append(cols, row[c])
	}
	return cols
}

func TestGDELTActionGeo(t *testing.T) {
	// Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
	tests := []struct {
		name string
		loc  *string
		want []string
	}{
		{"no place named is no match, all blank", nil, []string{"0", "", "", "", "", "", "", ""}},
		{"a place the gazetteer does not know is no match, its name dropped", ptr("Edoras"), []string{"0", "", "", "", "", "", "", ""}},
		{"a country by its name is a country match at its centroid", ptr("Ukraine"), []string{"1", "Ukraine", "", "", "", "49", "32", ""}},
		{"a country's abbreviation is written as its name", ptr("U.S."), []string{"1", "United States", "", "", "", "38", "-97", ""}},
		{"a city outside the US is a world city", ptr("Kharkiv"), []string{"4", "Kharkiv, Ukraine", "", "", "", "49.98081", "36.25272", ""}},
		{"a US city is a US city", ptr("Houston"), []string{"3", "Houston, United States", "", "", "", "29.76328", "-95.36327", ""}},
		{"another known place is matched at its country", ptr("Helmand"), []string{"1", "Afghanistan", "", "", "", "33", "65", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actionGeo(t, tt.loc)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ActionGeo columns = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGDELTSourceURL(t *testing.T) {
	tests := []struct {
		name string
		a    dateline.Analysis
		want string
	}{
		{"the article's URL", dateline.Analysis{ID: "a1", URL: ptr("https://news.example/a1"), Source: "feed.rss"}, "https://news.example/a1"},
		{"without a URL, the input it was read from", dateline.Analysis{ID: "001", Source: "bbc/business/001.txt"}, "bbc/business/001.txt"},
		{"without either, the id", dateline.Analysis{ID: "x"}, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.Events = []dateline.EventJSON{{ID: "V1", Code: "042", QuadClass: 1, Actor1: &dateline.ActorJSON{Code: "FRA"}, Actor2: &dateline.ActorJSON{Code: "DEU"}}}
			var b bytes.Buffer
			w := NewGDELTWriter(&b, GDELTOptions{})
			if err := w.Write(tt.a); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			cols := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\t")
			if got := cols[len(cols)-1]; got != tt.want {
				t.Errorf("SOURCEURL = %q, want %q", got, tt.want)
			}
		})
	}
}

// geoRow exports one event of an article with text body and returns its
// columns by name.
func geoRow(t *testing.T, body string, ev dateline.EventJSON) map[string]string {
	t.Helper()
	ev.ID, ev.Code, ev.QuadClass = "V1", "042", 1
	a := dateline.Analysis{ID: "geo", Text: body, Published: ptr("2025-03-04"), Events: []dateline.EventJSON{ev}}
	var b bytes.Buffer
	w := NewGDELTWriter(&b, GDELTOptions{})
	if err := w.Write(a); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&b)
	r.Comma, r.LazyQuotes = '\t', true
	row, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for i, c := range GDELTColumns {
		out[c] = row[i]
	}
	return out
}

func TestGDELTActorGeo(t *testing.T) {
	row := geoRow(t, "", dateline.EventJSON{
		Actor1: &dateline.ActorJSON{Code: "UKRGOV", Name: "the minister"},
		Actor2: &dateline.ActorJSON{Code: "IGOWSTNAT", Name: "the alliance"}})
	for col, want := range map[string]string{
		"Actor1Geo_Type": "1", "Actor1Geo_FullName": "Ukraine", "Actor1Geo_Lat": "49", "Actor1Geo_Long": "32",
		"Actor2Geo_Type": "0", "Actor2Geo_FullName": "", // an IGO has no country
	} {
		if got := row[col]; got != want {
			t.Errorf("%s = %q, want %q", col, got, want)
		}
	}
	// People of no country ("---PPL") are a type, not a country "PPL".
	row = geoRow(t, "", dateline.EventJSON{
		Actor1: &dateline.ActorJSON{Code: "---PPL", Name: "residents"},
		Actor2: &dateline.ActorJSON{Code: "FRA", Name: "France"}})
	for col, want := range map[string]string{
		"Actor1CountryCode": "", "Actor1Type1Code": "PPL", "Actor1Geo_Type": "0",
		"Actor2Geo_Type": "1", "Actor2Geo_FullName": "France",
	} {
		if got := row[col]; got != want {
			t.Errorf("%s = %q, want %q", col, got, want)
		}
	}
}

func TestGDELTActionGeoUSState(t *testing.T) {
	loc := "Georgia"
	for _, tc := range []struct {
		name, body, want string
	}{
		{"a city of the state before it", "Teachers marched in Macon, Georgia, as the governor met union leaders in Georgia.", "United States"},
		{"the governor's title", "Georgia Gov. Ann Reyes met farm groups in Georgia on Monday.", "United States"},
		{"the country's capital", "The minister met officials in Georgia before flying on to Tbilisi.", "Georgia"},
		{"no context: the country", "The minister met officials in Georgia.", "Georgia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			row := geoRow(t, tc.body, dateline.EventJSON{Location: &loc,
				Actor1: &dateline.ActorJSON{Code: "USAGOV"}, Actor2: &dateline.ActorJSON{Code: "---LAB"}})
			if got := row["ActionGeo_FullName"]; got != tc.want || row["ActionGeo_Type"] != "1" {
				t.Errorf("ActionGeo %s %q, want 1 %q", row["ActionGeo_Type"], got, tc.want)
			}
		})
	}
}
