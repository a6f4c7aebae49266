package sqlq

import (
	"strings"

	"dateline/store"
)

// articleCols are the columns scanArticle reads, in its order.
const articleCols = `seq, id, hash, title, url, published, language, analysed, flags, COALESCE(story_group, ''),
	ingested, n_mentions, n_quotes, n_events`

// scanArticle reads a row of articleCols, and the article's seq (its
// cursor's tie-break).
func scanArticle(d Dialect, row Row) (store.Article, int64, error) {
	var a store.Article
	var seq int64
	err := row.Scan(&seq, &a.ID, &a.Hash, &a.Title, &a.URL, &a.Published, &a.Language, &a.Analysed, d.ScanFlags(&a.Flags),
		&a.StoryGroup, d.ScanTime(&a.Ingested), &a.Counts.Mentions, &a.Counts.Quotes, &a.Counts.Events)
	if len(a.Flags) == 0 {
		a.Flags = nil
	}
	a.Ingested = a.Ingested.UTC()
	return a, seq, err
}

// entityCols are the columns entityDests receives, in its order.
const entityCols = `seq, id, name, type, country, actor, n_articles, n_mentions, n_quotes`

// entityDests are the Scan destinations of entityCols; a query that
// selects more after them appends its own.
func entityDests(e *store.Entity, seq *int64) []any {
	return []any{seq, &e.ID, &e.Name, &e.Type, &e.Country, &e.Actor, &e.Counts.Articles, &e.Counts.Mentions, &e.Counts.Quotes}
}

// prefixed qualifies each column of a column list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}
