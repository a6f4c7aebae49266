package sqlite

import (
	"path/filepath"
	"testing"

	"dateline/store"
)

// A file of version 5 opened by this program loses the two unread indexes
// and keeps its rows; listings and the source filter still work.
func TestMigrateV5DropsUnreadIndexes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v5.db")
	w := oldFile(t, path, 5)
	for _, q := range []string{
		`INSERT INTO articles(seq, id, hash, title, analysed, story_group, text, analysis, ingested) VALUES
			(1, 'a1', 'h1', 'Ferry late', 1, 'g1', 'The harbour ferry sailed two hours late.', '{}', 'now')`,
		`INSERT INTO article_sources(article_id, input, url, added) VALUES ('a1', 'feeds/harbour.xml', 'https://example.org/ferry', 'now')`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	w.Close()

	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-5 file: %v", err)
	}
	defer db.Close()
	for _, idx := range []string{"articles_story_group", "article_sources_url"} {
		var n int
		if err := db.r.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = ?`, idx).Scan(&n); err != nil || n != 0 {
			t.Errorf("index %s: %d, %v; want none", idx, n, err)
		}
	}
	a, err := db.Article(t.Context(), "a1")
	if err != nil || a.StoryGroup != "g1" || len(a.Sources) != 1 || a.Sources[0].URL != "https://example.org/ferry" {
		t.Errorf("article a1 = %+v, %v; want story group g1 and its source", a, err)
	}
	page, err := db.Articles(t.Context(), store.ArticleQuery{Source: "example.org"})
	if err != nil || len(page.Items) != 1 {
		t.Errorf("articles from source example.org = %+v, %v; want a1", page.Items, err)
	}
}
