package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"dateline/store"
)

// A file of version 4, its rows indexed as that program indexed them, opened
// by this one: the full-text tables keep no token counts, hold the same
// (term, row, column, offset) entries, and find the same rows.
func TestMigrateV4IndexesWithoutColumnSizes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	w := oldFile(t, path, 4) // one connection: instances' temporary table is the connection's
	for _, q := range []string{
		`INSERT INTO articles(seq, id, hash, title, analysed, text, analysis, ingested) VALUES
			(1, 'a1', 'h1', 'Ferry late', 1, 'The harbour ferry sailed two hours late.', '{}', 'now'),
			(2, 'a2', 'h2', 'Pier shut', 1, 'Rain closed the pier for the weekend.', '{}', 'now')`,
		`INSERT INTO quotes(seq, article_id, id, kind, text, span_start, span_end) VALUES
			(1, 'a1', 'Q1', 'direct', 'we sail at dawn', 0, 15), (2, 'a2', 'Q1', 'direct', 'the pier stays shut', 0, 19)`,
		`INSERT INTO entities(seq, id, key, name, type) VALUES (1, 'e1', 'harbour council', 'Harbour Council', 'ORG'),
			(2, 'e2', 'pier trust', 'Pier Trust', 'ORG')`,
		`INSERT INTO articles_fts(rowid, title, text) SELECT seq, title, text FROM articles`,
		`INSERT INTO quotes_fts(rowid, text) SELECT seq, text FROM quotes`,
		`INSERT INTO entities_fts(rowid, name) SELECT seq, name FROM entities`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	before := map[string]string{}
	for _, fts := range []string{"articles_fts", "quotes_fts", "entities_fts"} {
		before[fts] = instances(t, w, fts)
	}
	w.Close()

	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-4 file: %v", err)
	}
	defer db.Close()
	for fts, want := range before {
		var n int
		if err := db.r.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = ?`, fts+"_docsize").Scan(&n); err != nil || n != 0 {
			t.Errorf("%s_docsize: %d tables, %v; want none", fts, n, err)
		}
		if got := instances(t, db.w, fts); got != want {
			t.Errorf("%s after migration:\n%s\nwant\n%s", fts, got, want)
		}
		if _, err := db.w.Exec(`INSERT INTO ` + fts + `(` + fts + `) VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s integrity-check: %v", fts, err)
		}
	}
	arts, err := db.Articles(t.Context(), store.ArticleQuery{Q: "sailing ferries"})
	if err != nil || len(arts.Items) != 1 || arts.Items[0].ID != "a1" {
		t.Errorf("articles matching %q = %+v, %v; want a1", "sailing ferries", arts.Items, err)
	}
	quotes, err := db.Quotes(t.Context(), store.QuoteQuery{Q: "pier"})
	if err != nil || len(quotes.Items) != 1 || quotes.Items[0].ArticleID != "a2" {
		t.Errorf("quotes matching %q = %+v, %v; want a2's", "pier", quotes.Items, err)
	}
	ents, err := db.Entities(t.Context(), store.EntityQuery{Q: "harb*"})
	if err != nil || len(ents.Items) != 1 || ents.Items[0].ID != "e1" {
		t.Errorf("entities matching %q = %+v, %v; want e1", "harb*", ents.Items, err)
	}
}

// instances lists the (term, row, column, offset) entries of the full-text
// table fts, one a line, in order.
func instances(t *testing.T, w *sql.DB, fts string) string {
	t.Helper()
	if _, err := w.Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.` + fts + `_inst USING fts5vocab(main, ` + fts + `, instance)`); err != nil {
		t.Fatal(err)
	}
	rows, err := w.Query(`SELECT term, doc, col, offset FROM temp.` + fts + `_inst ORDER BY term, doc, col, offset`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out string
	for rows.Next() {
		var term, col string
		var doc, off int
		if err := rows.Scan(&term, &doc, &col, &off); err != nil {
			t.Fatal(err)
		}
		out += fmt.Sprintf("%s %d %s %d\n", term, doc, col, off)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if out == "" {
		t.Fatalf("%s holds no entries", fts)
	}
	return out
}
