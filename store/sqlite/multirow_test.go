package sqlite

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"path/filepath"
	"testing"
)

func TestMultiInsertKeepsRowsInOrder(t *testing.T) {
	w, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Exec(`CREATE TABLE r(seq INTEGER PRIMARY KEY, k INTEGER, v TEXT)`); err != nil {
		t.Fatal(err)
	}
	// The inserts run on one driver connection, as a batch's do; the
	// checks read through another.
	conn, err := w.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		st := &batchStmts{conn: dc.(driver.Conn)}
		defer st.close()
		mi, err := newMultiInsert(func(q string) (dstmt, error) { return st.prepare(t.Context(), q) }, `INSERT INTO r(k, v) VALUES `, 0, 2, "")
		if err != nil {
			return err
		}
		checkMultiInsert(t, w, mi)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func checkMultiInsert(t *testing.T, w *sql.DB, mi *multiInsert) {
	for _, n := range []int{0, 1, 3, 31, 32, 33, 44, 100, 127, 128, 129, 300} {
		t.Run(fmt.Sprintf("%d rows", n), func(t *testing.T) {
			if _, err := w.Exec(`DELETE FROM r`); err != nil {
				t.Fatal(err)
			}
			var args []any
			for i := range n {
				args = append(args, i, fmt.Sprint("row ", i))
			}
			if err := mi.exec(t.Context(), nil, args); err != nil {
				t.Fatal(err)
			}
			rows, err := w.Query(`SELECT k, v FROM r ORDER BY seq`)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			got := 0
			for rows.Next() {
				var k int
				var v string
				if err := rows.Scan(&k, &v); err != nil {
					t.Fatal(err)
				}
				if k != got || v != fmt.Sprint("row ", got) {
					t.Errorf("row %d = (%d, %q), want (%d, %q)", got, k, v, got, fmt.Sprint("row ", got))
				}
				got++
			}
			if got != n {
				t.Errorf("%d rows stored, want %d", got, n)
			}
		})
	}
	t.Run("values not a whole number of rows", func(t *testing.T) {
		if err := mi.exec(t.Context(), nil, []any{1, "a", 2}); err == nil {
			t.Error("exec of 3 values in rows of 2: no error")
		}
	})
}

// An article's seq and id lead each of its rows and are bound once a
// statement: every row, in every chunk, gets them.
func TestMultiInsertBindsSharedValuesOnceForEveryRow(t *testing.T) {
	w, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Exec(`CREATE TABLE r(seq INTEGER PRIMARY KEY, a INTEGER, b TEXT, k INTEGER, v TEXT)`); err != nil {
		t.Fatal(err)
	}
	conn, err := w.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const n = 200 // chunks of 128, 64, 8
	err = conn.Raw(func(dc any) error {
		st := &batchStmts{conn: dc.(driver.Conn)}
		defer st.close()
		mi, err := newMultiInsert(func(q string) (dstmt, error) { return st.prepare(t.Context(), q) }, `INSERT INTO r(a, b, k, v) VALUES `, 2, 4, "")
		if err != nil {
			return err
		}
		var args []any
		for i := range n {
			args = append(args, i, fmt.Sprint("row ", i))
		}
		if err := mi.exec(t.Context(), []any{7, "article 7"}, args); err != nil {
			return err
		}
		if err := mi.exec(t.Context(), []any{7}, args[:2]); err == nil {
			t.Error("exec with 1 shared value of 2: no error")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := w.Query(`SELECT a, b, k, v FROM r ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := 0
	for rows.Next() {
		var a, k int
		var b, v string
		if err := rows.Scan(&a, &b, &k, &v); err != nil {
			t.Fatal(err)
		}
		if a != 7 || b != "article 7" || k != got || v != fmt.Sprint("row ", got) {
			t.Errorf("row %d = (%d, %q, %d, %q), want (7, \"article 7\", %d, %q)", got, a, b, k, v, got, fmt.Sprint("row ", got))
		}
		got++
	}
	if got != n {
		t.Errorf("%d rows stored, want %d", got, n)
	}
}
