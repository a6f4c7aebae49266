package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"dateline/store"
)

// where collects a listing's conditions. Conditions are constant SQL
// fragments written here with ? for each value; every value the user gave
// is a bound argument ($n, numbered by bind).
type where struct {
	conds []string
	args  []any
	empty bool // a condition that can match nothing (a query with no words)
}

func (w *where) add(cond string, args ...any) {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = cleanText(s) // a NUL in a query parameter is refused by the server
		}
	}
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// sql joins the conditions with AND ("TRUE" when there are none).
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(w.conds, " AND ")
}

// bind numbers the ? placeholders of q as $1, $2, … in order. The SQL of
// this package has no ? of its own (no literal, no jsonb operator).
func bind(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// match adds a full-text condition on a tsvector column when q has words;
// all words must match. plainto_tsquery reads the words as plain text:
// nothing the user types is query syntax.
func (w *where) match(col, config, q string) {
	if q == "" {
		return
	}
	terms := store.Terms(q)
	if len(terms) == 0 {
		w.empty = true
		return
	}
	w.add(col+` @@ plainto_tsquery('`+config+`', ?)`, strings.Join(terms, " "))
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

// cursorDesc continues a listing ordered by (key DESC, seq DESC).
func (w *where) cursorDesc(key, cursor string) error {
	c, ok, err := store.DecodeCursor(cursor)
	if ok {
		w.add(`(`+key+`, seq) < (?, ?)`, c.Key, c.Seq)
	}
	return err
}

// list runs a keyset-paginated query: sel + conditions + order, one row more
// than the limit to know whether a next page exists.
func list[T any](ctx context.Context, db *DB, what, sel string, w *where, order string, limit int,
	scan func(pgx.Rows) (T, store.Cursor, error)) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if w.empty {
		return page, nil
	}
	limit = store.ClampLimit(limit)
	q := bind(sel + " WHERE " + w.sql() + " ORDER BY " + order + " LIMIT ?")
	rows, err := db.pool.Query(ctx, q, append(w.args, limit+1)...)
	if err != nil {
		return page, db.fail("list "+what, err)
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
			return page, db.fail("list "+what, err)
		}
		page.Items = append(page.Items, item)
		last = cur
	}
	if err := rows.Err(); err != nil {
		return page, db.fail("list "+what, err)
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
	return list(ctx, db, "articles", `SELECT `+articleCols+` FROM articles`, &w, "published DESC, seq DESC", q.Limit,
		func(r pgx.Rows) (store.Article, store.Cursor, error) {
			a, seq, err := scanArticle(r)
			return a, store.Cursor{Key: a.Published, Seq: seq}, err
		})
}

// articleWhere is the selection of an article query, without its cursor
// (shared with ArticleFacets).
func articleWhere(q store.ArticleQuery) (where, error) {
	var w where
	w.match("fts", "dateline_en", q.Q)
	if err := w.dates("published", "articles", q.From, q.To); err != nil {
		return w, err
	}
	if q.Source != "" {
		w.add(`id IN (SELECT article_id FROM article_sources WHERE strpos(input, ?) > 0 OR strpos(url, ?) > 0)`, q.Source, q.Source)
	}
	if q.Language != "" {
		w.add(`language = ?`, q.Language)
	}
	if q.Entity != "" {
		w.add(`id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)`, q.Entity)
	}
	return w, nil
}

// Quotes lists quotes, newest article first.
func (db *DB) Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.Quote], error) {
	var w where
	if q.Speaker != "" {
		if err := db.speakerCond(ctx, &w, q.Speaker); err != nil {
			return store.Page[store.Quote]{}, err
		}
	}
	w.match("fts", "dateline_en", q.Q)
	if q.Kind != "" {
		w.add(`kind = ?`, q.Kind)
	}
	if err := w.dates("published", "quotes", q.From, q.To); err != nil {
		return store.Page[store.Quote]{}, err
	}
	if err := w.cursorDesc("published", q.Cursor); err != nil {
		return store.Page[store.Quote]{}, err
	}
	return list(ctx, db, "quotes", `SELECT seq, article_id, id, kind, text, span_start, span_end, speaker_id,
		speaker_name, cue, confidence, published FROM quotes`, &w, "published DESC, seq DESC", q.Limit,
		func(r pgx.Rows) (store.Quote, store.Cursor, error) {
			var x store.Quote
			var seq int64
			err := r.Scan(&seq, &x.ArticleID, &x.ID, &x.Kind, &x.Text, &x.Start, &x.End, &x.SpeakerID,
				&x.SpeakerName, &x.Cue, &x.Confidence, &x.Published)
			return x, store.Cursor{Key: x.Published, Seq: seq}, err
		})
}

// speakerCond selects the quotes of the entities a speaker parameter names
// (an id, or a name matched on its key), looked up first so the usual
// case, one entity, is an equality the quotes_speaker index serves in
// order.
func (db *DB) speakerCond(ctx context.Context, w *where, speaker string) error {
	rows, err := db.pool.Query(ctx, `SELECT id FROM entities WHERE id = $1 OR key = $2`,
		cleanText(speaker), cleanText(store.EntityKey(speaker)))
	if err != nil {
		return db.fail(fmt.Sprintf("speaker %q", speaker), err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return db.fail(fmt.Sprintf("speaker %q", speaker), err)
	}
	switch len(ids) {
	case 0:
		w.empty = true
	case 1:
		w.add(`speaker_id = ?`, ids[0])
	default:
		w.add(`speaker_id = ANY(?::text[])`, ids)
	}
	return nil
}

// Entities lists entities, most mentioned first.
func (db *DB) Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.Entity], error) {
	var w where
	w.match("fts", "simple", q.Q)
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
	return list(ctx, db, "entities", `SELECT `+entityCols+` FROM entities`, &w, "n_mentions DESC, seq DESC", q.Limit,
		func(r pgx.Rows) (store.Entity, store.Cursor, error) {
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
	return list(ctx, db, "events", `SELECT seq, article_id, id, code, root, quad_class, goldstein,
		actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
		date, location, text, span_start, span_end FROM events`, &w, "date DESC, seq DESC", q.Limit,
		func(r pgx.Rows) (store.Event, store.Cursor, error) {
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
	return list(ctx, db, "commitments", `SELECT seq, article_id, n, actor_id, actor_name, action, due_start, due_end,
		evidence, span_start, span_end, quote_id FROM commitments`, &w, "due_start, seq", q.Limit,
		func(r pgx.Rows) (store.Commitment, store.Cursor, error) {
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
		w.add(`strpos(input, ?) > 0`, q.Input)
	}
	if q.Stage != "" {
		w.add(`stage = ?`, q.Stage)
	}
	if c, ok, err := store.DecodeCursor(q.Cursor); err != nil {
		return store.Page[store.ErrorRecord]{}, err
	} else if ok {
		w.add(`seq < ?`, c.Seq)
	}
	return list(ctx, db, "errors", `SELECT seq, input, stage, message, time, article_id FROM errors`, &w, "seq DESC", q.Limit,
		func(r pgx.Rows) (store.ErrorRecord, store.Cursor, error) {
			var e store.ErrorRecord
			var seq int64
			err := r.Scan(&seq, &e.Input, &e.Stage, &e.Message, &e.Time, &e.ArticleID)
			e.Time = e.Time.UTC()
			return e, store.Cursor{Seq: seq}, err
		})
}
