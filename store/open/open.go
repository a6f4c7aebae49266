// Package open opens the store a --db value names: a PostgreSQL database
// for a postgres:// (or postgresql://) URL, else an SQLite file. Every
// command that takes --db opens it here, so each works on either backend.
package open

import (
	"context"
	"fmt"
	"os"

	"dateline/store"
	"dateline/store/postgres"
	"dateline/store/sqlite"
)

// Store opens (creating if needed) the database db names.
func Store(ctx context.Context, db string) (store.Store, error) {
	if db == "" {
		return nil, fmt.Errorf("no database named: give a file (news.db) or a postgres:// URL")
	}
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// Existing opens a database that must exist already: a typo in a file
// name should say so, not create an empty file and report nothing. (A
// PostgreSQL database exists or the connection fails; its tables are
// created on first open, as an empty store.)
func Existing(ctx context.Context, db string) (store.Store, error) {
	if db != "" && !postgres.IsURL(db) {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("no database at %q (%w); create one with 'dateline ingest --db %s SOURCE...'", db, err, db)
		}
	}
	return Store(ctx, db)
}
