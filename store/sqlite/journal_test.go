package sqlite

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"dateline/store"
)

// oeAbort is SQLite's OE_Abort, the P2 of a constraint's Halt or
// HaltIfNull that undoes the statement alone.
const oeAbort = 2

// TestRecordInsertsNeedNoStatementJournal: an article's record rows go in
// multi-row INSERTs; one whose constraint checks may abort the statement
// alone makes SQLite copy every existing page it changes into a statement
// journal first, for nothing, since a failed batch rolls back whole. Only
// the entities' upsert keeps the journal (its DO UPDATE always may abort).
func TestRecordInsertsNeedNoStatementJournal(t *testing.T) {
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "j.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tab := range multiTables {
		if strings.Contains(tab.tail, "DO UPDATE") {
			continue
		}
		row := "(" + strings.TrimSuffix(strings.Repeat("?, ", tab.cols), ", ") + ")"
		q := "EXPLAIN " + tab.head + row + ", " + row
		rows, err := db.w.Query(q, make([]any, 2*tab.cols)...)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var addr, p1, p2, p3, p5 any
			var op, p4, comment any
			if err := rows.Scan(&addr, &op, &p1, &p2, &p3, &p4, &p5, &comment); err != nil {
				t.Fatal(err)
			}
			if o := fmt.Sprint(op); (o == "Halt" || o == "HaltIfNull") && fmt.Sprint(p2) == fmt.Sprint(oeAbort) {
				t.Errorf("%s…: a %s on %v may abort the statement alone (needs a statement journal)", tab.head[:40], o, p4)
				break
			}
		}
		rows.Close()
	}
}

// TestFailedBatchStoresNothing: a record that breaks a constraint
// half-way through a multi-row INSERT (two quotes of one id) fails the
// batch, and none of its articles or rows stay, though the statement no
// longer undoes its own earlier rows.
func TestFailedBatchStoresNothing(t *testing.T) {
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	good := benchAnalysis(1)
	bad := benchAnalysis(2)
	bad.Quotes = append(bad.Quotes, bad.Quotes[0])
	recs := []store.Record{
		{Analysis: good, Analysed: true, Source: store.Source{Input: "in/1"}},
		{Analysis: bad, Analysed: true, Source: store.Source{Input: "in/2"}},
	}
	if _, err := db.PutBatch(t.Context(), recs); err == nil || !strings.Contains(err.Error(), "quotes") {
		t.Fatalf("PutBatch = %v; want the quotes' constraint error", err)
	}
	for _, tab := range []string{"articles", "article_entities", "mentions", "quotes", "events", "times", "amounts",
		"entities", "articles_fts", "quotes_fts"} {
		var n int
		if err := db.r.QueryRow(`SELECT count(*) FROM ` + tab).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows, %v; want none", tab, n, err)
		}
	}
	// The same batch without the doubled quote is stored whole.
	bad.Quotes = bad.Quotes[:len(bad.Quotes)-1]
	recs[1].Analysis = bad
	if _, err := db.PutBatch(t.Context(), recs); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.r.QueryRow(`SELECT count(*) FROM quotes`).Scan(&n); err != nil || n != 4 {
		t.Errorf("quotes: %d, %v; want 4", n, err)
	}
}
