package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dateline"
	"dateline/store"
	"dateline/store/postgres/pgtest"
	"dateline/store/storetest"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.Context(), pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

func TestOpen(t *testing.T) {
	t.Run("reopening keeps data and schema", func(t *testing.T) {
		url := pgtest.Schema(t)
		db, err := Open(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.PutError(t.Context(), store.ErrorRecord{Input: "a", Message: "m"}); err != nil {
			t.Fatal(err)
		}
		db.Close()
		db, err = Open(t.Context(), url)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer db.Close()
		st, err := db.Stats(t.Context())
		if err != nil || st.Errors != 1 {
			t.Errorf("after reopen: %+v, %v; want 1 error", st, err)
		}
		var n int
		if err := db.pool.QueryRow(t.Context(), `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion() {
			t.Errorf("schema_migrations rows = %d, %v; want %d", n, err, SchemaVersion())
		}
	})
	t.Run("processes opening at once migrate once", func(t *testing.T) {
		url := pgtest.Schema(t)
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				db, err := Open(t.Context(), url)
				if err == nil {
					db.Close()
				}
				errs <- err
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Errorf("concurrent Open: %v", err)
			}
		}
	})
	t.Run("a newer schema is refused", func(t *testing.T) {
		url := pgtest.Schema(t)
		db, err := Open(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.pool.Exec(t.Context(), `INSERT INTO schema_migrations(version, name) VALUES (999, 'future')`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = Open(t.Context(), url)
		if !errors.Is(err, store.ErrSchemaTooNew) {
			t.Errorf("Open(newer) error = %v, want ErrSchemaTooNew", err)
		}
	})
	t.Run("not a postgres URL", func(t *testing.T) {
		_, err := Open(context.Background(), "news.db")
		if err == nil || !strings.Contains(err.Error(), `"news.db"`) {
			t.Errorf("Open(news.db) error = %v, want one naming it", err)
		}
	})
	t.Run("a server that is not there is a temporary error without the password", func(t *testing.T) {
		_, err := Open(t.Context(), "postgres://u:secret@127.0.0.1:1/x?sslmode=disable&connect_timeout=2")
		var tmp interface{ Temporary() bool }
		if err == nil || !errors.As(err, &tmp) || !tmp.Temporary() {
			t.Errorf("Open(nothing listening) error = %v, want a Temporary one", err)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("error %q shows the password", err)
		}
	})
}

// Text PostgreSQL refuses (NUL, invalid UTF-8) is stored with one byte for
// one, so spans still point at the same words.
func TestUnstorableBytes(t *testing.T) {
	db := open(t)
	defer db.Close()
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a NUL byte becomes a space", "Mayor\x00Ana Ortiz spoke.", "Mayor Ana Ortiz spoke."},
		{"an invalid byte becomes a question mark", "Prices rose by \xa310 in Leeds.", "Prices rose by ?10 in Leeds."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, "Ortiz")
			if i < 0 {
				i = strings.Index(tc.text, "Leeds")
			}
			word := tc.text[i : i+5]
			a := dateline.Analysis{ID: "x", Language: "en", Text: tc.text, Title: ptr("T\x00itle"),
				Entities: []dateline.EntityJSON{{ID: "E1", Name: word + "\x00", Type: "PERSON",
					Mentions: []dateline.MentionJSON{{Start: i, End: i + 5, Text: word, Kind: "name"}}}}}
			res, err := db.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "in\x00put"}})
			if err != nil {
				t.Fatalf("Put: %v", err)
			}
			if want := store.ArticleID(store.ContentHash("T\x00itle", tc.text)); res.ID != want {
				t.Errorf("id = %q, want %q (the hash of the text as given)", res.ID, want)
			}
			got, err := db.Analysis(t.Context(), res.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != tc.want || len(got.Text) != len(tc.text) {
				t.Errorf("text = %q, want %q", got.Text, tc.want)
			}
			if m := got.Entities[0].Mentions[0]; got.Text[m.Start:m.End] != word {
				t.Errorf("mention span %d-%d = %q, want %q", m.Start, m.End, got.Text[m.Start:m.End], word)
			}
			if again, err := db.Put(t.Context(), store.Record{Analysis: a, Source: store.Source{Input: "in\x00put"}}); err != nil || again.Created || again.NewSource {
				t.Errorf("second Put = %+v, %v; want known, no new source", again, err)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestCheck(t *testing.T) {
	db := open(t)
	defer db.Close()
	for i := range 3 {
		a := dateline.Analysis{ID: "c", Language: "en", Text: "Check article " + strings.Repeat("x", i+1),
			Entities: []dateline.EntityJSON{{ID: "E1", Name: "Ana Ortiz", Type: "PERSON",
				Mentions: []dateline.MentionJSON{{Start: 0, End: 5, Text: "Check", Kind: "name"}}}}}
		if _, err := db.Put(t.Context(), store.Record{Analysis: a, Source: store.Source{Input: "c.txt"}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Check(t.Context()); err != nil {
		t.Fatalf("Check after Puts: %v", err)
	}
	// A write applied twice: the entity's counts no longer add up.
	if _, err := db.pool.Exec(t.Context(), `UPDATE entities SET n_articles = n_articles + 1, n_mentions = n_mentions + 1`); err != nil {
		t.Fatal(err)
	}
	err := db.Check(t.Context())
	if err == nil || !strings.Contains(err.Error(), "1 entities whose article count differs") ||
		!strings.Contains(err.Error(), "1 entities whose mention count differs") {
		t.Errorf("Check after a double count = %v, want both entity rules broken", err)
	}
}
