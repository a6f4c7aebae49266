package sqlq

import (
	"strings"

	"dateline/store"
)

// articleCols are the columns articleDests receives, in its order.
const articleCols = `seq, id, hash, title, url, published, language, analysed, flags, COALESCE(story_group, ''),
	ingested, n_mentions, n_quotes, n_events, CASE WHEN title = '' THEN substr(text, 1, 200) ELSE '' END`

// articleDests are the Scan destinations of articleCols; tidyArticle
// finishes what they read.
func articleDests(d Dialect, a *store.Article, seq *int64) []any {
	return []any{seq, &a.ID, &a.Hash, &a.Title, &a.URL, &a.Published, &a.Language, &a.Analysed, d.ScanFlags(&a.Flags),
		&a.StoryGroup, d.ScanTime(&a.Ingested), &a.Counts.Mentions, &a.Counts.Quotes, &a.Counts.Events, &a.Lead}
}

// tidyArticle gives a scanned article no flags rather than an empty list,
// and its time in UTC.
func tidyArticle(a *store.Article) {
	if len(a.Flags) == 0 {
		a.Flags = nil
	}
	a.Ingested = a.Ingested.UTC()
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
