package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"dateline"
	"dateline/store"
	"dateline/store/internal/sqlq"
)

// Article returns an article's metadata and every source it came from.
func (db *DB) Article(ctx context.Context, id string) (store.Article, error) {
	a, _, err := sqlq.ScanArticle(dialect{}, db.pool.QueryRow(ctx, `SELECT `+sqlq.ArticleCols+` FROM articles WHERE id = $1`, cleanText(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, db.fail(fmt.Sprintf("article %q", id), err)
	}
	rows, err := db.pool.Query(ctx, `SELECT input, item_id, url FROM article_sources WHERE article_id = $1
		ORDER BY added, input COLLATE "C", item_id COLLATE "C"`, id)
	if err != nil {
		return a, db.fail(fmt.Sprintf("sources of article %q", id), err)
	}
	a.Sources, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Source, error) {
		var s store.Source
		err := r.Scan(&s.Input, &s.ItemID, &s.URL)
		return s, err
	})
	if err != nil {
		return a, db.fail(fmt.Sprintf("sources of article %q", id), err)
	}
	return a, nil
}

// Analysis returns the stored Analysis, its ID set to the store id.
func (db *DB) Analysis(ctx context.Context, id string) (dateline.Analysis, error) {
	var a dateline.Analysis
	var blob []byte
	var text string
	err := db.pool.QueryRow(ctx, `SELECT analysis::text, text FROM articles WHERE id = $1`, cleanText(id)).Scan(&blob, &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, db.fail(fmt.Sprintf("analysis of %q", id), err)
	}
	if err := json.Unmarshal(blob, &a); err != nil {
		return a, fmt.Errorf("postgres: analysis of %q: stored JSON does not decode: %w", id, err)
	}
	a.ID, a.Text = id, text
	return a, nil
}

// Entity returns one entity with its counts; events are counted here
// rather than kept as a column, as an entity's events are few.
func (db *DB) Entity(ctx context.Context, id string) (store.Entity, error) {
	var e store.Entity
	err := db.pool.QueryRow(ctx, `SELECT id, name, type, country, actor, n_articles, n_mentions, n_quotes,
		(SELECT count(*) FROM events WHERE actor1_id = $1) + (SELECT count(*) FROM events WHERE actor2_id = $1 AND actor1_id <> $1)
		FROM entities WHERE id = $1`, cleanText(id)).Scan(&e.ID, &e.Name, &e.Type, &e.Country, &e.Actor,
		&e.Counts.Articles, &e.Counts.Mentions, &e.Counts.Quotes, &e.Counts.Events)
	if errors.Is(err, pgx.ErrNoRows) {
		return e, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, db.fail(fmt.Sprintf("entity %q", id), err)
	}
	return e, nil
}

// Stats counts what is stored. count(*) reads every row in PostgreSQL; on
// tens of millions of articles this takes seconds, which a stats call may.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE analysed),
		(SELECT count(*) FROM articles WHERE language NOT IN ('', 'en')),
		(SELECT count(*) FROM article_sources),
		(SELECT count(*) FROM story_groups),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM times),
		(SELECT count(*) FROM amounts),
		(SELECT count(*) FROM commitments),
		(SELECT count(*) FROM errors)`).Scan(&s.Articles, &s.Analysed, &s.NonEnglish, &s.Sources, &s.StoryGroups,
		&s.Entities, &s.Mentions, &s.Quotes, &s.Events, &s.Times, &s.Amounts, &s.Commitments, &s.Errors)
	if err != nil {
		return s, db.fail("stats", err)
	}
	s.DuplicateInputs = max(0, s.Sources-s.Articles)
	return s, nil
}

// RecentSketches calls fn for the last n articles that have a sketch,
// oldest first.
func (db *DB) RecentSketches(ctx context.Context, n int, fn func(id, group string, sketch []byte) error) error {
	rows, err := db.pool.Query(ctx, `SELECT id, COALESCE(story_group, ''), sketch FROM
		(SELECT seq, id, story_group, sketch FROM articles WHERE sketch IS NOT NULL ORDER BY seq DESC LIMIT $1) x
		ORDER BY seq`, n)
	if err != nil {
		return db.fail("recent sketches", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, group string
		var sketch []byte
		if err := rows.Scan(&id, &group, &sketch); err != nil {
			return db.fail("recent sketches", err)
		}
		if err := fn(id, group, sketch); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return db.fail("recent sketches", err)
	}
	return nil
}
