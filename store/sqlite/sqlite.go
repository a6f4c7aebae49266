// Package sqlite is the embedded default store: one SQLite file (pure Go,
// modernc.org/sqlite), WAL mode, FTS5 over article text, quote text and
// entity names, versioned migrations.
//
// Writes go through one connection (SQLite has one writer at a time) and
// start with BEGIN IMMEDIATE, so two processes writing the same file wait
// for each other instead of failing half-way. Reads use a small pool that
// runs beside the writer (WAL readers never block it). A process killed at
// any moment, even with SIGKILL, leaves the file consistent: each article
// is one transaction, committed whole or not at all.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dateline/store"
	"dateline/store/internal/sqlq"
)

// DB is a Store on one SQLite file. Its queries are the shared ones of
// store/internal/sqlq, in SQLite's dialect.
type DB struct {
	*sqlq.Queries

	path string
	w    *sql.DB    // the one writer connection
	r    *sql.DB    // readers
	rq   *stmtCache // the readers' prepared statements

	stmtOnce sync.Once
	stmts    *writeStmts
	stmtErr  error

	rawMu sync.Mutex
	raw   *batchStmts // a batch's statements, on the writer's driver connection
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date. It fails with store.ErrSchemaTooNew when the file was
// written by a newer program.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path: name a file, e.g. --db dateline.db")
	}
	if err := checkPath(path); err != nil {
		return nil, err
	}
	if pageSize(path) == 0 {
		if err := createFile(path); err != nil {
			return nil, fmt.Errorf("sqlite: create %q: %w", path, err)
		}
	}
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	db := &DB{path: path, w: w}
	if err := migrate(ctx, w, path); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %q for reading: %w", path, err)
	}
	n := max(2, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db.r = r
	db.rq = newStmtCache(r)
	db.Queries = sqlq.New(dialect{}, conn{rq: db.rq, path: path})
	return db, nil
}

// checkPath says why a path cannot hold a database before SQLite does:
// its own message for a directory or a missing folder is "unable to open
// database file (14)", which names neither cause.
func checkPath(path string) error {
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("sqlite: %q is a directory; name a database file in it, e.g. %s", path, filepath.Join(path, "dateline.db"))
	case err == nil:
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("sqlite: %q: %w", path, err)
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil {
		return fmt.Errorf("sqlite: cannot create %q: its folder %q does not exist (%w)", path, dir, err)
	} else if !st.IsDir() {
		return fmt.Errorf("sqlite: cannot create %q: %q is not a folder", path, dir)
	}
	return nil
}

// dsn sets the pragmas every connection needs. synchronous=NORMAL in WAL
// mode keeps every commit safe from a process crash (the WAL is in the OS
// cache) and only a power cut can lose the last commits — never the
// file's consistency.
func dsn(path string, writer bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "temp_store(MEMORY)")
	if writer {
		// A batch of articles touches many pages of many indexes; with
		// SQLite's default 2 MiB cache it spills to the WAL mid-transaction
		// and reads pages back. 8 MiB saves most of that (about 10% of the
		// write's CPU); 32 MiB saves a little more but costs 40 MB of RSS,
		// which the ingest's 300 MB budget needs for the models.
		q.Add("_pragma", "cache_size(-8192)")
		// Checkpoint the WAL every 40 MB (10,000 pages of 4 KiB) instead
		// of every 1,000 pages: a page an ingest rewrites in many batches
		// (index and full-text pages) is copied into the file once instead
		// of many times, and fsynced less often. BenchmarkPutBatch: 5.8 ->
		// 5.3 CPU-s for 4,000 articles, mean of 4 runs each.
		q.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", walPages(pageSize(path))))
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	return "file:" + escapePath(path) + "?" + q.Encode()
}

// escapePath writes path as the path of a file: URI.
func escapePath(path string) string { return (&url.URL{Path: path}).EscapedPath() }

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Close checkpoints the WAL into the main file and closes every connection.
func (db *DB) Close() error {
	var first error
	db.closeRaw()
	if db.stmts != nil {
		db.stmts.close()
	}
	if db.rq != nil {
		db.rq.close()
	}
	if db.r != nil {
		if err := db.r.Close(); err != nil {
			first = err
		}
	}
	// A checkpoint on close keeps the -wal file small for the next reader;
	// failing it loses nothing (the WAL is replayed on open).
	_, _ = db.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	if err := db.w.Close(); err != nil && first == nil {
		first = err
	}
	if first != nil {
		return fmt.Errorf("sqlite: close %q: %w", db.path, first)
	}
	return nil
}
