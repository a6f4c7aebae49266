package postgres

import (
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"dateline/store/postgres/pgtest"
)

func TestMigrateV2KeysArticleEntitiesBySeq(t *testing.T) {
	url := pgtest.Schema(t)
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	tx, err := conn.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := migrations.Apply(t.Context(), dialect{}, pgTx{tx}, 2); err != nil {
		t.Fatal(err)
	}
	// Two articles whose ids sort the other way round from their seqs,
	// each naming the same two entities, as a version-2 program wrote them.
	for _, q := range []string{
		`INSERT INTO entities(id, key, name, type) VALUES ('e1', 'ann', 'Ann', 'PERSON'), ('e2', 'bo', 'Bo', 'PERSON')`,
		`INSERT INTO articles(id, hash, analysed, text, analysis, ingested) VALUES ('ffff', 'ffff', true, 'x', '{}', now())`,
		`INSERT INTO articles(id, hash, analysed, text, analysis, ingested) VALUES ('aaaa', 'aaaa', true, 'x', '{}', now())`,
		`INSERT INTO article_entities(article_id, local_id, entity_id, name, type) VALUES
			('ffff', 'E1', 'e1', 'Ann', 'PERSON'), ('ffff', 'E2', 'e2', 'Bo', 'PERSON'),
			('aaaa', 'E1', 'e2', 'Bo', 'PERSON'), ('aaaa', 'E2', 'e1', 'Ann', 'PERSON')`,
	} {
		if _, err := tx.Exec(t.Context(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := tx.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}

	db, err := Open(t.Context(), url)
	if err != nil {
		t.Fatalf("open a version-2 database: %v", err)
	}
	defer db.Close()
	rows, err := db.pool.Query(t.Context(), `SELECT article_seq || ':' || article_id || ':' || local_id || ':' || entity_id
		FROM article_entities ORDER BY article_seq, local_id`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if want := []string{"1:ffff:E1:e1", "1:ffff:E2:e2", "2:aaaa:E1:e2", "2:aaaa:E2:e1"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("article_entities after migration = %v, %v; want %v", got, err, want)
	}
	co, err := db.CoEntities(t.Context(), "e1", 10)
	if err != nil || len(co) != 1 || co[0].ID != "e2" || co[0].Shared != 2 {
		t.Errorf("CoEntities(e1) after migration = %+v, %v; want e2 sharing 2 articles", co, err)
	}
}
