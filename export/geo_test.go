package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"dateline"
)

// actionGeo exports one event located at loc (nil: no place) and returns
// its eight ActionGeo columns.
func actionGeo(t *testing.T, loc *string) []string {
	t.Helper()
	a := dateline.Analysis{ID: "geo", Published: ptr("2025-03-04"), Events: []dateline.EventJSON{{ID: "V1", Code: "042", QuadClass: 1, Goldstein: 1.9,
		Actor1: &dateline.ActorJSON{Code: "GBRGOV", Name: "the minister"}, Actor2: &dateline.ActorJSON{Code: "UKR", Name: "Ukraine"}, Location: loc}}}
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
	i := slices.Index(GDELTColumns, "ActionGeo_Type")
	return row[i : i+8]
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
