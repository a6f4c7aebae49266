package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"dateline/store"
	"dateline/store/internal/sqlq"
)

var _ store.Explorer = (*DB)(nil)

// EntityTimeline counts an entity's mentions, quotes and events per day.
// Only full dates count as days: an event dated to a month has no bar.
func (db *DB) EntityTimeline(ctx context.Context, id, from, to string) ([]store.DayCount, error) {
	if err := store.CheckDate("timeline from", from); err != nil {
		return nil, err
	}
	if err := store.CheckDate("timeline to", to); err != nil {
		return nil, err
	}
	id = cleanText(id)
	if err := db.entityExists(ctx, id); err != nil {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, `SELECT day, SUM(m)::bigint, SUM(q)::bigint, SUM(e)::bigint FROM (
			SELECT substr(a.published, 1, 10) AS day, ae.mentions AS m, 0 AS q, 0 AS e
				FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = $1
			UNION ALL
			SELECT substr(published, 1, 10), 0, 1, 0 FROM quotes WHERE speaker_id = $1
			UNION ALL
			SELECT substr(date, 1, 10), 0, 0, 1 FROM events WHERE actor1_id = $1 OR actor2_id = $1) x
		WHERE length(day) = 10 AND ($2 = '' OR day >= $2) AND ($3 = '' OR day <= $3)
		GROUP BY day ORDER BY day`, id, from, store.EndOfDay(to))
	if err != nil {
		return nil, db.fail(fmt.Sprintf("timeline of entity %q", id), err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.DayCount, error) {
		var d store.DayCount
		err := r.Scan(&d.Day, &d.Mentions, &d.Quotes, &d.Events)
		return d, err
	})
	if err != nil {
		return nil, db.fail(fmt.Sprintf("timeline of entity %q", id), err)
	}
	return nonNilSlice(out), nil
}

func (db *DB) entityExists(ctx context.Context, id string) error {
	var one int
	err := db.pool.QueryRow(ctx, `SELECT 1 FROM entities WHERE id = $1`, id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return db.fail(fmt.Sprintf("entity %q", id), err)
	}
	return nil
}

// CoEntities lists the entities sharing the most articles with id. An
// article that names one entity twice (two spellings joined into one id)
// counts once.
func (db *DB) CoEntities(ctx context.Context, id string, limit int) ([]store.CoEntity, error) {
	id = cleanText(id)
	if err := db.entityExists(ctx, id); err != nil {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, `SELECT e.seq, e.id, e.name, e.type, e.country, e.actor, e.n_articles, e.n_mentions,
			e.n_quotes, x.shared FROM (
			SELECT b.entity_id AS id, count(DISTINCT b.article_id) AS shared
			FROM article_entities a JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
			WHERE a.entity_id = $1 GROUP BY b.entity_id) x
		JOIN entities e ON e.id = x.id
		ORDER BY x.shared DESC, e.n_mentions DESC, e.seq LIMIT $2`, id, store.ClampLimit(limit))
	if err != nil {
		return nil, db.fail(fmt.Sprintf("entities seen with %q", id), err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.CoEntity, error) {
		var c store.CoEntity
		var seq int64
		err := r.Scan(&seq, &c.ID, &c.Name, &c.Type, &c.Country, &c.Actor, &c.Counts.Articles,
			&c.Counts.Mentions, &c.Counts.Quotes, &c.Shared)
		return c, err
	})
	if err != nil {
		return nil, db.fail(fmt.Sprintf("entities seen with %q", id), err)
	}
	return nonNilSlice(out), nil
}

// quadSums are the count, the per-QuadClass counts and the Goldstein mean
// of a group of events.
const quadSums = `count(*), count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
	count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), avg(goldstein)`

// ActorNetwork groups events by (actor1, actor2). A side is its entity when
// the coder resolved one, else its CAMEO code; entities are named by their
// canonical name.
func (db *DB) ActorNetwork(ctx context.Context, q store.NetworkQuery) ([]store.Edge, error) {
	w := sqlq.NewWhere(dialect{})
	w.Add(`(actor1_id <> '' OR actor1_code <> '') AND (actor2_id <> '' OR actor2_code <> '')`)
	if q.Actor != "" {
		w.Add(`(actor1_id = ? OR actor2_id = ? OR actor1_code = ? OR actor2_code = ?)`, q.Actor, q.Actor, q.Actor, q.Actor)
	}
	if err := w.Dates("date", "network", q.From, q.To); err != nil {
		return nil, err
	}
	query := bind(`SELECT g.s, COALESCE(e1.name, g.n1), g.c1, COALESCE(NULLIF(e1.country, ''), g.k1),
			g.t, COALESCE(e2.name, g.n2), g.c2, COALESCE(NULLIF(e2.country, ''), g.k2),
			g.n, g.q1, g.q2, g.q3, g.q4, g.gs, g.first, g.last
		FROM (SELECT CASE WHEN actor1_id <> '' THEN actor1_id ELSE 'code:' || actor1_code END AS s,
				CASE WHEN actor2_id <> '' THEN actor2_id ELSE 'code:' || actor2_code END AS t,
				max(actor1_name) AS n1, max(actor1_code) AS c1, max(actor1_country) AS k1,
				max(actor2_name) AS n2, max(actor2_code) AS c2, max(actor2_country) AS k2,
				count(*) AS n, count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
				count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
				avg(goldstein) AS gs, min(date) AS first, max(date) AS last
			FROM events WHERE ` + w.SQL() + ` GROUP BY 1, 2) g
		LEFT JOIN entities e1 ON e1.id = g.s
		LEFT JOIN entities e2 ON e2.id = g.t
		ORDER BY g.n DESC, g.s COLLATE "C", g.t COLLATE "C" LIMIT ?`)
	rows, err := db.pool.Query(ctx, query, append(cleanArgs(w.Args()), store.ClampLimit(q.Limit))...)
	if err != nil {
		return nil, db.fail("actor network", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Edge, error) {
		var e store.Edge
		err := r.Scan(&e.Source.ID, &e.Source.Name, &e.Source.Code, &e.Source.Country,
			&e.Target.ID, &e.Target.Name, &e.Target.Code, &e.Target.Country,
			&e.Events, &e.ByQuadClass[0], &e.ByQuadClass[1], &e.ByQuadClass[2], &e.ByQuadClass[3],
			&e.Goldstein, &e.First, &e.Last)
		for _, a := range []*store.NetworkActor{&e.Source, &e.Target} {
			if a.Name == "" {
				a.Name = a.Code
			}
		}
		return e, err
	})
	if err != nil {
		return nil, db.fail("actor network", err)
	}
	return nonNilSlice(out), nil
}

// EventPlaces groups the selected events by location and actor countries.
func (db *DB) EventPlaces(ctx context.Context, q store.EventQuery) ([]store.PlaceCount, error) {
	w, err := sqlq.EventWhere(dialect{}, q)
	if err != nil {
		return nil, err
	}
	w.Add(`(location <> '' OR actor1_country <> '' OR actor2_country <> '')`)
	rows, err := db.pool.Query(ctx, bind(`SELECT location, actor1_country, actor2_country, `+quadSums+`
		FROM events WHERE `+w.SQL()+`
		GROUP BY location, actor1_country, actor2_country
		ORDER BY count(*) DESC, location, actor1_country, actor2_country LIMIT ?`), append(cleanArgs(w.Args()), store.MaxLimit)...)
	if err != nil {
		return nil, db.fail("event places", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.PlaceCount, error) {
		var p store.PlaceCount
		err := r.Scan(&p.Location, &p.Country1, &p.Country2, &p.Events,
			&p.ByQuadClass[0], &p.ByQuadClass[1], &p.ByQuadClass[2], &p.ByQuadClass[3], &p.Goldstein)
		return p, err
	})
	if err != nil {
		return nil, db.fail("event places", err)
	}
	return nonNilSlice(out), nil
}

// ArticleFacets counts languages, months and entities over a search.
func (db *DB) ArticleFacets(ctx context.Context, q store.ArticleQuery) (store.Facets, error) {
	f := store.Facets{Languages: []store.FacetCount{}, Months: []store.FacetCount{}, Entities: []store.FacetCount{}}
	w, err := sqlq.ArticleWhere(dialect{}, q)
	if err != nil || w.Empty() {
		return f, err
	}
	cond := w.SQL()
	if err := db.pool.QueryRow(ctx, bind(`SELECT count(*) FROM articles WHERE `+cond), cleanArgs(w.Args())...).Scan(&f.Total); err != nil {
		return f, db.fail("facets", err)
	}
	for _, part := range []struct {
		dst *[]store.FacetCount
		sql string
	}{
		{&f.Languages, `SELECT language, '', '', count(*) FROM articles WHERE ` + cond +
			` GROUP BY language ORDER BY count(*) DESC, language`},
		{&f.Months, `SELECT substr(published, 1, 7) AS m, '', '', count(*) FROM articles WHERE published <> '' AND ` + cond +
			` GROUP BY m ORDER BY m DESC LIMIT 120`},
		{&f.Entities, `SELECT ae.entity_id, e.name, e.type, count(DISTINCT ae.article_id) AS n
			FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
			WHERE ae.article_id IN (SELECT id FROM articles WHERE ` + cond + `)
			GROUP BY ae.entity_id, e.name, e.type, e.n_mentions, e.seq ORDER BY n DESC, e.n_mentions DESC, e.seq LIMIT ` +
			fmt.Sprint(store.FacetEntities)},
	} {
		rows, err := db.pool.Query(ctx, bind(part.sql), cleanArgs(w.Args())...)
		if err != nil {
			return f, db.fail("facets", err)
		}
		got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FacetCount, error) {
			var c store.FacetCount
			err := r.Scan(&c.Value, &c.Name, &c.Type, &c.Count)
			return c, err
		})
		if err != nil {
			return f, db.fail("facets", err)
		}
		*part.dst = nonNilSlice(got)
	}
	return f, nil
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// cleanArgs makes the string arguments of a selection storable.
func cleanArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = cleanText(s)
		}
		out[i] = a
	}
	return out
}
