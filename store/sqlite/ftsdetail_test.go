package sqlite

import (
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"dateline/store"
)

// A search word holding a letter FTS5 reads as a separator (a New Tai Lue
// vowel sign between two consonants) is two tokens to the index, and an
// index without positions refuses them as a phrase: the pieces are each
// required instead.
func TestSearchAWordFTS5Splits(t *testing.T) {
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	word := "\u1980\u19b0\u1981" // consonant, vowel sign, consonant
	recs := []store.Record{
		article("a.txt", "The river market sells "+word+" at dawn.", "River Guild", "we trade "+word),
		article("b.txt", "The hill market sells tea.", "Hill Guild", "we trade tea"),
	}
	if _, err := db.PutBatch(t.Context(), recs); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{word, word + " trade", word[:3] + "*", word + "*"} {
		page, err := db.Articles(t.Context(), store.ArticleQuery{Q: strings.Replace(q, "trade", "market", 1)})
		if err != nil || len(page.Items) != 1 {
			t.Errorf("Articles(%q) = %d articles, %v; want one", q, len(page.Items), err)
		}
		quotes, err := db.Quotes(t.Context(), store.QuoteQuery{Q: q})
		if err != nil || len(quotes.Items) != 1 {
			t.Errorf("Quotes(%q) = %d quotes, %v; want one", q, len(quotes.Items), err)
		}
	}
}

// ftsSeparator names every rune Go counts as a letter or digit that the
// tokenizers of the full-text tables split a word at: each rune between
// two Latin letters, one row a rune, must make one token unless listed.
func TestFTSSeparatorListsEveryLetterFTS5Splits(t *testing.T) {
	if testing.Short() {
		t.Skip("tokenizes every letter rune")
	}
	dbx, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dbx.Close()
	dbx.SetMaxOpenConns(1)
	for _, tok := range []string{"porter unicode61", "unicode61"} {
		for _, q := range []string{`DROP TABLE IF EXISTS f`, `DROP TABLE IF EXISTS v`,
			`CREATE VIRTUAL TABLE f USING fts5(a, tokenize='` + tok + `')`,
			`CREATE VIRTUAL TABLE v USING fts5vocab(f, instance)`} {
			if _, err := dbx.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		tx, err := dbx.Begin()
		if err != nil {
			t.Fatal(err)
		}
		ins, err := tx.Prepare(`INSERT INTO f(rowid, a) VALUES (?, ?)`)
		if err != nil {
			t.Fatal(err)
		}
		for r := rune(1); r <= unicode.MaxRune; r++ {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if _, err := ins.Exec(r, "q"+string(r)+"z"); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		rows, err := dbx.Query(`SELECT doc FROM v GROUP BY doc HAVING count(*) > 1 ORDER BY doc`)
		if err != nil {
			t.Fatal(err)
		}
		var split, listed []rune
		for rows.Next() {
			var r rune
			if err := rows.Scan(&r); err != nil {
				t.Fatal(err)
			}
			split = append(split, r)
		}
		rows.Close()
		for r := rune(1); r <= unicode.MaxRune; r++ {
			if ftsSeparator(r) {
				listed = append(listed, r)
			}
		}
		if !slices.Equal(split, listed) {
			t.Errorf("%s splits a word at %U; ftsSeparator lists %U", tok, split, listed)
		}
	}
}

// A version-4 file (full-text indexes with positions) opens with its
// indexes rebuilt without them, and its searches find the same rows.
func TestMigrateV4IndexesWithoutPositions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(t.Context(), w, path, 4); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO articles(seq, id, hash, title, analysed, text, analysis, ingested) VALUES
			(1, 'a1', 'h1', 'Ferry delayed', 1, 'The ferry to Northwick sailed late in fog.', '{}', 'now'),
			(2, 'a2', 'h2', 'Bridge open', 1, 'The bridge at Easthaven reopened to traffic.', '{}', 'now')`,
		`INSERT INTO quotes(seq, article_id, id, kind, text, span_start, span_end) VALUES
			(1, 'a1', 'Q1', 'direct', 'we sailed as soon as the fog lifted', 0, 1),
			(2, 'a2', 'Q1', 'direct', 'traffic flows again', 0, 1)`,
		`INSERT INTO entities(seq, id, key, name, type) VALUES (1, 'e1', 'northwickferries', 'Northwick Ferries', 'ORG'),
			(2, 'e2', 'easthavencouncil', 'Easthaven Council', 'ORG')`,
		`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`,
		`INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')`,
		`INSERT INTO entities_fts(entities_fts) VALUES ('rebuild')`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	w.Close()

	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-4 file: %v", err)
	}
	defer db.Close()
	for _, f := range []string{"articles_fts", "quotes_fts", "entities_fts"} {
		var def string
		if err := db.r.QueryRow(`SELECT sql FROM sqlite_master WHERE name = ?`, f).Scan(&def); err != nil || !strings.Contains(def, "detail=none") {
			t.Errorf("%s after migration: %q, %v; want detail=none", f, def, err)
		}
		if _, err := db.w.Exec(`INSERT INTO ` + f + `(` + f + `) VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s integrity-check: %v", f, err)
		}
	}
	arts, err := db.Articles(t.Context(), store.ArticleQuery{Q: "sailing ferr*"})
	if err != nil || len(arts.Items) != 1 || arts.Items[0].ID != "a1" {
		t.Errorf("Articles(sailing ferr*) = %+v, %v; want a1", arts.Items, err)
	}
	quotes, err := db.Quotes(t.Context(), store.QuoteQuery{Q: "traffic"})
	if err != nil || len(quotes.Items) != 1 || quotes.Items[0].ArticleID != "a2" {
		t.Errorf("Quotes(traffic) = %+v, %v; want a2's", quotes.Items, err)
	}
	ents, err := db.Entities(t.Context(), store.EntityQuery{Q: "easthaven"})
	if err != nil || len(ents.Items) != 1 || ents.Items[0].ID != "e2" {
		t.Errorf("Entities(easthaven) = %+v, %v; want e2", ents.Items, err)
	}
}
