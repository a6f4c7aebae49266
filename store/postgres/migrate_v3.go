package postgres

// schemaV3 keys article_entities by the article's seq, as the SQLite
// store's migration 4 does, so that the queries of both stores (sqlq)
// join an article's entities by article_seq: the key of SQLite's table,
// whose rows a batch now appends in seq order instead of scattering
// them by the article's hash id. Here the primary key's B-tree gets the
// same appends, and the entity index holds a bigint instead of a
// 32-character id. A row whose article is missing (none should be) is
// dropped, as SQLite's rebuild by a join drops it.
const schemaV3 = `
DELETE FROM article_entities x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id);
ALTER TABLE article_entities ADD COLUMN article_seq bigint;
UPDATE article_entities x SET article_seq = a.seq FROM articles a WHERE a.id = x.article_id;
ALTER TABLE article_entities ALTER COLUMN article_seq SET NOT NULL;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_pkey;
ALTER TABLE article_entities ADD PRIMARY KEY (article_seq, local_id);
DROP INDEX article_entities_entity;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_seq);
`
