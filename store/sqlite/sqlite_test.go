package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dateline/store"
	"dateline/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(t.Context(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestOpen(t *testing.T) {
	t.Run("reopening keeps data and schema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "re.db")
		db, err := Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.PutError(t.Context(), store.ErrorRecord{Input: "a", Message: "m"}); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		db, err = Open(t.Context(), path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer db.Close()
		st, err := db.Stats(t.Context())
		if err != nil || st.Errors != 1 {
			t.Errorf("after reopen: %+v, %v; want 1 error", st, err)
		}
		var n int
		if err := db.r.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion() {
			t.Errorf("schema_migrations rows = %d, %v; want %d", n, err, SchemaVersion())
		}
	})
	t.Run("a newer schema is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "new.db")
		db, err := Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.w.Exec(`INSERT INTO schema_migrations VALUES (999, 'future', '')`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = Open(t.Context(), path)
		if !errors.Is(err, store.ErrSchemaTooNew) {
			t.Errorf("Open(newer) error = %v, want ErrSchemaTooNew", err)
		}
	})
	t.Run("a file that is not a database is an error naming it", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "junk.db")
		if err := writeFile(path, "this is not sqlite, just text that is long enough to have a header......"); err != nil {
			t.Fatal(err)
		}
		_, err := Open(context.Background(), path)
		if err == nil || !contains(err.Error(), path) {
			t.Errorf("Open(junk) error = %v, want one naming %q", err, path)
		}
	})
	t.Run("a path that cannot hold a database says why", func(t *testing.T) {
		dir := t.TempDir()
		for _, tc := range []struct{ path, why string }{
			{dir, "is a directory"},
			{filepath.Join(dir, "no", "such", "x.db"), "does not exist"},
		} {
			_, err := Open(t.Context(), tc.path)
			if err == nil || !contains(err.Error(), tc.path) || !contains(err.Error(), tc.why) {
				t.Errorf("Open(%q) error = %v, want one naming it and saying %q", tc.path, err, tc.why)
			}
		}
	})
	t.Run("WAL mode is on", func(t *testing.T) {
		db, err := Open(t.Context(), filepath.Join(t.TempDir(), "wal.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var mode string
		if err := db.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
	})
}

func TestMigrateFromV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Rebuild the file at version 1, as an older program left it.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	w := oldFile(t, path, 1)
	if _, err := w.Exec(`INSERT INTO errors(input, message, time) VALUES ('old.txt', 'kept', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	w.Close()

	db, err = Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-1 file: %v", err)
	}
	defer db.Close()
	var version, indexes int
	db.r.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&version)
	db.r.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name IN ('mentions_entity', 'times_value')`).Scan(&indexes)
	if version != SchemaVersion() || indexes != 0 {
		t.Errorf("after migration: version %d, %d dropped indexes left; want %d, 0", version, indexes, SchemaVersion())
	}
	if st, err := db.Stats(t.Context()); err != nil || st.Errors != 1 {
		t.Errorf("after migration: stats %+v, %v; want the old error record kept", st, err)
	}
}

func TestMigrateV2KeysRecordsBySeq(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	w := oldFile(t, path, 2)
	// Two articles whose ids sort the other way round from their seqs,
	// each with one mention, time and amount, as a version-2 program
	// wrote them.
	for _, a := range []struct {
		seq int
		id  string
	}{{1, "ffff"}, {2, "aaaa"}} {
		for _, q := range []string{
			`INSERT INTO articles(seq, id, hash, analysed, text, analysis, ingested) VALUES (?1, ?2, ?2, 1, 'x', '{}', 'now')`,
			`INSERT INTO mentions(article_id, n, local_id, entity_id, span_start, span_end, text, kind) VALUES (?2, 0, 'E1', 'e1', 0, 1, 'x', 'name')`,
			`INSERT INTO times(article_id, n, text, span_start, span_end, type, value) VALUES (?2, 0, 'x', 0, 1, 'DATE', '2025')`,
			`INSERT INTO amounts(article_id, n, text, span_start, span_end, kind, value, unit, approximate) VALUES (?2, 0, 'x', 0, 1, 'money', 1, 'USD', 0)`,
		} {
			if _, err := w.Exec(q, a.seq, a.id); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
	w.Close()

	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("open a version-2 file: %v", err)
	}
	defer db.Close()
	for _, table := range []string{"mentions", "times", "amounts"} {
		var got []string
		rows, err := db.r.Query(`SELECT article_seq || ':' || article_id || ':' || n FROM ` + table)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			got = append(got, s)
		}
		rows.Close()
		if want := []string{"1:ffff:0", "2:aaaa:0"}; !slices.Equal(got, want) {
			t.Errorf("%s after migration = %v, want %v (in seq order)", table, got, want)
		}
	}
}

// A new file has pages of newPageSize and checkpoints its WAL after as many
// bytes as before; a file of 4 KiB pages keeps them.
func TestNewFileHasLargerPages(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	oldFile(t, old, 1).Close()
	for _, tc := range []struct {
		path       string
		page, ckpt int
	}{{filepath.Join(dir, "new.db"), newPageSize, walBytes / newPageSize}, {old, 4096, 10000}} {
		db, err := Open(t.Context(), tc.path)
		if err != nil {
			t.Fatal(err)
		}
		var page, ckpt int
		var mode string
		if err := db.w.QueryRow(`PRAGMA page_size`).Scan(&page); err != nil {
			t.Fatal(err)
		}
		if err := db.w.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&ckpt); err != nil {
			t.Fatal(err)
		}
		if err := db.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if page != tc.page || ckpt != tc.ckpt || mode != "wal" {
			t.Errorf("%s: page_size %d, wal_autocheckpoint %d, journal_mode %s; want %d, %d, wal",
				filepath.Base(tc.path), page, ckpt, mode, tc.page, tc.ckpt)
		}
		if _, err := db.PutBatch(t.Context(), []store.Record{article(tc.path, "The tide turned early.", "Port Board", "we wait")}); err != nil {
			t.Error(err)
		}
		db.Close()
		if got := pageSize(tc.path); got != tc.page {
			t.Errorf("pageSize(%s) = %d, want %d", filepath.Base(tc.path), got, tc.page)
		}
	}
}
