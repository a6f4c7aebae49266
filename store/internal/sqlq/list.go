package sqlq

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"dateline/store"
)

// list runs a keyset-paginated query: sel + conditions + order, one row more
// than the limit to know whether a next page exists. Each row is scanned
// into one item through the same destinations, dests(&item, &seq) (a Scan
// through an interface would allocate its arguments row by row), then
// finish tidies the item and returns its cursor's key.
func list[T any](ctx context.Context, q *Queries, what, sel string, w *where, order string, limit int,
	dests func(it *T, seq *int64) []any, finish func(it *T) string) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if w.empty {
		return page, nil
	}
	limit = store.ClampLimit(limit)
	sql := sel
	if len(w.conds) > 0 {
		sql += " WHERE " + w.sql()
	}
	rows, err := q.query(ctx, sql+" ORDER BY "+order+" LIMIT ?", append(w.args, limit+1)...)
	if err != nil {
		return page, q.c.Fail("list "+what, err)
	}
	defer rows.Close()
	var it, zero T
	var seq int64
	d := dests(&it, &seq)
	var last store.Cursor
	for rows.Next() {
		if len(page.Items) == limit {
			page.Next = store.EncodeCursor(last)
			break
		}
		it = zero // nothing of the last row carries over (a slice Scan would reuse)
		if err := rows.Scan(d...); err != nil {
			return page, q.c.Fail("list "+what, err)
		}
		last = store.Cursor{Key: finish(&it), Seq: seq}
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return page, q.c.Fail("list "+what, err)
	}
	return page, nil
}

// Articles lists articles, newest published first.
func (q *Queries) Articles(ctx context.Context, aq store.ArticleQuery) (store.Page[store.Article], error) {
	w, err := articleWhere(q.d, aq)
	if err != nil {
		return store.Page[store.Article]{}, err
	}
	if err := w.cursorDesc("published", aq.Cursor); err != nil {
		return store.Page[store.Article]{}, err
	}
	return list(ctx, q, "articles", `SELECT `+articleCols+` FROM articles`, &w, "published DESC, seq DESC", aq.Limit,
		func(a *store.Article, seq *int64) []any { return articleDests(q.d, a, seq) },
		func(a *store.Article) string {
			tidyArticle(a)
			return a.Published
		})
}

// Quotes lists quotes, newest article first.
func (q *Queries) Quotes(ctx context.Context, qq store.QuoteQuery) (store.Page[store.Quote], error) {
	w := newWhere(q.d)
	if qq.Speaker != "" {
		if err := q.speakerCond(ctx, &w, qq.Speaker); err != nil {
			return store.Page[store.Quote]{}, err
		}
	}
	w.match("quotes", qq.Q)
	if qq.Kind != "" {
		w.add(`kind = ?`, qq.Kind)
	}
	if err := w.dates("published", "quotes", qq.From, qq.To); err != nil {
		return store.Page[store.Quote]{}, err
	}
	if err := w.cursorDesc("published", qq.Cursor); err != nil {
		return store.Page[store.Quote]{}, err
	}
	return list(ctx, q, "quotes", `SELECT seq, article_id, id, kind, text, span_start, span_end, speaker_id,
		speaker_name, cue, confidence, published FROM quotes`, &w, "published DESC, seq DESC", qq.Limit,
		func(x *store.Quote, seq *int64) []any {
			return []any{seq, &x.ArticleID, &x.ID, &x.Kind, &x.Text, &x.Start, &x.End, &x.SpeakerID,
				&x.SpeakerName, &x.Cue, &x.Confidence, &x.Published}
		},
		func(x *store.Quote) string { return x.Published })
}

// speakerCond selects the quotes of the entities a speaker parameter names
// (an id, or a name matched on its key). The ids are looked up first so
// that the usual case, one entity, is `speaker_id = ?`: the database then
// walks quotes_speaker in (published, seq) order and stops at the page's
// end, where an IN over a subquery sorts every quote of the speaker first
// (see BenchmarkQuotesBySpeaker in package server).
func (q *Queries) speakerCond(ctx context.Context, w *where, speaker string) error {
	rows, err := q.query(ctx, `SELECT id FROM entities WHERE id = ? OR key = ?`, speaker, store.EntityKey(speaker))
	if err != nil {
		return q.c.Fail(fmt.Sprintf("speaker %q", speaker), err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return q.c.Fail(fmt.Sprintf("speaker %q", speaker), err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return q.c.Fail(fmt.Sprintf("speaker %q", speaker), err)
	}
	if terms := store.Terms(speaker); len(terms) == 1 {
		// One word is also a surname or a single name: "Johnson" finds
		// Boris Johnson, and "Trump" Donald Trump beside an entity named
		// "Trump" alone. A full name stays exact: "Donald Trump" is not
		// Donald Trump Jr.
		more, err := q.speakersNamed(ctx, terms)
		if err != nil {
			return q.c.Fail(fmt.Sprintf("speaker %q", speaker), err)
		}
		for _, id := range more {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	switch len(ids) {
	case 0:
		w.empty = true
	case 1:
		w.add(`speaker_id = ?`, ids[0])
	default:
		cond, args := q.d.OneOf("speaker_id", ids)
		w.add(cond, args...)
	}
	return nil
}

// maxSpeakersNamed bounds the entities one word of a speaker parameter
// selects, the most mentioned first: a common surname stays one query.
const maxSpeakersNamed = 50

// speakersNamed lists the entities whose name holds the words, the most
// mentioned first.
func (q *Queries) speakersNamed(ctx context.Context, terms []string) ([]string, error) {
	cond, arg := q.d.Match("entities", terms)
	rows, err := q.query(ctx, `SELECT id FROM entities WHERE `+cond+` ORDER BY n_mentions DESC, seq DESC LIMIT ?`, arg, maxSpeakersNamed)
	return collect(rows, err, func(r Row) (string, error) {
		var id string
		err := r.Scan(&id)
		return id, err
	})
}

// Entities lists entities, most mentioned first.
func (q *Queries) Entities(ctx context.Context, eq store.EntityQuery) (store.Page[store.Entity], error) {
	w := newWhere(q.d)
	w.match("entities", eq.Q)
	if eq.Type != "" {
		w.add(`type = ?`, eq.Type)
	}
	if eq.Country != "" {
		w.add(`country = ?`, eq.Country)
	}
	if c, ok, err := store.DecodeCursor(eq.Cursor); err != nil {
		return store.Page[store.Entity]{}, err
	} else if ok {
		n, err := strconv.Atoi(c.Key)
		if err != nil {
			return store.Page[store.Entity]{}, fmt.Errorf("cursor %q: not an entities cursor: %w", eq.Cursor, store.ErrBadQuery)
		}
		w.add(`(n_mentions, seq) < (?, ?)`, n, c.Seq)
	}
	page, err := list(ctx, q, "entities", `SELECT `+entityCols+` FROM entities`, &w, "n_mentions DESC, seq DESC", eq.Limit,
		entityDests, func(e *store.Entity) string { return strconv.Itoa(e.Counts.Mentions) })
	for i := range page.Items {
		if err == nil {
			err = q.countEntityEvents(ctx, &page.Items[i])
		}
	}
	return page, err
}

// Events lists events, newest first.
func (q *Queries) Events(ctx context.Context, eq store.EventQuery) (store.Page[store.Event], error) {
	w, err := eventWhere(q.d, eq)
	if err != nil {
		return store.Page[store.Event]{}, err
	}
	if err := w.cursorDesc("date", eq.Cursor); err != nil {
		return store.Page[store.Event]{}, err
	}
	return list(ctx, q, "events", `SELECT seq, article_id, id, code, root, quad_class, goldstein,
		actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
		date, location, text, span_start, span_end FROM events`, &w, "date DESC, seq DESC", eq.Limit,
		func(e *store.Event, seq *int64) []any {
			return []any{seq, &e.ArticleID, &e.ID, &e.Code, &e.Root, &e.QuadClass, &e.Goldstein,
				&e.Actor1.EntityID, &e.Actor1.Code, &e.Actor1.Name, &e.Actor1.Country,
				&e.Actor2.EntityID, &e.Actor2.Code, &e.Actor2.Name, &e.Actor2.Country,
				&e.Date, &e.Location, &e.Text, &e.Start, &e.End}
		},
		func(e *store.Event) string { return e.Date })
}

// Commitments lists commitments, soonest due first.
func (q *Queries) Commitments(ctx context.Context, cq store.CommitmentQuery) (store.Page[store.Commitment], error) {
	w := newWhere(q.d)
	if cq.DueFrom != "" {
		w.add(`due_start >= ?`, cq.DueFrom)
	}
	if cq.DueTo != "" {
		w.add(`due_start <> '' AND due_start <= ?`, store.EndOfDay(cq.DueTo))
	}
	if c, ok, err := store.DecodeCursor(cq.Cursor); err != nil {
		return store.Page[store.Commitment]{}, err
	} else if ok {
		w.add(`(due_start, seq) > (?, ?)`, c.Key, c.Seq)
	}
	return list(ctx, q, "commitments", `SELECT seq, article_id, n, actor_id, actor_name, action, due_start, due_end,
		evidence, span_start, span_end, quote_id FROM commitments`, &w, "due_start, seq", cq.Limit,
		func(c *store.Commitment, seq *int64) []any {
			return []any{seq, &c.ArticleID, &c.Seq, &c.ActorID, &c.ActorName, &c.Action, &c.DueStart, &c.DueEnd,
				&c.Evidence, &c.Start, &c.End, &c.QuoteID}
		},
		func(c *store.Commitment) string { return c.DueStart })
}

// Errors lists error records, newest first.
func (q *Queries) Errors(ctx context.Context, eq store.ErrorQuery) (store.Page[store.ErrorRecord], error) {
	w := newWhere(q.d)
	if eq.Input != "" {
		w.add(q.d.Contains("input"), eq.Input)
	}
	switch eq.Stage {
	case "":
	case store.StageRead:
		w.add(`stage = ''`)
	default:
		w.add(`stage = ?`, eq.Stage)
	}
	if c, ok, err := store.DecodeCursor(eq.Cursor); err != nil {
		return store.Page[store.ErrorRecord]{}, err
	} else if ok {
		w.add(`seq < ?`, c.Seq)
	}
	return list(ctx, q, "errors", `SELECT seq, input, stage, message, time, article_id FROM errors`, &w, "seq DESC", eq.Limit,
		func(e *store.ErrorRecord, seq *int64) []any {
			return []any{seq, &e.Input, &e.Stage, &e.Message, q.d.ScanTime(&e.Time), &e.ArticleID}
		},
		func(e *store.ErrorRecord) string {
			e.Time = e.Time.UTC()
			return ""
		})
}
