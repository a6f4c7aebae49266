package sqlq

import (
	"context"
	"fmt"

	"dateline/store"
)

// Migration is one schema step. Steps are never edited once released: a
// change is a new step, so every database can be brought up to date from
// any earlier version.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations are a backend's schema steps, oldest first, and how it keeps
// the record of those applied: the table schema_migrations(version, name,
// applied), in its own types.
type Migrations struct {
	Steps []Migration
	// Table creates schema_migrations when it is missing.
	Table string
	// Now is the SQL for the time a step is applied, as Table stores it.
	Now string
}

// Latest is the version of the last step: the schema this program writes.
func (m Migrations) Latest() int { return m.Steps[len(m.Steps)-1].Version }

// Tx is the transaction migrations run in (the backend begins and commits
// it, and makes concurrent openers take turns). Queries are written with ?
// placeholders and bound by Apply.
type Tx interface {
	Exec(ctx context.Context, query string, args ...any) error
	QueryRow(ctx context.Context, query string, args ...any) Row
}

// Apply brings the schema up to version target (Latest, but for tests that
// build an old schema) in tx: it applies each step above the recorded
// version and records it. A database recorded at a version newer than
// Latest was written by a newer program: store.ErrSchemaTooNew, and
// nothing changes. Errors name the step; the caller names the database.
func (m Migrations) Apply(ctx context.Context, d Dialect, tx Tx, target int) error {
	if err := tx.Exec(ctx, m.Table); err != nil {
		return fmt.Errorf("create schema_migrations (not a database this program can use?): %w", err)
	}
	var current int
	if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > m.Latest() {
		return fmt.Errorf("schema version %d, this program knows up to %d: use a newer dateline: %w",
			current, m.Latest(), store.ErrSchemaTooNew)
	}
	record := d.Bind(`INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ` + m.Now + `)`)
	for _, s := range m.Steps {
		if s.Version <= current || s.Version > target {
			continue
		}
		if err := tx.Exec(ctx, s.SQL); err != nil {
			return fmt.Errorf("migration %d (%s): %w", s.Version, s.Name, err)
		}
		if err := tx.Exec(ctx, record, s.Version, s.Name); err != nil {
			return fmt.Errorf("record migration %d: %w", s.Version, err)
		}
	}
	return nil
}
