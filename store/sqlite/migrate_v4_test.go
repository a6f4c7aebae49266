package sqlite

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestMigrateV3KeysArticleEntitiesBySeq(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v3.db")
	w := oldFile(t, path, 3)
	// Two articles whose ids sort the other way round from their seqs,
	// each naming the same two entities, as a version-3 program wrote them.
	for _, q := range []string{
		`INSERT INTO entities(id, key, name, type) VALUES ('e1', 'ann', 'Ann', 'PERSON'), ('e2', 'bo', 'Bo', 'PERSON')`,
		`INSERT INTO articles(seq, id, hash, analysed, text, analysis, ingested) VALUES (1, 'ffff', 'ffff', 1, 'x', '{}', 'now')`,
		`INSERT INTO articles(seq, id, hash, analysed, text, analysis, ingested) VALUES (2, 'aaaa', 'aaaa', 1, 'x', '{}', 'now')`,
		`INSERT INTO article_entities(article_id, local_id, entity_id, name, type) VALUES
			('ffff', 'E1', 'e1', 'Ann', 'PERSON'), ('ffff', 'E2', 'e2', 'Bo', 'PERSON'),
			('aaaa', 'E1', 'e2', 'Bo', 'PERSON'), ('aaaa', 'E2', 'e1', 'Ann', 'PERSON')`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	w.Close()

	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-3 file: %v", err)
	}
	defer db.Close()
	var got []string
	rows, err := db.r.Query(`SELECT article_seq || ':' || article_id || ':' || local_id || ':' || entity_id FROM article_entities`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		got = append(got, s)
	}
	rows.Close()
	if want := []string{"1:ffff:E1:e1", "1:ffff:E2:e2", "2:aaaa:E1:e2", "2:aaaa:E2:e1"}; !slices.Equal(got, want) {
		t.Errorf("article_entities after migration = %v, want %v (in seq order)", got, want)
	}
	co, err := db.CoEntities(t.Context(), "e1", 10)
	if err != nil || len(co) != 1 || co[0].ID != "e2" || co[0].Shared != 2 {
		t.Errorf("CoEntities(e1) after migration = %+v, %v; want e2 sharing 2 articles", co, err)
	}
}
