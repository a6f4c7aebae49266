package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline"
)

func ptr(s string) *string { return &s }

func sample() dateline.Analysis {
	loc := "Edoras"
	return dateline.Analysis{
		ID: "doc-1", URL: ptr("https://news.example/rohan"), Published: ptr("2025-08-18"),
		Sentences: []dateline.SentenceJSON{{Start: 0, End: 60}, {Start: 61, End: 120}},
		Tone:      &dateline.ToneJSON{Tone: -1.5},
		Events: []dateline.EventJSON{
			{ID: "V1", Code: "036", QuadClass: 1, Goldstein: 4,
				Actor1: &dateline.ActorJSON{Code: "ROHGOV", Name: "King Theoden"},
				Actor2: &dateline.ActorJSON{Code: "IGOWSTNAT", Name: "the Alliance"},
				Date:   "2025-08-17", Location: &loc, Start: 0, End: 40},
			{ID: "V2", Code: "036", QuadClass: 1, Goldstein: 4,
				Actor1: &dateline.ActorJSON{Code: "ROHGOV", Name: "Theoden"},
				Actor2: &dateline.ActorJSON{Code: "IGOWSTNAT", Name: "the Alliance"},
				Date:   "2025-08-17", Start: 70, End: 100},
			{ID: "V3", Code: "0211", QuadClass: 1, Goldstein: 3.4,
				Actor1: &dateline.ActorJSON{Code: "---MOSREB", Name: "militants"},
				Actor2: &dateline.ActorJSON{Code: "GON", Name: "Gondor"}, Start: 70, End: 110},
			{ID: "V4", Code: "111", QuadClass: 3, Goldstein: -2,
				Actor1: &dateline.ActorJSON{Code: "GON", Name: "Gondor"},
				Actor2: &dateline.ActorJSON{Code: "MOR", Name: "Mordor"}, Date: "2025-02", Start: 70, End: 110},
		},
	}
}

func TestGDELTRecords(t *testing.T) {
	var b bytes.Buffer
	w := NewGDELTWriter(&b, GDELTOptions{Added: time.Date(2025, 8, 18, 12, 30, 0, 0, time.UTC)})
	if err := w.Write(sample()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&b)
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d records, want 3 (two identical events merge)", len(rows))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	tests := []struct {
		row       int
		column    string
		want      string
		behaviour string
	}{
		{0, "SQLDATE", "20250817", "date of the clause"},
		{0, "MonthYear", "202508", "month"},
		{0, "FractionDate", "2025.7041", "GDELT's fraction (8*30+17)/365"},
		{0, "Actor1Code", "ROHGOV", "actor code"},
		{0, "Actor1Name", "KING THEODEN", "names upper-cased as in GDELT"},
		{0, "Actor1CountryCode", "ROH", "country is the first segment"},
		{0, "Actor1Type1Code", "GOV", "role segment"},
		{0, "Actor2CountryCode", "", "an IGO has no country"},
		{0, "Actor2Type1Code", "IGO", "IGO type"},
		{0, "Actor2KnownGroupCode", "WST", "the group after IGO"},
		{0, "IsRootEvent", "1", "event in the lead sentence"},
		{0, "EventCode", "036", "leading zero kept"},
		{0, "EventBaseCode", "036", "base of a three-digit code"},
		{0, "EventRootCode", "03", "root"},
		{0, "QuadClass", "1", "quad class"},
		{0, "GoldsteinScale", "4", "goldstein"},
		{0, "NumMentions", "2", "identical events counted"},
		{0, "AvgTone", "-1.5", "document tone"},
		{0, "ActionGeo_Type", "0", "a place the gazetteer does not know is no match"},
		{0, "ActionGeo_FullName", "", "no match has no name, as in GDELT"},
		{0, "Actor1Geo_Type", "0", "an actor country the gazetteer does not know (ROH) is no match"},
		{0, "DATEADDED", "20250818123000", "date added"},
		{0, "SOURCEURL", "https://news.example/rohan", "source URL"},
		{1, "SQLDATE", "20250818", "publication date when the clause has none"},
		{1, "EventBaseCode", "021", "base of a four-digit code"},
		{1, "IsRootEvent", "0", "event after the lead"},
		{1, "Actor1CountryCode", "", "null country"},
		{1, "Actor1Code", "MOSREB", "a null country's dashes dropped as in GDELT's own rows"},
		{1, "Actor1Religion1Code", "MOS", "religion segment"},
		{1, "Actor1Type1Code", "REB", "rebel type"},
		{2, "SQLDATE", "20250201", "a month is dated on its first day"},
		{2, "MonthYear", "202502", "a month's MonthYear"},
	}
	for _, tc := range tests {
		t.Run(tc.behaviour, func(t *testing.T) {
			row := rows[tc.row]
			if len(row) != 61 {
				t.Fatalf("row %d: got %d columns, want 61", tc.row, len(row))
			}
			if got := row[col[tc.column]]; got != tc.want {
				t.Errorf("row %d %s: got %q, want %q", tc.row, tc.column, got, tc.want)
			}
		})
	}
	if rows[0][0] == rows[1][0] || rows[0][0] == "" {
		t.Errorf("GLOBALEVENTID: got %q and %q, want distinct ids", rows[0][0], rows[1][0])
	}
}

func TestGDELTColumnsMatchCodebook(t *testing.T) {
	p := filepath.Join("..", "..", "shared", "bench", "data", "events", "gdelt", "gdeltPyR_events2.csv")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("GDELT schema not at %s", p)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range recs[1:] {
		names = append(names, r[0])
	}
	if strings.Join(names, ",") != strings.Join(GDELTColumns, ",") {
		t.Errorf("columns differ from GDELT's schema:\n got %v\nwant %v", GDELTColumns, names)
	}
}

func TestReadAnalyses(t *testing.T) {
	t.Run("jsonl and pretty json", func(t *testing.T) {
		in := `{"id":"a","events":[]}` + "\n\n" + "{\n  \"id\": \"b\"\n}\n"
		var ids []string
		err := ReadAnalyses(strings.NewReader(in), func(a dateline.Analysis) error { ids = append(ids, a.ID); return nil })
		if err != nil || strings.Join(ids, ",") != "a,b" {
			t.Errorf("got %v, %v; want [a b]", ids, err)
		}
	})
	t.Run("bad record is named", func(t *testing.T) {
		in := `{"id":"a"}` + "\n" + `{"id":` + "\n"
		err := ReadAnalyses(strings.NewReader(in), func(dateline.Analysis) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "analysis 2") {
			t.Errorf("got %v, want an error naming analysis 2", err)
		}
	})
}
