// Package sqlq holds the SQL store/sqlite and store/postgres share, written
// once: the listings' filters, order and keyset cursors, the reads, the
// explorer's aggregates and the migration bookkeeping. A backend supplies a
// Dialect (what its SQL spells differently) and a Conn (how it runs a query
// and names a failure), and keeps only what truly differs: its schema, its
// writes, its connections.
//
// The SQL here is written with ? placeholders, bound in order, and in the
// subset both engines accept (count(*) FILTER, GROUP BY position, a named
// derived table); a backend whose driver wants $1, $2, … rewrites them in
// Dialect.Bind.
package sqlq

import (
	"context"
	"time"
)

// Dialect is what the backends' SQL spells differently.
type Dialect interface {
	// Bind turns the ? placeholders of query, in order, into the backend's.
	Bind(query string) string
	// Text is what a string the user gave is bound as (PostgreSQL refuses
	// NUL bytes in text, which SQLite stores).
	Text(s string) string
	// Match is the condition selecting the rows of table ("articles",
	// "quotes" or "entities", queried without an alias) whose full text has
	// every one of terms (letters and digits only, see store.SearchTerms; a
	// term ending in "*" matches the words it begins, a term of several
	// words joined by spaces is a phrase: those words in that order, next
	// to each other), and the value its one ? is bound to.
	Match(table string, terms []string) (cond string, arg any)
	// Contains is the condition that the value of its one ? occurs in col.
	Contains(col string) string
	// OneOf is the condition that col equals one of vals (two or more),
	// with its arguments.
	OneOf(col string, vals []string) (cond string, args []any)
	// Bytewise is expr ordered by its bytes, as SQLite orders all text
	// (PostgreSQL orders by the database's locale unless told otherwise).
	Bytewise(expr string) string
	// ScanTime is a Scan destination that reads a stored time into t (in
	// any zone: the caller makes it UTC).
	ScanTime(t *time.Time) any
	// ScanFlags is a Scan destination that reads an article's flags into f.
	ScanFlags(f *[]string) any
}

// Row is one row of a query, as *sql.Row and pgx.Row are.
type Row interface {
	Scan(dest ...any) error
}

// Rows are the rows of a query, as pgx.Rows are (a *sql.Rows needs its
// Close wrapped).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Conn runs a backend's queries. The queries it gets are already bound
// (Dialect.Bind) and their string arguments made storable (Dialect.Text).
type Conn interface {
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
	// NoRows reports whether err is a one-row query's "no rows".
	NoRows(err error) bool
	// Fail wraps err, a failure of op, with the backend and database names
	// (and whatever the backend marks on it, such as "retry").
	Fail(op string, err error) error
}

// Queries are the shared queries over one backend's database. A backend's
// DB embeds it, so its methods are the DB's.
type Queries struct {
	d Dialect
	c Conn
}

// New returns the shared queries of a backend.
func New(d Dialect, c Conn) *Queries { return &Queries{d: d, c: c} }

// query runs a query written with ? placeholders.
func (q *Queries) query(ctx context.Context, sql string, args ...any) (Rows, error) {
	return q.c.Query(ctx, q.d.Bind(sql), q.texts(args)...)
}

// queryRow runs a one-row query written with ? placeholders.
func (q *Queries) queryRow(ctx context.Context, sql string, args ...any) Row {
	return q.c.QueryRow(ctx, q.d.Bind(sql), q.texts(args)...)
}

// texts applies Dialect.Text to the string arguments, copying args only
// when one changes.
func (q *Queries) texts(args []any) []any {
	out := args
	for i, a := range args {
		s, ok := a.(string)
		if !ok {
			continue
		}
		if t := q.d.Text(s); t != s {
			if &out[0] == &args[0] {
				out = append([]any(nil), args...)
			}
			out[i] = t
		}
	}
	return out
}
