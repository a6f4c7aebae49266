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
			// The rows the index itself holds terms of, not the content
			// table's count; integrity-check (below) finds a row indexed
			// twice.
			if err := db.w.QueryRow(`SELECT count(DISTINCT doc) FROM ` + vocab(t, db, tc.table+`_fts`)).Scan(&indexed); err != nil || indexed != rows {
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

// vocab creates a temporary fts5vocab table of each (term, row, column,
// offset) of the full-text table fts, on the writer's connection, and
// returns its name.
func vocab(t *testing.T, db *DB, fts string) string {
	t.Helper()
	name := "temp." + fts + "_vocab"
	if _, err := db.w.Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ` + name + ` USING fts5vocab(main, ` + fts + `, instance)`); err != nil {
		t.Fatal(err)
	}
	return name
}
