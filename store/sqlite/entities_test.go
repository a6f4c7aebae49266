package sqlite

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"dateline"
	"dateline/store"
)

// TestBatchEntitiesAsOneByOne: a batch's entities, tallied, end as they
// end when each article is stored in a batch of its own.
func TestBatchEntitiesAsOneByOne(t *testing.T) {
	ent := func(id, name, country string, mentions int) dateline.EntityJSON {
		e := dateline.EntityJSON{ID: id, Name: name, Type: "ORG", Roles: []string{}}
		if country != "" {
			e.Country = ptr(country)
		}
		for range mentions {
			e.Mentions = append(e.Mentions, dateline.MentionJSON{Start: 0, End: 1, Text: "x", Kind: "name"})
		}
		return e
	}
	recs := []store.Record{
		// The council first without a country, then with one, then
		// with another (the first one known stays).
		{Analysis: dateline.Analysis{Text: "one", Entities: []dateline.EntityJSON{
			ent("E1", "Harbour Council", "", 2), ent("E2", "Pier Trust", "NOR", 1)},
			Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "direct", Text: "a", Speaker: ptr("E1")}}}},
		{Analysis: dateline.Analysis{Text: "two", Entities: []dateline.EntityJSON{
			ent("E1", "Ferry Line", "", 1), ent("E2", "Harbour Council", "NOR", 3)},
			Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "direct", Text: "b", Speaker: ptr("E2")},
				{ID: "Q2", Kind: "direct", Text: "c", Speaker: ptr("E2")}}}},
		{Analysis: dateline.Analysis{Text: "one"}}, // a duplicate: counts nothing
		{Analysis: dateline.Analysis{Text: "three", Entities: []dateline.EntityJSON{
			ent("E1", "Harbour Council", "SWE", 1), ent("E2", "Harbour Council", "", 1)}}},
	}
	for i := range recs {
		recs[i].Analysed = true
		recs[i].Source = store.Source{Input: fmt.Sprintf("%d.txt", i)}
	}
	entities := func(batch int) []string {
		db, err := Open(t.Context(), filepath.Join(t.TempDir(), "e.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for c := range slices.Chunk(recs, batch) {
			if _, err := db.PutBatch(t.Context(), c); err != nil {
				t.Fatal(err)
			}
		}
		var out []string
		rows, err := db.r.Query(`SELECT seq, name, country, n_articles, n_mentions, n_quotes FROM entities ORDER BY seq`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var seq, na, nm, nq int
			var name, country string
			if err := rows.Scan(&seq, &name, &country, &na, &nm, &nq); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%d %s %q articles=%d mentions=%d quotes=%d", seq, name, country, na, nm, nq))
		}
		return out
	}
	want := entities(1)
	if got := entities(len(recs)); !slices.Equal(got, want) {
		t.Errorf("one batch:\n%v\nwant (an article a batch):\n%v", got, want)
	}
	if len(want) != 3 || want[0] != `1 Harbour Council "NOR" articles=3 mentions=7 quotes=3` {
		t.Errorf("an article a batch: %v; want the council first, with NOR, 3 articles, 7 mentions, 3 quotes", want)
	}
}
