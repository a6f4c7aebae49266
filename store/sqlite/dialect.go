package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"dateline/store"
	"dateline/store/internal/sqlq"
)

// dialect is how SQLite spells what the shared queries (store/internal/sqlq)
// leave to each backend.
type dialect struct{}

var _ sqlq.Dialect = dialect{}

// Bind keeps the ? placeholders: SQLite binds them in order.
func (dialect) Bind(q string) string { return q }

// Text binds a string as it is: SQLite stores any bytes.
func (dialect) Text(s string) string { return s }

// Match searches the FTS5 table beside table (articles_fts, …), whose rowid
// is the table's seq. Each term is a quoted FTS5 phrase, so nothing the
// user types is FTS5 query syntax; a phrase term ("climate change") is one
// FTS5 phrase of its words, which the table's tokenizer stems and matches
// at consecutive positions. A prefix term is or'ed with the words of
// store.PrefixForms, which FTS5 stems with the table's tokenizer. The
// terms are joined by an explicit AND: FTS5 takes a bare space between
// phrases for one, not between parenthesised groups.
func (dialect) Match(table string, terms []string) (string, any) {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		// Terms keep letters and digits (and a phrase's spaces) only: no
		// quote to escape. A trailing * stays outside the quotes, FTS5's
		// prefix query.
		if w, ok := strings.CutSuffix(t, "*"); ok {
			alts := []string{`"` + w + `"*`}
			for _, f := range store.PrefixForms(w) {
				alts = append(alts, `"`+f+`"`)
			}
			quoted[i] = "(" + strings.Join(alts, " OR ") + ")"
			continue
		}
		quoted[i] = `"` + t + `"`
	}
	fts := table + "_fts"
	return `seq IN (SELECT rowid FROM ` + fts + ` WHERE ` + fts + ` MATCH ?)`, strings.Join(quoted, " AND ")
}

func (dialect) Contains(col string) string { return `instr(` + col + `, ?) > 0` }

func (dialect) OneOf(col string, vals []string) (string, []any) {
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = v
	}
	return col + ` IN (?` + strings.Repeat(`, ?`, len(vals)-1) + `)`, args
}

// Bytewise is expr: SQLite's default collation, BINARY, is byte order.
func (dialect) Bytewise(expr string) string { return expr }

// ScanTime reads the RFC 3339 text this package writes.
func (dialect) ScanTime(t *time.Time) any { return textTime{t} }

// ScanFlags reads the JSON array this package writes.
func (dialect) ScanFlags(f *[]string) any { return jsonFlags{f} }

// textTime scans a time stored as RFC 3339 text; a time it cannot read is
// the zero time rather than a failed listing.
type textTime struct{ t *time.Time }

func (x textTime) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	}
	*x.t, _ = time.Parse(time.RFC3339Nano, s)
	return nil
}

// jsonFlags scans an article's flags, stored as a JSON array of strings.
type jsonFlags struct{ f *[]string }

func (x jsonFlags) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("flags: stored as %T, want JSON text", src)
	}
	if err := json.Unmarshal(b, x.f); err != nil {
		return fmt.Errorf("flags %q: %w", b, err)
	}
	return nil
}

// conn runs the shared queries on the readers' pool, through its cache of
// prepared statements.
type conn struct {
	rq   *stmtCache
	path string
}

var _ sqlq.Conn = conn{}

func (c conn) Query(ctx context.Context, q string, args ...any) (sqlq.Rows, error) {
	rows, err := c.rq.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (c conn) QueryRow(ctx context.Context, q string, args ...any) sqlq.Row {
	return c.rq.QueryRowContext(ctx, q, args...)
}

func (conn) NoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

func (c conn) Fail(op string, err error) error {
	return fmt.Errorf("sqlite: %q: %s: %w", c.path, op, err)
}

// sqlRows drops the error of Close: for rows read to the end, Err has
// reported it already.
type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }
