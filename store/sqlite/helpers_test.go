package sqlite

import (
	"database/sql"
	"os"
	"strings"
	"testing"
)

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// oldFile creates the database file at path with the schema of version, as
// an older program left it (SQLite's default 4 KiB pages), and returns the
// writer connection on it, one connection at most.
func oldFile(t *testing.T, path string, version int) *sql.DB {
	t.Helper()
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	w.SetMaxOpenConns(1)
	if err := migrateTo(t.Context(), w, path, version); err != nil {
		w.Close()
		t.Fatal(err)
	}
	return w
}
