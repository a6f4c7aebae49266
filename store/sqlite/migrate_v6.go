package sqlite

// schemaV6 drops the two indexes no query reads. `articles_story_group`
// had an entry for every article (each ingested article has a story
// group, its own when it has no near-duplicate), at a key the group's id
// makes random, and nothing looks articles up by group: the store only
// writes the column and reads it with the article's row. `article_sources_url`
// is not usable by the one query on source URLs, a substring match
// (dialect.Contains). The rows of every table stay as they are. A query
// that needs one adds it back in a later step, as migration 2 says.
const schemaV6 = `
DROP INDEX IF EXISTS articles_story_group;
DROP INDEX IF EXISTS article_sources_url;
`
