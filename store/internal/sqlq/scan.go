package sqlq

import "dateline/store"

// ArticleCols are the columns ScanArticle reads, in its order.
const ArticleCols = `seq, id, hash, title, url, published, language, analysed, flags, COALESCE(story_group, ''),
	ingested, n_mentions, n_quotes, n_events`

// ScanArticle reads a row of ArticleCols, and the article's seq (its
// cursor's tie-break).
func ScanArticle(d Dialect, row Row) (store.Article, int64, error) {
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

// EntityCols are the columns ScanEntity reads, in its order.
const EntityCols = `seq, id, name, type, country, actor, n_articles, n_mentions, n_quotes`

// ScanEntity reads a row of EntityCols, and the entity's seq.
func ScanEntity(row Row) (store.Entity, int64, error) {
	var e store.Entity
	var seq int64
	err := row.Scan(&seq, &e.ID, &e.Name, &e.Type, &e.Country, &e.Actor, &e.Counts.Articles, &e.Counts.Mentions, &e.Counts.Quotes)
	return e, seq, err
}
