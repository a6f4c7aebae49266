package sqlite

import (
	"context"
	"fmt"
)

// ftsRows are the full-text rows of a batch, written after every other row
// of it. FTS5 keeps the terms of the rows inserted in a transaction in
// memory and writes them as one index segment, but it writes that segment
// out early whenever another statement opens a statement savepoint — which
// every INSERT of an article's records did. Interleaved, each article made
// a segment of its own in each full-text table, and SQLite spent about a
// fifth of the write merging them; written last, a batch makes one segment
// a table.
type ftsRows struct {
	articles         []ftsArticle
	quotes, entities []ftsText
}

type ftsArticle struct {
	seq         int64
	title, text string
}

type ftsText struct {
	seq  int64
	text string
}

func (f *ftsRows) write(ctx context.Context, st *writeStmts) error {
	for _, a := range f.articles {
		if _, err := st.insArticleFTS.ExecContext(ctx, a.seq, a.title, a.text); err != nil {
			return fmt.Errorf("index article text %d: %w", a.seq, err)
		}
	}
	for _, q := range f.quotes {
		if _, err := st.insQuoteFTS.ExecContext(ctx, q.seq, q.text); err != nil {
			return fmt.Errorf("index quote %d: %w", q.seq, err)
		}
	}
	for _, e := range f.entities {
		if _, err := st.insEntityFTS.ExecContext(ctx, e.seq, e.text); err != nil {
			return fmt.Errorf("index entity %q: %w", e.text, err)
		}
	}
	return nil
}
