package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"dateline"
	"dateline/store"
	"dateline/store/internal/sqlq"
)

// Article returns an article's metadata and every source it came from.
func (db *DB) Article(ctx context.Context, id string) (store.Article, error) {
	a, _, err := sqlq.ScanArticle(dialect{}, db.r.QueryRowContext(ctx, `SELECT `+sqlq.ArticleCols+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: article %q: %w", id, err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT input, item_id, url FROM article_sources WHERE article_id = ? ORDER BY added, input, item_id`, id)
	if err != nil {
		return a, fmt.Errorf("sqlite: sources of article %q: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var s store.Source
		if err := rows.Scan(&s.Input, &s.ItemID, &s.URL); err != nil {
			return a, fmt.Errorf("sqlite: sources of article %q: %w", id, err)
		}
		a.Sources = append(a.Sources, s)
	}
	if err := rows.Err(); err != nil {
		return a, fmt.Errorf("sqlite: sources of article %q: %w", id, err)
	}
	return a, nil
}

// Analysis returns the stored Analysis, its ID set to the store id.
func (db *DB) Analysis(ctx context.Context, id string) (dateline.Analysis, error) {
	var a dateline.Analysis
	var blob, text string
	err := db.r.QueryRowContext(ctx, `SELECT analysis, text FROM articles WHERE id = ?`, id).Scan(&blob, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: analysis of %q: %w", id, err)
	}
	if err := json.Unmarshal([]byte(blob), &a); err != nil {
		return a, fmt.Errorf("sqlite: analysis of %q: stored JSON does not decode: %w", id, err)
	}
	a.ID, a.Text = id, text
	return a, nil
}

// Entity returns one entity with its counts; events are counted here
// rather than kept as a column, as an entity's events are few.
func (db *DB) Entity(ctx context.Context, id string) (store.Entity, error) {
	e, _, err := sqlq.ScanEntity(db.r.QueryRowContext(ctx, `SELECT `+sqlq.EntityCols+` FROM entities WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("sqlite: entity %q: %w", id, err)
	}
	err = db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM events WHERE actor1_id = ?1)
		+ (SELECT count(*) FROM events WHERE actor2_id = ?1 AND actor1_id <> ?1)`, id).Scan(&e.Counts.Events)
	if err != nil {
		return e, fmt.Errorf("sqlite: events of entity %q: %w", id, err)
	}
	return e, nil
}

// Stats counts what is stored.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE analysed = 1),
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
		return s, fmt.Errorf("sqlite: stats of %q: %w", db.path, err)
	}
	s.DuplicateInputs = max(0, s.Sources-s.Articles)
	return s, nil
}

// RecentSketches calls fn for the last n articles that have a sketch,
// oldest first.
func (db *DB) RecentSketches(ctx context.Context, n int, fn func(id, group string, sketch []byte) error) error {
	rows, err := db.r.QueryContext(ctx, `SELECT id, COALESCE(story_group, ''), sketch FROM
		(SELECT seq, id, story_group, sketch FROM articles WHERE sketch IS NOT NULL ORDER BY seq DESC LIMIT ?)
		ORDER BY seq`, n)
	if err != nil {
		return fmt.Errorf("sqlite: recent sketches of %q: %w", db.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, group string
		var sketch []byte
		if err := rows.Scan(&id, &group, &sketch); err != nil {
			return fmt.Errorf("sqlite: recent sketches of %q: %w", db.path, err)
		}
		if err := fn(id, group, sketch); err != nil {
			return err
		}
	}
	return rows.Err()
}
