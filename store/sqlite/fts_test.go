package sqlite

import (
	"path/filepath"
	"testing"

	"dateline"
	"dateline/store"
)

// article makes a record whose entity and quote are new or shared by name.
func article(input, text, entity, quote string) store.Record {
	return store.Record{Analysis: dateline.Analysis{
		Text:     text,
		Entities: []dateline.EntityJSON{{ID: "E1", Name: entity, Type: "ORG", Mentions: []dateline.MentionJSON{{Start: 0, End: 1, Text: "x", Kind: "name"}}}},
		Quotes:   []dateline.QuoteJSON{{ID: "Q1", Kind: "direct", Text: quote}},
	}, Analysed: true, Source: store.Source{Input: input}}
}

func TestBatchIndexesItsOwnNewRows(t *testing.T) {
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "fts.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	batches := [][]store.Record{
		{article("a.txt", "The ferry sailed late.", "Harbour Council", "we sail at dawn")},
		// A duplicate of the first article, a new article sharing its
		// entity, and one with a new entity.
		{article("a2.txt", "The ferry sailed late.", "Harbour Council", "we sail at dawn"),
			article("b.txt", "The bridge reopened.", "Harbour Council", "traffic flows again"),
			article("c.txt", "Rain closed the pier.", "Pier Trust", "the pier stays shut")},
	}
	for _, b := range batches {
		if _, err := db.PutBatch(t.Context(), b); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		table string
		want  int
	}{{"articles", 3}, {"quotes", 3}, {"entities", 2}} {
		t.Run(tc.table+" are each indexed once", func(t *testing.T) {
			var rows, indexed int
			if err := db.r.QueryRow(`SELECT count(*) FROM ` + tc.table).Scan(&rows); err != nil || rows != tc.want {
				t.Fatalf("%s rows = %d, %v; want %d", tc.table, rows, err, tc.want)
			}
			// The index's own row count (the docsize table), not the
			// content table's.
			if err := db.r.QueryRow(`SELECT count(*) FROM ` + tc.table + `_fts_docsize`).Scan(&indexed); err != nil || indexed != rows {
				t.Errorf("%s_fts indexes %d rows, %v; want %d", tc.table, indexed, err, rows)
			}
			if _, err := db.w.Exec(`INSERT INTO ` + tc.table + `_fts(` + tc.table + `_fts) VALUES ('integrity-check')`); err != nil {
				t.Errorf("%s_fts integrity-check: %v", tc.table, err)
			}
		})
	}
	e, err := db.Entity(t.Context(), store.EntityID("ORG", "Harbour Council"))
	if err != nil || e.Counts.Articles != 2 || e.Counts.Mentions != 2 {
		t.Errorf("Harbour Council = %+v, %v; want 2 articles, 2 mentions (the duplicate not counted)", e, err)
	}
}
