package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

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
	if err := db.entityExists(ctx, id); err != nil {
		return nil, err
	}
	rows, err := db.rq.QueryContext(ctx, `SELECT day, SUM(m), SUM(q), SUM(e) FROM (
			SELECT substr(a.published, 1, 10) AS day, ae.mentions AS m, 0 AS q, 0 AS e
				FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ?1
			UNION ALL
			SELECT substr(published, 1, 10), 0, 1, 0 FROM quotes WHERE speaker_id = ?1
			UNION ALL
			SELECT substr(date, 1, 10), 0, 0, 1 FROM events WHERE actor1_id = ?1 OR actor2_id = ?1)
		WHERE length(day) = 10 AND (?2 = '' OR day >= ?2) AND (?3 = '' OR day <= ?3)
		GROUP BY day ORDER BY day`, id, from, store.EndOfDay(to))
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline of entity %q: %w", id, err)
	}
	defer rows.Close()
	out := []store.DayCount{}
	for rows.Next() {
		var d store.DayCount
		if err := rows.Scan(&d.Day, &d.Mentions, &d.Quotes, &d.Events); err != nil {
			return nil, fmt.Errorf("sqlite: timeline of entity %q: %w", id, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: timeline of entity %q: %w", id, err)
	}
	return out, nil
}

func (db *DB) entityExists(ctx context.Context, id string) error {
	var one int
	err := db.rq.QueryRowContext(ctx, `SELECT 1 FROM entities WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("sqlite: entity %q: %w", id, err)
	}
	return nil
}

// CoEntities lists the entities sharing the most articles with id. An
// article that names one entity twice (two spellings joined into one id)
// counts once.
func (db *DB) CoEntities(ctx context.Context, id string, limit int) ([]store.CoEntity, error) {
	if err := db.entityExists(ctx, id); err != nil {
		return nil, err
	}
	rows, err := db.rq.QueryContext(ctx, `SELECT `+prefixed("e.", sqlq.EntityCols)+`, x.shared FROM (
			SELECT b.entity_id AS id, count(DISTINCT b.article_id) AS shared
			FROM article_entities a JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
			WHERE a.entity_id = ? GROUP BY b.entity_id) x
		JOIN entities e ON e.id = x.id
		ORDER BY x.shared DESC, e.n_mentions DESC, e.seq LIMIT ?`, id, store.ClampLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("sqlite: entities seen with %q: %w", id, err)
	}
	defer rows.Close()
	out := []store.CoEntity{}
	for rows.Next() {
		var c store.CoEntity
		var seq int64
		if err := rows.Scan(&seq, &c.ID, &c.Name, &c.Type, &c.Country, &c.Actor, &c.Counts.Articles,
			&c.Counts.Mentions, &c.Counts.Quotes, &c.Shared); err != nil {
			return nil, fmt.Errorf("sqlite: entities seen with %q: %w", id, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: entities seen with %q: %w", id, err)
	}
	return out, nil
}

// prefixed qualifies each column of a column list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// quadSums are the count, the per-QuadClass counts and the Goldstein mean
// of a group of events.
const quadSums = `count(*), sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4),
	avg(goldstein)`

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
	query := `SELECT g.s, COALESCE(e1.name, g.n1), g.c1, COALESCE(NULLIF(e1.country, ''), g.k1),
			g.t, COALESCE(e2.name, g.n2), g.c2, COALESCE(NULLIF(e2.country, ''), g.k2),
			g.n, g.q1, g.q2, g.q3, g.q4, g.gs, g.first, g.last
		FROM (SELECT CASE WHEN actor1_id <> '' THEN actor1_id ELSE 'code:' || actor1_code END AS s,
				CASE WHEN actor2_id <> '' THEN actor2_id ELSE 'code:' || actor2_code END AS t,
				max(actor1_name) AS n1, max(actor1_code) AS c1, max(actor1_country) AS k1,
				max(actor2_name) AS n2, max(actor2_code) AS c2, max(actor2_country) AS k2,
				count(*) AS n, sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2,
				sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4, avg(goldstein) AS gs,
				min(date) AS first, max(date) AS last
			FROM events WHERE ` + w.SQL() + ` GROUP BY s, t) g
		LEFT JOIN entities e1 ON e1.id = g.s
		LEFT JOIN entities e2 ON e2.id = g.t
		ORDER BY g.n DESC, g.s, g.t LIMIT ?`
	rows, err := db.rq.QueryContext(ctx, query, append(w.Args(), store.ClampLimit(q.Limit))...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: actor network: %w", err)
	}
	defer rows.Close()
	out := []store.Edge{}
	for rows.Next() {
		var e store.Edge
		if err := rows.Scan(&e.Source.ID, &e.Source.Name, &e.Source.Code, &e.Source.Country,
			&e.Target.ID, &e.Target.Name, &e.Target.Code, &e.Target.Country,
			&e.Events, &e.ByQuadClass[0], &e.ByQuadClass[1], &e.ByQuadClass[2], &e.ByQuadClass[3],
			&e.Goldstein, &e.First, &e.Last); err != nil {
			return nil, fmt.Errorf("sqlite: actor network: %w", err)
		}
		for _, a := range []*store.NetworkActor{&e.Source, &e.Target} {
			if a.Name == "" {
				a.Name = a.Code
			}
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: actor network: %w", err)
	}
	return out, nil
}

// EventPlaces groups the selected events by location and actor countries.
func (db *DB) EventPlaces(ctx context.Context, q store.EventQuery) ([]store.PlaceCount, error) {
	w, err := sqlq.EventWhere(dialect{}, q)
	if err != nil {
		return nil, err
	}
	w.Add(`(location <> '' OR actor1_country <> '' OR actor2_country <> '')`)
	rows, err := db.rq.QueryContext(ctx, `SELECT location, actor1_country, actor2_country, `+quadSums+`
		FROM events WHERE `+w.SQL()+`
		GROUP BY location, actor1_country, actor2_country
		ORDER BY count(*) DESC, location, actor1_country, actor2_country LIMIT ?`, append(w.Args(), store.MaxLimit)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: event places: %w", err)
	}
	defer rows.Close()
	out := []store.PlaceCount{}
	for rows.Next() {
		var p store.PlaceCount
		if err := rows.Scan(&p.Location, &p.Country1, &p.Country2, &p.Events,
			&p.ByQuadClass[0], &p.ByQuadClass[1], &p.ByQuadClass[2], &p.ByQuadClass[3], &p.Goldstein); err != nil {
			return nil, fmt.Errorf("sqlite: event places: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: event places: %w", err)
	}
	return out, nil
}

// ArticleFacets counts languages, months and entities over a search.
func (db *DB) ArticleFacets(ctx context.Context, q store.ArticleQuery) (store.Facets, error) {
	f := store.Facets{Languages: []store.FacetCount{}, Months: []store.FacetCount{}, Entities: []store.FacetCount{}}
	w, err := sqlq.ArticleWhere(dialect{}, q)
	if err != nil || w.Empty() {
		return f, err
	}
	cond := w.SQL()
	if err := db.rq.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE `+cond, w.Args()...).Scan(&f.Total); err != nil {
		return f, fmt.Errorf("sqlite: facets: %w", err)
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
			GROUP BY ae.entity_id ORDER BY n DESC, e.n_mentions DESC, e.seq LIMIT ` + fmt.Sprint(store.FacetEntities)},
	} {
		rows, err := db.rq.QueryContext(ctx, part.sql, w.Args()...)
		if err != nil {
			return f, fmt.Errorf("sqlite: facets: %w", err)
		}
		for rows.Next() {
			var c store.FacetCount
			if err := rows.Scan(&c.Value, &c.Name, &c.Type, &c.Count); err != nil {
				rows.Close()
				return f, fmt.Errorf("sqlite: facets: %w", err)
			}
			*part.dst = append(*part.dst, c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return f, fmt.Errorf("sqlite: facets: %w", err)
		}
	}
	return f, nil
}
