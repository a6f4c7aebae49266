package sqlq

import (
	"context"
	"encoding/json"
	"fmt"

	"dateline"
	"dateline/store"
)

// Article returns an article's metadata and every source it came from.
func (q *Queries) Article(ctx context.Context, id string) (store.Article, error) {
	var a store.Article
	var seq int64
	err := q.queryRow(ctx, `SELECT `+articleCols+` FROM articles WHERE id = ?`, id).Scan(articleDests(q.d, &a, &seq)...)
	tidyArticle(&a)
	if q.c.NoRows(err) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, q.c.Fail(fmt.Sprintf("article %q", id), err)
	}
	rows, err := q.query(ctx, `SELECT input, item_id, url FROM article_sources WHERE article_id = ?
		ORDER BY added, `+q.d.Bytewise("input")+`, `+q.d.Bytewise("item_id"), id)
	a.Sources, err = collect(rows, err, func(r Row) (store.Source, error) {
		var s store.Source
		err := r.Scan(&s.Input, &s.ItemID, &s.URL)
		return s, err
	})
	if err != nil {
		return a, q.c.Fail(fmt.Sprintf("sources of article %q", id), err)
	}
	if len(a.Sources) == 0 {
		a.Sources = nil
	}
	return a, nil
}

// Analysis returns the stored Analysis, its ID set to the store id.
func (q *Queries) Analysis(ctx context.Context, id string) (dateline.Analysis, error) {
	var a dateline.Analysis
	var blob []byte
	var text string
	err := q.queryRow(ctx, `SELECT CAST(analysis AS text), text FROM articles WHERE id = ?`, id).Scan(&blob, &text)
	if q.c.NoRows(err) {
		return a, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, q.c.Fail(fmt.Sprintf("analysis of %q", id), err)
	}
	if err := json.Unmarshal(blob, &a); err != nil {
		return a, q.c.Fail(fmt.Sprintf("analysis of %q", id), fmt.Errorf("stored JSON does not decode: %w", err))
	}
	a.ID, a.Text = id, text
	return a, nil
}

// Entity returns one entity with its counts; events are counted here
// rather than kept as a column, as an entity's events are few.
func (q *Queries) Entity(ctx context.Context, id string) (store.Entity, error) {
	var e store.Entity
	var seq int64
	err := q.queryRow(ctx, `SELECT `+entityCols+`, `+entityEvents+`
		FROM entities WHERE id = ?`, id, id, id, id).Scan(append(entityDests(&e, &seq), &e.Counts.Events)...)
	if q.c.NoRows(err) {
		return e, fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, q.c.Fail(fmt.Sprintf("entity %q", id), err)
	}
	return e, nil
}

// entityEvents counts the events of the entity bound three times: as
// actor 1, or as actor 2 of an event it is not also actor 1 of.
const entityEvents = `(SELECT count(*) FROM events WHERE actor1_id = ?) + (SELECT count(*) FROM events WHERE actor2_id = ? AND actor1_id <> ?)`

// countEntityEvents sets e.Counts.Events, which lists read from the
// entities table do not hold: without it every entity of /api/entities
// showed 0 events beside the right count on its own page. A page is at
// most store.MaxLimit entities, two index lookups each.
func (q *Queries) countEntityEvents(ctx context.Context, e *store.Entity) error {
	if err := q.queryRow(ctx, `SELECT `+entityEvents, e.ID, e.ID, e.ID).Scan(&e.Counts.Events); err != nil {
		return q.c.Fail(fmt.Sprintf("events of entity %q", e.ID), err)
	}
	return nil
}

// Stats counts what is stored. count(*) walks every row; on tens of
// millions of articles this takes seconds, which a stats call may.
func (q *Queries) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := q.queryRow(ctx, `SELECT
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
		return s, q.c.Fail("stats", err)
	}
	s.DuplicateInputs = max(0, s.Sources-s.Articles)
	return s, nil
}

// RecentSketches calls fn for the last n articles that have a sketch,
// oldest first.
func (q *Queries) RecentSketches(ctx context.Context, n int, fn func(id, group string, sketch []byte) error) error {
	rows, err := q.query(ctx, `SELECT id, COALESCE(story_group, ''), sketch FROM
		(SELECT seq, id, story_group, sketch FROM articles WHERE sketch IS NOT NULL ORDER BY seq DESC LIMIT ?) x
		ORDER BY seq`, n)
	if err != nil {
		return q.c.Fail("recent sketches", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, group string
		var sketch []byte
		if err := rows.Scan(&id, &group, &sketch); err != nil {
			return q.c.Fail("recent sketches", err)
		}
		if err := fn(id, group, sketch); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return q.c.Fail("recent sketches", err)
	}
	return nil
}

// collect scans every row of a query (rows and err as Query returned them)
// into a slice, empty rather than nil when there are none.
func collect[T any](rows Rows, err error, scan func(Row) (T, error)) ([]T, error) {
	out := []T{}
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		item, err := scan(rows)
		if err != nil {
			return out, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}
