package sqlq

import (
	"strings"

	"dateline/store"
)

// Where collects a query's conditions. Conditions are constant SQL
// fragments written in this package; every value the user gave is a bound
// argument.
type Where struct {
	d     Dialect
	conds []string
	args  []any
	empty bool // a condition that can match nothing (a search with no words)
}

// NewWhere starts an empty selection in dialect d.
func NewWhere(d Dialect) Where { return Where{d: d} }

// Add ANDs cond, whose ? are bound to args in order.
func (w *Where) Add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// Match adds a full-text condition on table when q has words; all words
// must match. A q with no words (only punctuation) matches nothing.
func (w *Where) Match(table, q string) {
	if q == "" {
		return
	}
	terms := store.Terms(q)
	if len(terms) == 0 {
		w.empty = true
		return
	}
	cond, arg := w.d.Match(table, terms)
	w.Add(cond, arg)
}

// Dates bounds col to [from, to], inclusive, checking both are dates
// (field names the query in the error).
func (w *Where) Dates(col, field string, from, to string) error {
	if err := store.CheckDate(field+" from", from); err != nil {
		return err
	}
	if err := store.CheckDate(field+" to", to); err != nil {
		return err
	}
	if from != "" {
		w.Add(col+` >= ?`, from)
	}
	if to != "" {
		w.Add(col+` <= ?`, store.EndOfDay(to))
	}
	return nil
}

// CursorDesc continues a listing ordered by (key DESC, seq DESC).
func (w *Where) CursorDesc(key, cursor string) error {
	c, ok, err := store.DecodeCursor(cursor)
	if ok {
		w.Add(`(`+key+`, seq) < (?, ?)`, c.Key, c.Seq)
	}
	return err
}

// Empty reports a selection that matches nothing whatever is stored.
func (w *Where) Empty() bool { return w.empty }

// SQL joins the conditions with AND ("TRUE" when there are none).
func (w *Where) SQL() string {
	if len(w.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(w.conds, " AND ")
}

// Args are the values the conditions' ? are bound to, in order.
func (w *Where) Args() []any { return w.args }

// ArticleWhere is the selection of an article query, without its cursor
// (shared by Articles and ArticleFacets).
func ArticleWhere(d Dialect, q store.ArticleQuery) (Where, error) {
	w := NewWhere(d)
	w.Match("articles", q.Q)
	if err := w.Dates("published", "articles", q.From, q.To); err != nil {
		return w, err
	}
	if q.Source != "" {
		w.Add(`id IN (SELECT article_id FROM article_sources WHERE `+d.Contains("input")+` OR `+d.Contains("url")+`)`,
			q.Source, q.Source)
	}
	if q.Language != "" {
		w.Add(`language = ?`, q.Language)
	}
	if q.Entity != "" {
		w.Add(`id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)`, q.Entity)
	}
	return w, nil
}

// EventWhere is the selection of an event query, without its cursor
// (shared by Events and EventPlaces).
func EventWhere(d Dialect, q store.EventQuery) (Where, error) {
	w := NewWhere(d)
	if q.Actor != "" {
		w.Add(`(actor1_id = ? OR actor2_id = ? OR actor1_code = ? OR actor2_code = ?)`, q.Actor, q.Actor, q.Actor, q.Actor)
	}
	if q.Code != "" {
		w.Add(`code = ?`, q.Code)
	}
	if q.Root != "" {
		w.Add(`root = ?`, q.Root)
	}
	if q.QuadClass != 0 {
		w.Add(`quad_class = ?`, q.QuadClass)
	}
	if q.Country != "" {
		w.Add(`(actor1_country = ? OR actor2_country = ?)`, q.Country, q.Country)
	}
	if err := w.Dates("date", "events", q.From, q.To); err != nil {
		return w, err
	}
	return w, nil
}
