package sqlite

import (
	"context"
	"fmt"
	"strings"
)

// An article has dozens of rows in some tables (about 44 mentions, 21
// article entities, 7 times on a BBC article), and a statement executed
// through database/sql costs more in binding and stepping overhead than
// SQLite spends storing one small row. So these rows go in multi-row
// INSERTs of 128, 64, 32, 16, 8, 4, 2 and 1 rows, each prepared once: 44
// mentions are three statements instead of 44. The rows and their order
// are the same as with one statement a row. The chunks of 128 and 64 serve
// the long articles and a batch's entity upserts (about 1,000 a batch of
// 64 BBC articles): storing the BBC analyses, 6 interleaved pairs, 2.69-3.04
// CPU s (median 2.85) against 2.89-3.17 (median 2.93) with 32 at most,
// every table byte-identical but the time columns.
var chunkRows = [...]int{128, 64, 32, 16, 8, 4, 2, 1}

// The record tables' INSERTs say OR FAIL. A multi-row INSERT whose
// constraints (NOT NULL, a unique key) would abort the statement alone
// makes SQLite open a statement journal and copy into it every page the
// statement changes that existed before it, so that it can undo its own
// earlier rows: about 7% of storing the BBC analyses. A failed record
// fails its batch, whose transaction is rolled back whole, so that undo
// is never needed: with OR FAIL a constraint stops the statement without
// one (TestRecordInsertsNeedNoStatementJournal,
// TestFailedBatchStoresNothing). The entities' upsert keeps it: its DO
// UPDATE may always abort.

// multiInsert is one table's multi-row INSERT in every chunk size.
type multiInsert struct {
	shared int // leading columns every row of a call has the same value in
	cols   int // columns a row, the shared ones included
	stmts  [len(chunkRows)]dstmt
}

// multiTables names the tables written row by row in chunks, with their
// columns in the order writeRecords gives the values. The first shared
// columns (the article's seq and id) hold the same value in every row of an
// article: each chunk binds them once, as ?1 (and ?2), instead of once a
// row. The driver copies each text value it binds into C memory, so an
// article's 32-character id was copied once for each of its 80-odd rows.
var multiTables = []struct {
	dst    func(*multiStmts) **multiInsert
	head   string
	shared int
	cols   int
	tail   string // after the rows (ON CONFLICT)
}{
	{func(m *multiStmts) **multiInsert { return &m.articleEntities },
		`INSERT OR FAIL INTO article_entities(article_seq, article_id, local_id, entity_id, name, type, country, actor, roles, mentions) VALUES `, 2, 10, ""},
	{func(m *multiStmts) **multiInsert { return &m.mentions },
		`INSERT OR FAIL INTO mentions(article_seq, article_id, n, local_id, entity_id, span_start, span_end, text, kind) VALUES `, 2, 9, ""},
	{func(m *multiStmts) **multiInsert { return &m.quotes },
		`INSERT OR FAIL INTO quotes(article_id, id, kind, text, span_start, span_end, speaker_id, speaker_name, cue, confidence, published) VALUES `, 1, 11, ""},
	{func(m *multiStmts) **multiInsert { return &m.events },
		`INSERT OR FAIL INTO events(article_id, id, code, root, quad_class, goldstein,
			actor1_id, actor1_code, actor1_name, actor1_country, actor2_id, actor2_code, actor2_name, actor2_country,
			date, location, text, span_start, span_end) VALUES `, 1, 19, ""},
	{func(m *multiStmts) **multiInsert { return &m.times },
		`INSERT OR FAIL INTO times(article_seq, article_id, n, text, span_start, span_end, type, value, start_value, end_value, mod) VALUES `, 2, 11, ""},
	{func(m *multiStmts) **multiInsert { return &m.amounts },
		`INSERT OR FAIL INTO amounts(article_seq, article_id, n, text, span_start, span_end, kind, value, unit, approximate, object) VALUES `, 2, 11, ""},
	// A batch's global entities (entityTally): a new one is inserted, a
	// known one counted with the batch's articles, in one statement instead
	// of an INSERT and then an UPDATE. Country and actor code: the first
	// article that knows them wins.
	{func(m *multiStmts) **multiInsert { return &m.entities },
		`INSERT INTO entities(id, key, name, type, country, actor, n_articles, n_mentions, n_quotes) VALUES `, 0, 9,
		` ON CONFLICT(id) DO UPDATE SET n_articles = n_articles + excluded.n_articles,
			n_mentions = n_mentions + excluded.n_mentions, n_quotes = n_quotes + excluded.n_quotes,
			country = CASE WHEN country = '' THEN excluded.country ELSE country END,
			actor = CASE WHEN actor = '' THEN excluded.actor ELSE actor END`},
}

// multiStmts are the chunked inserts of every table in multiTables.
type multiStmts struct {
	articleEntities, mentions, quotes, events, times, amounts, entities *multiInsert
}

// prepareMulti prepares every chunk size of every table with prepare.
func prepareMulti(prepare func(query string) (dstmt, error)) (*multiStmts, error) {
	m := &multiStmts{}
	for _, t := range multiTables {
		mi, err := newMultiInsert(prepare, t.head, t.shared, t.cols, t.tail)
		if err != nil {
			return nil, err
		}
		*t.dst(m) = mi
	}
	return m, nil
}

// newMultiInsert prepares head ("INSERT INTO t(a, b) VALUES ") with 128,
// 64, … 1 rows of cols values, then tail. The first shared values of every
// row are the parameters ?1 … ?shared; a bare ? after them is numbered one
// past the largest number so far, so the other values follow in order.
func newMultiInsert(prepare func(query string) (dstmt, error), head string, shared, cols int, tail string) (*multiInsert, error) {
	mi := &multiInsert{shared: shared, cols: cols}
	vals := make([]string, cols)
	for i := range vals {
		vals[i] = "?"
		if i < shared {
			vals[i] = fmt.Sprint("?", i+1)
		}
	}
	row := "(" + strings.Join(vals, ", ") + ")"
	for k, n := range chunkRows {
		s, err := prepare(head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ") + tail)
		if err != nil {
			return nil, err
		}
		mi.stmts[k] = s
	}
	return mi, nil
}

// exec inserts rows in order: each begins with the values of shared, and
// args holds the rest of them, cols-shared values a row.
func (mi *multiInsert) exec(ctx context.Context, shared, args []any) error {
	if len(shared) != mi.shared {
		return fmt.Errorf("%d shared values, want %d", len(shared), mi.shared)
	}
	w := mi.cols - mi.shared
	if len(args)%w != 0 {
		return fmt.Errorf("%d values for rows of %d columns", len(args), w)
	}
	for k, n := range chunkRows {
		for len(args) >= n*w {
			if _, err := mi.stmts[k].execAfter(ctx, shared, args[:n*w]); err != nil {
				return err
			}
			args = args[n*w:]
		}
	}
	return nil
}
