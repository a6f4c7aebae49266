package sqlite

// schemaV5 rebuilds the three full-text indexes with detail=none: a term's
// rows, without the columns and positions it has in them. No query needs
// those: every search term is one word (store.SearchTerms: letters and
// digits), searched alone or as a prefix, never as a phrase of several
// words, with a column filter or a ranking, so an index without positions
// finds the same rows for every query (a BBC ingest: the (term, row) pairs
// of each index identical; ftsSeparator for the few letters that are not
// letters to FTS5). Positions were most of what the indexes held: after
// a BBC ingest their data is 364 pages instead of 1,149, the database 5%
// smaller, and the full-text indexing's share of the ingest's CPU profile
// 2.5% -> 2.0% (store/sqlite/README.md).
// The tables read their text from the same content tables, so the rebuild
// needs nothing else; it reads every article once (about 1 s for 2,000).
const schemaV5 = `
DROP TABLE articles_fts;
DROP TABLE quotes_fts;
DROP TABLE entities_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61', detail=none);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='seq', tokenize='porter unicode61', detail=none);
CREATE VIRTUAL TABLE entities_fts USING fts5(name, content='entities', content_rowid='seq', tokenize='unicode61', detail=none);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
INSERT INTO entities_fts(entities_fts) VALUES ('rebuild');
`
