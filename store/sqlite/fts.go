package sqlite

import (
	"context"
	"fmt"
)

// ftsMarks are the largest seq of each full-text-indexed table when a batch
// begins. Every row the batch adds to those tables gets a larger seq
// (SQLite gives a new INTEGER PRIMARY KEY row the largest one plus one,
// and the batch holds the write lock), so after its other rows the batch
// indexes them with one INSERT … SELECT a table instead of one INSERT a
// row.
//
// Written last, and not between an article's records, for a second
// reason: FTS5 keeps the terms of the rows inserted in a transaction in
// memory and writes them as one index segment, but it writes that segment
// out early whenever another statement opens a statement savepoint — which
// every INSERT of an article's records did. Interleaved, each article made
// a segment of its own in each full-text table, and SQLite spent about a
// fifth of the write merging them; written last, a batch makes one segment
// a table.
type ftsMarks struct {
	articles, quotes, entities int64
}

const ftsMarksSQL = `SELECT (SELECT COALESCE(MAX(seq), 0) FROM articles), (SELECT COALESCE(MAX(seq), 0) FROM quotes),
	(SELECT COALESCE(MAX(seq), 0) FROM entities)`

// ftsIndexSQL index the rows above the marks, in the order of ftsMarks.
var ftsIndexSQL = [...]string{
	`INSERT INTO articles_fts(rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ? ORDER BY seq`,
	`INSERT INTO quotes_fts(rowid, text) SELECT seq, text FROM quotes WHERE seq > ? ORDER BY seq`,
	`INSERT INTO entities_fts(rowid, name) SELECT seq, name FROM entities WHERE seq > ? ORDER BY seq`,
}

func readMarks(ctx context.Context, st *batchStmts) (ftsMarks, error) {
	var m ftsMarks
	err := st.ftsMarks.queryRow(ctx, nil, &m.articles, &m.quotes, &m.entities)
	return m, err
}

// index adds the batch's new articles, quotes and entities to their
// full-text tables.
func (m ftsMarks) index(ctx context.Context, st *batchStmts) error {
	for i, mark := range [...]int64{m.articles, m.quotes, m.entities} {
		if _, err := st.ftsIndex[i].exec(ctx, mark); err != nil {
			return fmt.Errorf("index %s: %w", [...]string{"articles", "quotes", "entities"}[i], err)
		}
	}
	return nil
}

// ftsStmts is the part of batchStmts that indexes a batch.
type ftsStmts struct {
	ftsMarks dstmt
	ftsIndex [len(ftsIndexSQL)]dstmt
}
