// Package postgres is the scaled-out store: PostgreSQL through pgx's
// connection pool, full-text search with tsvector columns and GIN indexes,
// versioned migrations. It passes the same conformance suite as
// store/sqlite (store/storetest), so the API and the CLI work unchanged on
// either.
//
// Every article is written in one transaction keyed by its content hash
// (INSERT … ON CONFLICT DO NOTHING), so any number of workers may write at
// once, and a redelivered or re-run article changes nothing but, at most,
// adds its source. Rows that many articles update (an entity's counts) are
// locked in id order, so two writers never deadlock on them; a deadlock or
// serialization failure that happens anyway is retried in a new
// transaction.
//
// Errors that a retry may cure (the server restarting, refusing
// connections, out of connections) report Temporary() == true through
// errors.As, the net.Error convention: a worker then holds its job and
// tries again instead of counting the failure against the article.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"dateline/store"
	"dateline/store/internal/sqlq"
)

// DB is a Store on a PostgreSQL database (its tables live in the first
// schema of the connection's search_path, "public" by default). Its
// queries are the shared ones of store/internal/sqlq, in PostgreSQL's
// dialect.
type DB struct {
	*sqlq.Queries

	pool *pgxpool.Pool
	name string // the URL without its password, for messages
}

var _ store.Store = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user:pass@host:port/db,
// with pgx's parameters: sslmode, pool_max_conns, search_path, …) and brings
// its schema up to date. Several processes may open one database at once:
// migrations take an advisory lock. It fails with store.ErrSchemaTooNew when
// the database was written by a newer program.
func Open(ctx context.Context, url string) (*DB, error) {
	name := redact(url)
	if !IsURL(url) {
		return nil, fmt.Errorf("postgres: %q is not a postgres:// URL", name)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %q: %w", name, err)
	}
	// A server restart closes every connection; the pool replaces broken
	// ones on the next Acquire, and idle ones are checked before use.
	cfg.HealthCheckPeriod = 5 * time.Second
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %q: %w", name, mark(err))
	}
	db := &DB{pool: pool, name: name}
	db.Queries = sqlq.New(dialect{}, conn{db})
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Close closes every connection of the pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Name is the database URL without its password.
func (db *DB) Name() string { return db.name }

// Pool is the connection pool, for tests and tools that need plain SQL.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// redact removes the password from a URL so it can go into messages.
func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// unavailableError marks a failure a retry may cure: the server restarting
// or refusing connections, a connection that broke, no connection slots.
type unavailableError struct{ err error }

func (e *unavailableError) Error() string   { return e.err.Error() + " (database unavailable; retry)" }
func (e *unavailableError) Unwrap() error   { return e.err }
func (e *unavailableError) Temporary() bool { return true }

// mark wraps err in unavailableError when a retry may cure it.
func mark(err error) error {
	if err == nil || !transient(err) {
		return err
	}
	var u *unavailableError
	if errors.As(err, &u) {
		return err
	}
	return &unavailableError{err}
}

func transient(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false // the caller gave up; not the server's state
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case strings.HasPrefix(pgErr.Code, "08"), // connection exception
			strings.HasPrefix(pgErr.Code, "53"),          // insufficient resources
			pgErr.Code == "57P01", pgErr.Code == "57P02", // admin / crash shutdown
			pgErr.Code == "57P03",                        // cannot connect now (starting up)
			pgErr.Code == "40001", pgErr.Code == "40P01", // serialization failure, deadlock
			pgErr.Code == "55P03",                        // lock not available
			pgErr.Code == "58000", pgErr.Code == "58030": // system / I/O error
			return true
		}
		return false
	}
	var connErr *pgconn.ConnectError
	var netErr net.Error
	return pgconn.SafeToRetry(err) || errors.As(err, &connErr) || errors.As(err, &netErr) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "connection reset")
}

// retryable reports a failure of a whole transaction that running it again
// cures: a deadlock or a serialization failure between concurrent writers.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "40001" || pgErr.Code == "40P01")
}

// inTx runs fn in a transaction and commits it, running it again (up to 5
// times, after a short random pause) when concurrent writers deadlocked.
func (db *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := db.tryTx(ctx, fn)
		if err == nil || attempt == 4 || !retryable(err) || ctx.Err() != nil {
			return err
		}
		select {
		case <-time.After(time.Duration(5+rand.IntN(20<<attempt)) * time.Millisecond):
		case <-ctx.Done():
			return err
		}
	}
}

func (db *DB) tryTx(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// fail names the database and the operation, and marks transient causes.
func (db *DB) fail(op string, err error) error {
	return fmt.Errorf("postgres: %s: %s: %w", db.name, op, mark(err))
}
