package open

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/store/postgres"
	"dateline/store/postgres/pgtest"
	"dateline/store/sqlite"
)

func TestStorePicksTheBackend(t *testing.T) {
	t.Run("a path opens SQLite, creating the file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "news.db")
		st, err := Store(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, ok := st.(*sqlite.DB); !ok {
			t.Errorf("Store(%q) = %T, want *sqlite.DB", path, st)
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("file not created: %v", err)
		}
	})
	t.Run("a postgres URL opens PostgreSQL", func(t *testing.T) {
		url := pgtest.Schema(t)
		st, err := Existing(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, ok := st.(*postgres.DB); !ok {
			t.Errorf("Existing(postgres URL) = %T, want *postgres.DB", st)
		}
	})
	t.Run("a missing file is not created by Existing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "typo.db")
		_, err := Existing(t.Context(), path)
		if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
			t.Errorf("Existing(missing) = %v, want ErrNotExist naming %q", err, path)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("Existing created %q", path)
		}
	})
	t.Run("nothing named", func(t *testing.T) {
		if _, err := Store(t.Context(), ""); err == nil {
			t.Error("Store(\"\") = nil error")
		}
	})
}
