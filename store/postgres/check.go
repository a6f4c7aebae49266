package postgres

import (
	"context"
	"fmt"
	"strings"
)

// Check verifies what one transaction per article promises: every article
// has a source and exactly the rows its counts say, every entity's counts
// are the sum of its articles' rows, and no record points at an article
// that is not stored. A write applied twice (a redelivered job counted
// again) or half (a crash mid-way) shows here. It returns nil or an error
// listing each broken rule with how many rows break it.
func (db *DB) Check(ctx context.Context) error {
	var broken []string
	for _, c := range []struct{ rule, sql string }{
		{"articles without a source", `SELECT count(*) FROM articles a
			WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)`},
		{"articles whose mention count differs from their mentions", `SELECT count(*) FROM articles a
			WHERE n_mentions <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)`},
		{"articles whose quote count differs from their quotes", `SELECT count(*) FROM articles a
			WHERE n_quotes <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)`},
		{"articles whose event count differs from their events", `SELECT count(*) FROM articles a
			WHERE n_events <> (SELECT count(*) FROM events v WHERE v.article_id = a.id)`},
		{"entities whose article count differs from the articles naming them", `SELECT count(*) FROM entities e
			WHERE n_articles <> (SELECT count(DISTINCT article_id) FROM article_entities x WHERE x.entity_id = e.id)`},
		{"entities whose mention count differs from their mentions", `SELECT count(*) FROM entities e
			WHERE n_mentions <> (SELECT COALESCE(sum(mentions), 0) FROM article_entities x WHERE x.entity_id = e.id)`},
		{"entities whose quote count differs from their quotes", `SELECT count(*) FROM entities e
			WHERE n_quotes <> (SELECT count(*) FROM quotes q WHERE q.speaker_id = e.id)`},
		{"records of articles that are not stored", `SELECT
			(SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)) +
			(SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)) +
			(SELECT count(*) FROM events v WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id)) +
			(SELECT count(*) FROM article_sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id))`},
	} {
		var n int
		if err := db.pool.QueryRow(ctx, c.sql).Scan(&n); err != nil {
			return db.fail("check "+c.rule, err)
		}
		if n > 0 {
			broken = append(broken, fmt.Sprintf("%d %s", n, c.rule))
		}
	}
	if len(broken) > 0 {
		return fmt.Errorf("postgres: %s: inconsistent: %s", db.name, strings.Join(broken, "; "))
	}
	return nil
}
