package sqlq

import (
	"strings"

	"dateline/store"
)

// where collects a query's conditions. Conditions are constant SQL
// fragments written in this package; every value the user gave is a bound
// argument.
type where struct {
	d     Dialect
	conds []string
	args  []any
	empty bool // a condition that can match nothing (a search with no words)
}

// newWhere starts an empty selection in dialect d.
func newWhere(d Dialect) where { return where{d: d} }

// add ANDs cond, whose ? are bound to args in order.
func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// match adds a full-text condition on table when q has words; all terms
// must match (store.SearchTerms): a word written with a * after it as a
// prefix, words in double quotes as a phrase. A q with no words (only
// punctuation) matches nothing.
func (w *where) match(table, q string) {
	if q == "" {
		return
	}
	terms := store.SearchTerms(q)
	if len(terms) == 0 {
		w.empty = true
		return
	}
	cond, arg := w.d.Match(table, terms)
	w.add(cond, arg)
}

// dates bounds col to [from, to], inclusive, checking both are dates
// (field names the query in the error).
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

// sql joins the conditions with AND ("TRUE" when there are none).
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(w.conds, " AND ")
}

// articleWhere is the selection of an article query, without its cursor
// (shared by Articles and ArticleFacets).
func articleWhere(d Dialect, q store.ArticleQuery) (where, error) {
	w := newWhere(d)
	w.match("articles", q.Q)
	if err := w.dates("published", "articles", q.From, q.To); err != nil {
		return w, err
	}
	if q.Source != "" {
		w.add(`id IN (SELECT article_id FROM article_sources WHERE `+d.Contains("input")+` OR `+d.Contains("url")+`)`,
			q.Source, q.Source)
	}
	if q.Language != "" {
		w.add(`language = ?`, q.Language)
	}
	if q.Entity != "" {
		w.add(`seq IN (SELECT article_seq FROM article_entities WHERE entity_id = ?)`, q.Entity)
	}
	return w, nil
}

// actor selects the events with actor on either side: an entity id, a
// CAMEO actor code, or an entity's name (any case), as the quotes'
// speaker parameter takes one; a name matched nothing before.
func (w *where) actor(actor string) {
	if actor == "" {
		return
	}
	key := store.EntityKey(actor)
	named, nameArgs := `SELECT id FROM entities WHERE key = ?`, []any{key}
	// One word that is not a code (codes are capitals: "GOV") is also a
	// surname or a single name: "Johnson" finds Boris Johnson's events,
	// as a quote's speaker does.
	if terms := store.Terms(actor); len(terms) == 1 && strings.ToUpper(actor) != actor {
		cond, arg := w.d.Match("entities", terms)
		named += ` OR ` + cond
		nameArgs = append(nameArgs, arg)
	}
	args := append([]any{actor, actor, actor, actor}, nameArgs...)
	args = append(args, nameArgs...)
	w.add(`(actor1_id = ? OR actor2_id = ? OR actor1_code = ? OR actor2_code = ?
		OR actor1_id IN (`+named+`) OR actor2_id IN (`+named+`))`, args...)
}

// eventWhere is the selection of an event query, without its cursor
// (shared by Events and EventPlaces).
func eventWhere(d Dialect, q store.EventQuery) (where, error) {
	w := newWhere(d)
	w.actor(q.Actor)
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
