package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"dateline/store"
)

// where collects a listing's conditions. Conditions are constant SQL
// fragments written here; every value the user gave is a bound argument.
type where struct {
	conds []string
	args  []any
	empty bool // a condition that can match nothing (a query with no words)
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// match adds a full-text condition on table (one of the FTS tables named
// in this file) when q has words; all words must match.
func (w *where) match(rowid, ftsTable, q string) {
	if q == "" {
		return
	}
	terms := store.Terms(q)
	if len(terms) == 0 {
		w.empty = true
		return
	}
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = `"` + t + `"` // Terms keeps letters and digits only: no quote to escape
	}
	w.add(rowid+` IN (SELECT rowid FROM `+ftsTable+` WHERE `+ftsTable+` MATCH ?)`, strings.Join(quoted, " "))
}

func (w *where) dates(col, field string, from, to string) error {
	if err := store.CheckDate(field+" from", from); err != nil {
		return err
	}
	if err := store.CheckDate(field+" to", to); err != nil {
		return err
	}
	if from != "" {
		w.add(col+` >= ?`, from)
	}
	if to != "" {
		w.add(col+` <= ?`, store.EndOfDay(to))
	}
	return nil
}

// list runs a keyset-paginated query: sel + conditions + order, one row more
// than the limit to know whether a next page exists.
func list[T any](ctx context.Context, db querier, what, sel string, w *where, order string, limit int,
	scan func(*sql.Rows) (T, store.Cursor, error)) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if w.empty {
		return page, nil
	}
	limit = store.ClampLimit(limit)
	q := sel
	if len(w.conds) > 0 {
		q += " WHERE " + strings.Join(w.conds, " AND ")
	}
	q += " ORDER BY " + order + " LIMIT ?"
	rows, err := db.QueryContext(ctx, q, append(w.args, limit+1)...)
	if err != nil {
		return page, fmt.Errorf("sqlite: list %s: %w", what, err)
	}
	defer rows.Close()
	var last store.Cursor
	for rows.Next() {
		if len(page.Items) == limit {
			page.Next = store.EncodeCursor(last)
			break
		}
		item, cur, err := scan(rows)
		if err != nil {
			return page, fmt.Errorf("sqlite: list %s: %w", what, err)
		}
		page.Items = append(page.Items, item)
		last = cur
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("sqlite: list %s: %w", what, err)
	}
	return page, nil
}

// Articles lists articles, newest published first.
func (db *DB) Articles(ctx context.Context, q store.ArticleQuery) (store.Page[store.Article], error) {
	w, err := articleWhere(q)
	if err != nil {
		return store.Page[store.Article]{}, err
	}
	if err := w.cursorDesc("published", q.Cursor); err != nil {
		return store.Page[store.Article]{}, err
	}
	return list(ctx, db.rq, "articles", `SELECT `+articleCols+` FROM articles`, &w, "published DESC, seq DESC", q.Limit,
		func(r *sql.Rows) (store.Article, store.Cursor, error) {
			a, seq, err := scanArticle(r)
			return a, store.Cursor{Key: a.Published, Seq: seq}, err
		})
}

// articleWhere is the selection of an article query, without its cursor
// (shared with ArticleFacets).
func articleWhere(q store.ArticleQuery) (where, error) {
	var w where
	w.match("seq", "articles_fts", q.Q)
	if err := w.dates("published", "articles", q.From, q.To); err != nil {
		return w, err
	}
	if q.Source != "" {
		w.add(`id IN (SELECT article_id FROM article_sources WHERE instr(input, ?) > 0 OR instr(url, ?) > 0)`, q.Source, q.Source)
	}
	if q.Language != "" {
		w.add(`language = ?`, q.Language)
	}
	if q.Entity != "" {
		w.add(`id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)`, q.Entity)
	}
	return w, nil
}

// cursorDesc continues a listing ordered by (key DESC, seq DESC).
func (w *where) cursorDesc(key, cursor string) error {
	c, ok, err := store.DecodeCursor(cursor)
	if ok {
		w.add(`(`+key+`, seq) < (?, ?)`, c.Key, c.Seq)
	}
	return err
}

// Quotes lists quotes, newest article first.
func (db *DB) Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.Quote], error) {
	var w where
	if q.Speaker != "" {
		if err := db.speakerCond(ctx, &w, q.Speaker); err != nil {
			return store.Page[store.Quote]{}, err
		}
	}
	w.match("seq", "quotes_fts", q.Q)
	if q.Kind != "" {
		w.add(`kind = ?`, q.Kind)
	}
	if err := w.dates("published", "quotes", q.From, q.To); err != nil {
		return store.Page[store.Quote]{}, err
	}
	if err := w.cursorDesc("published", q.Cursor); err != nil {
		return store.Page[store.Quote]{}, err
	}
	return list(ctx, db.rq, "quotes", `SELECT seq, article_id, id, kind, text, span_start, span_end, speaker_id,
		speaker_name, cue, confidence, published FROM quotes`, &w, "published DESC, seq DESC", q.Limit,
		func(r *sql.Rows) (store.Quote, store.Cursor, error) {
			var x store.Quote
			var seq int64
			err := r.Scan(&seq, &x.ArticleID, &x.ID, &x.Kind, &x.Text, &x.Start, &x.End, &x.SpeakerID,
				&x.SpeakerName, &x.Cue, &x.Confidence, &x.Published)
			return x, store.Cursor{Key: x.Published, Seq: seq}, err
		})
}

// Entities lists entities, most mentioned first.
func (db *DB) Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.Entity], error) {
	var w where
	w.match("seq", "entities_fts", q.Q)
	if q.Type != "" {
		w.add(`type = ?`, q.Type)
	}
	if q.Country != "" {
		w.add(`country = ?`, q.Country)
	}
	if c, ok, err := store.DecodeCursor(q.Cursor); err != nil {
		return store.Page[store.Entity]{}, err
	} else if ok {
		n, err := strconv.Atoi(c.Key)
		if err != nil {
			return store.Page[store.Entity]{}, fmt.Errorf("cursor %q: not an entities cursor: %w", q.Cursor, store.ErrBadQuery)
		}
		w.add(`(n_mentions, seq) < (?, ?)`, n, c.Seq)
	}
	return list(ctx, db.rq, "entities", `SELECT `+entityCols+` FROM entities`, &w, "n_mentions DESC, seq DESC", q.Limit,
		func(r *sql.Rows) (store.Entity, store.Cursor, error) {
			e, seq, err := scanEntity(r)
			return e, store.Cursor{Key: strconv.Itoa(e.Counts.Mentions), Seq: seq}, err
		})
}

// Events lists events, newest first.
func (db *DB) Events(ctx context.Context, q store.EventQuery) (store.Page[store.Event], error) {
	w, err := eventWhere(q)
	if err != nil {
		return store.Page[store.Event]{}, err
	}
	if err := w.cursorDesc("date", q.Cursor); err != nil {
		return store.Page[store.Event]{}, err
	}
	return list(ctx, db.rq, "events", `SELECT seq, article_id, id, code, root, quad_class, goldstein,
		actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
		date, location, text, span_start, span_end FROM events`, &w, "date DESC, seq DESC", q.Limit,
		func(r *sql.Rows) (store.Event, store.Cursor, error) {
			var e store.Event
			var seq int64
			err := r.Scan(&seq, &e.ArticleID, &e.ID, &e.Code, &e.Root, &e.QuadClass, &e.Goldstein,
				&e.Actor1.EntityID, &e.Actor1.Code, &e.Actor1.Name, &e.Actor1.Country,
				&e.Actor2.EntityID, &e.Actor2.Code, &e.Actor2.Name, &e.Actor2.Country,
				&e.Date, &e.Location, &e.Text, &e.Start, &e.End)
			return e, store.Cursor{Key: e.Date, Seq: seq}, err
		})
}

// eventWhere is the selection of an event query, without its cursor
// (shared with EventPlaces).
func eventWhere(q store.EventQuery) (where, error) {
	var w where
	if q.Actor != "" {
		w.add(`(actor1_id = ? OR actor2_id = ? OR actor1_code = ? OR actor2_code = ?)`, q.Actor, q.Actor, q.Actor, q.Actor)
	}
	if q.Code != "" {
		w.add(`code = ?`, q.Code)
	}
	if q.Root != "" {
		w.add(`root = ?`, q.Root)
	}
	if q.QuadClass != 0 {
		w.add(`quad_class = ?`, q.QuadClass)
	}
	if q.Country != "" {
		w.add(`(actor1_country = ? OR actor2_country = ?)`, q.Country, q.Country)
	}
	if err := w.dates("date", "events", q.From, q.To); err != nil {
		return w, err
	}
	return w, nil
}

// Commitments lists commitments, soonest due first.
func (db *DB) Commitments(ctx context.Context, q store.CommitmentQuery) (store.Page[store.Commitment], error) {
	var w where
	if q.DueFrom != "" {
		w.add(`due_start >= ?`, q.DueFrom)
	}
	if q.DueTo != "" {
		w.add(`due_start <> '' AND due_start <= ?`, store.EndOfDay(q.DueTo))
	}
	if c, ok, err := store.DecodeCursor(q.Cursor); err != nil {
		return store.Page[store.Commitment]{}, err
	} else if ok {
		w.add(`(due_start, seq) > (?, ?)`, c.Key, c.Seq)
	}
	return list(ctx, db.rq, "commitments", `SELECT seq, article_id, n, actor_id, actor_name, action, due_start, due_end,
		evidence, span_start, span_end, quote_id FROM commitments`, &w, "due_start, seq", q.Limit,
		func(r *sql.Rows) (store.Commitment, store.Cursor, error) {
			var c store.Commitment
			var seq int64
			err := r.Scan(&seq, &c.ArticleID, &c.Seq, &c.ActorID, &c.ActorName, &c.Action, &c.DueStart, &c.DueEnd,
				&c.Evidence, &c.Start, &c.End, &c.QuoteID)
			return c, store.Cursor{Key: c.DueStart, Seq: seq}, err
		})
}

// Errors lists error records, newest first.
func (db *DB) Errors(ctx context.Context, q store.ErrorQuery) (store.Page[store.ErrorRecord], error) {
	var w where
	if q.Input != "" {
		w.add(`instr(input, ?) > 0`, q.Input)
	}
	if q.Stage != "" {
		w.add(`stage = ?`, q.Stage)
	}
	if c, ok, err := store.DecodeCursor(q.Cursor); err != nil {
		return store.Page[store.ErrorRecord]{}, err
	} else if ok {
		w.add(`seq < ?`, c.Seq)
	}
	return list(ctx, db.rq, "errors", `SELECT seq, input, stage, message, time, article_id FROM errors`, &w, "seq DESC", q.Limit,
		func(r *sql.Rows) (store.ErrorRecord, store.Cursor, error) {
			var e store.ErrorRecord
			var seq int64
			var t string
			err := r.Scan(&seq, &e.Input, &e.Stage, &e.Message, &t, &e.ArticleID)
			e.Time = parseTime(t)
			return e, store.Cursor{Seq: seq}, err
		})
}
