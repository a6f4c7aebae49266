package sqlq

import (
	"context"
	"fmt"
	"math"

	"dateline/store"
)

// EntityTimeline counts an entity's mentions, quotes and events per day.
// Only full dates count as days: an event dated to a month has no bar.
func (q *Queries) EntityTimeline(ctx context.Context, id, from, to string) ([]store.DayCount, error) {
	w := newWhere(q.d)
	w.add(`length(day) = 10`)
	if err := w.dates("day", "timeline", from, to); err != nil {
		return nil, err
	}
	if err := q.entityExists(ctx, id); err != nil {
		return nil, err
	}
	// SUM of integers is a numeric in PostgreSQL: cast back to count.
	rows, err := q.query(ctx, `SELECT day, CAST(SUM(m) AS bigint), CAST(SUM(q) AS bigint), CAST(SUM(e) AS bigint) FROM (
			SELECT substr(a.published, 1, 10) AS day, ae.mentions AS m, 0 AS q, 0 AS e
				FROM article_entities ae JOIN articles a ON a.seq = ae.article_seq WHERE ae.entity_id = ?
			UNION ALL
			SELECT substr(published, 1, 10), 0, 1, 0 FROM quotes WHERE speaker_id = ?
			UNION ALL
			SELECT substr(date, 1, 10), 0, 0, 1 FROM events WHERE actor1_id = ? OR actor2_id = ?) x
		WHERE `+w.sql()+`
		GROUP BY day ORDER BY day`, append([]any{id, id, id, id}, w.args...)...)
	out, err := collect(rows, err, func(r Row) (store.DayCount, error) {
		var d store.DayCount
		err := r.Scan(&d.Day, &d.Mentions, &d.Quotes, &d.Events)
		return d, err
	})
	if err != nil {
		return nil, q.c.Fail(fmt.Sprintf("timeline of entity %q", id), err)
	}
	return out, nil
}

func (q *Queries) entityExists(ctx context.Context, id string) error {
	var one int
	err := q.queryRow(ctx, `SELECT 1 FROM entities WHERE id = ?`, id).Scan(&one)
	if q.c.NoRows(err) {
		return fmt.Errorf("entity %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return q.c.Fail(fmt.Sprintf("entity %q", id), err)
	}
	return nil
}

// CoEntities lists the entities sharing the most articles with id. An
// article that names one entity twice (two spellings joined into one id)
// counts once. Ties go by entity id, not by arrival (seq): workers store
// entities in no fixed order, and two stores of the same articles must
// list the same ones.
func (q *Queries) CoEntities(ctx context.Context, id string, limit int) ([]store.CoEntity, error) {
	if err := q.entityExists(ctx, id); err != nil {
		return nil, err
	}
	rows, err := q.query(ctx, `SELECT `+prefixed("e.", entityCols)+`, x.shared FROM (
			SELECT b.entity_id AS id, count(DISTINCT b.article_seq) AS shared
			FROM article_entities a JOIN article_entities b ON b.article_seq = a.article_seq AND b.entity_id <> a.entity_id
			WHERE a.entity_id = ? GROUP BY b.entity_id) x
		JOIN entities e ON e.id = x.id
		ORDER BY x.shared DESC, e.n_mentions DESC, `+q.d.Bytewise("e.id")+` LIMIT ?`, id, store.ClampLimit(limit))
	out, err := collect(rows, err, func(r Row) (store.CoEntity, error) {
		var c store.CoEntity
		var seq int64
		err := r.Scan(append(entityDests(&c.Entity, &seq), &c.Shared)...)
		return c, err
	})
	if err != nil {
		return nil, q.c.Fail(fmt.Sprintf("entities seen with %q", id), err)
	}
	for i := range out {
		if err := q.countEntityEvents(ctx, &out[i].Entity); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// quadSums are the count, the per-QuadClass counts and the Goldstein mean
// of a group of events.
const quadSums = `count(*), count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
	count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), avg(goldstein)`

// roundMean gives a mean of Goldstein scores (one decimal each) to six
// decimals. A float sum depends on the order of its terms, which is the
// order a store reads the rows in: unrounded, SQLite and PostgreSQL gave
// -0.30937499999999996 and -0.309375 for one place's events.
func roundMean(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// oneName is a group's actor name when all its events give the same one,
// else empty (and the node is named by its code): a code-only node stands for
// every unnamed actor with that code ("the regime", "officials"), and any
// one of their names would mislabel it.
func oneName(col string) string {
	return `CASE WHEN min(` + col + `) = max(` + col + `) THEN max(` + col + `) ELSE '' END`
}

// ActorNetwork groups events by (actor1, actor2). A side is its entity when
// the coder resolved one, else its CAMEO code; entities are named by their
// canonical name. An event whose two sides are one node (an entity acting
// on itself, mostly a coder's slip; two unnamed actors of one code, "the
// council thanked the mayor") is left out: a network shows who acts on whom,
// and such loops drew nothing but took edges from the limit.
func (q *Queries) ActorNetwork(ctx context.Context, nq store.NetworkQuery) ([]store.Edge, error) {
	w := newWhere(q.d)
	w.add(`(actor1_id <> '' OR actor1_code <> '') AND (actor2_id <> '' OR actor2_code <> '')`)
	w.add(`(actor1_id <> actor2_id OR (actor1_id = '' AND actor1_code <> actor2_code))`)
	w.actor(nq.Actor)
	if err := w.dates("date", "network", nq.From, nq.To); err != nil {
		return nil, err
	}
	rows, err := q.query(ctx, `SELECT g.s, COALESCE(e1.name, g.n1), g.c1, COALESCE(NULLIF(e1.country, ''), g.k1),
			g.t, COALESCE(e2.name, g.n2), g.c2, COALESCE(NULLIF(e2.country, ''), g.k2),
			g.n, g.q1, g.q2, g.q3, g.q4, g.gs, g.first, g.last
		FROM (SELECT CASE WHEN actor1_id <> '' THEN actor1_id ELSE 'code:' || actor1_code END AS s,
				CASE WHEN actor2_id <> '' THEN actor2_id ELSE 'code:' || actor2_code END AS t,
				`+oneName("actor1_name")+` AS n1, max(actor1_code) AS c1, max(actor1_country) AS k1,
				`+oneName("actor2_name")+` AS n2, max(actor2_code) AS c2, max(actor2_country) AS k2,
				count(*) AS n, count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
				count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
				avg(goldstein) AS gs, min(date) AS first, max(date) AS last
			FROM events WHERE `+w.sql()+` GROUP BY 1, 2) g
		LEFT JOIN entities e1 ON e1.id = g.s
		LEFT JOIN entities e2 ON e2.id = g.t
		ORDER BY g.n DESC, `+q.d.Bytewise("g.s")+`, `+q.d.Bytewise("g.t")+` LIMIT ?`,
		append(w.args, store.ClampLimit(nq.Limit))...)
	out, err := collect(rows, err, func(r Row) (store.Edge, error) {
		var e store.Edge
		err := r.Scan(&e.Source.ID, &e.Source.Name, &e.Source.Code, &e.Source.Country,
			&e.Target.ID, &e.Target.Name, &e.Target.Code, &e.Target.Country,
			&e.Events, &e.ByQuadClass[0], &e.ByQuadClass[1], &e.ByQuadClass[2], &e.ByQuadClass[3],
			&e.Goldstein, &e.First, &e.Last)
		e.Goldstein = roundMean(e.Goldstein)
		for _, a := range []*store.NetworkActor{&e.Source, &e.Target} {
			if a.Name == "" {
				a.Name = a.Code
			}
		}
		return e, err
	})
	if err != nil {
		return nil, q.c.Fail("actor network", err)
	}
	return out, nil
}

// EventPlaces groups the selected events by location and actor countries.
func (q *Queries) EventPlaces(ctx context.Context, eq store.EventQuery) ([]store.PlaceCount, error) {
	w, err := eventWhere(q.d, eq)
	if err != nil {
		return nil, err
	}
	w.add(`(location <> '' OR actor1_country <> '' OR actor2_country <> '')`)
	rows, err := q.query(ctx, `SELECT location, actor1_country, actor2_country, `+quadSums+`
		FROM events WHERE `+w.sql()+`
		GROUP BY location, actor1_country, actor2_country
		ORDER BY count(*) DESC, location, actor1_country, actor2_country LIMIT ?`, append(w.args, store.MaxLimit)...)
	out, err := collect(rows, err, func(r Row) (store.PlaceCount, error) {
		var p store.PlaceCount
		err := r.Scan(&p.Location, &p.Country1, &p.Country2, &p.Events,
			&p.ByQuadClass[0], &p.ByQuadClass[1], &p.ByQuadClass[2], &p.ByQuadClass[3], &p.Goldstein)
		p.Goldstein = roundMean(p.Goldstein)
		return p, err
	})
	if err != nil {
		return nil, q.c.Fail("event places", err)
	}
	return out, nil
}

// ArticleFacets counts languages, months and entities over a search.
func (q *Queries) ArticleFacets(ctx context.Context, aq store.ArticleQuery) (store.Facets, error) {
	f := store.Facets{Languages: []store.FacetCount{}, Months: []store.FacetCount{}, Entities: []store.FacetCount{}}
	w, err := articleWhere(q.d, aq)
	if err != nil || w.empty {
		return f, err
	}
	cond := w.sql()
	if err := q.queryRow(ctx, `SELECT count(*) FROM articles WHERE `+cond, w.args...).Scan(&f.Total); err != nil {
		return f, q.c.Fail("facets", err)
	}
	for _, part := range []struct {
		dst *[]store.FacetCount
		sql string
	}{
		{&f.Languages, `SELECT language, '', '', count(*) FROM articles WHERE ` + cond +
			` GROUP BY language ORDER BY count(*) DESC, language`},
		{&f.Months, `SELECT substr(published, 1, 7) AS m, '', '', count(*) FROM articles WHERE published <> '' AND ` + cond +
			` GROUP BY m ORDER BY m DESC LIMIT 120`},
		{&f.Entities, `SELECT ae.entity_id, e.name, e.type, count(DISTINCT ae.article_seq) AS n
			FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
			WHERE ae.article_seq IN (SELECT seq FROM articles WHERE ` + cond + `)
			GROUP BY ae.entity_id, e.name, e.type, e.n_mentions ORDER BY n DESC, e.n_mentions DESC, ` + q.d.Bytewise("ae.entity_id") + ` LIMIT ` +
			fmt.Sprint(store.FacetEntities)},
	} {
		rows, err := q.query(ctx, part.sql, w.args...)
		*part.dst, err = collect(rows, err, func(r Row) (store.FacetCount, error) {
			var c store.FacetCount
			err := r.Scan(&c.Value, &c.Name, &c.Type, &c.Count)
			return c, err
		})
		if err != nil {
			return f, q.c.Fail("facets", err)
		}
	}
	return f, nil
}
