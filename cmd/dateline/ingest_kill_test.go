package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// genCorpus writes n small articles (made-up text), n/20 exact duplicates
// under other names (rewrapped), one file with invalid UTF-8 and one empty
// file, and returns the directory.
func genCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.MkdirAll(filepath.Join(dir, "dups"), 0o755); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 9))
	people := []string{"Mayor Ana Ortiz", "Minister Tomas Berg", "Judge Lena Fischer", "Captain Omar Haddad", "Dr Mei Lin"}
	places := []string{"Northport", "Lakeside", "the capital", "the river valley", "the old harbour"}
	verbs := []string{"promised", "criticised", "approved", "rejected", "delayed"}
	things := []string{"the new bridge", "a budget of $4 million", "the school plan", "the rail link", "higher taxes"}
	days := []string{"Monday", "Tuesday", "last week", "on 3 March", "next year"}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "Report %d from %s\n\n", i, places[r.IntN(len(places))])
		for s := range 6 + r.IntN(6) {
			p := people[r.IntN(len(people))]
			fmt.Fprintf(&b, "%s %s %s %s in %s, item %d.%d. ", p, verbs[r.IntN(len(verbs))], things[r.IntN(len(things))],
				days[r.IntN(len(days))], places[r.IntN(len(places))], i, s)
			if s%3 == 2 {
				fmt.Fprintf(&b, "\"We will finish it by %s,\" %s said.\n\n", days[r.IntN(len(days))], p)
			}
		}
		body := b.String()
		write(t, filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), body)
		if i%20 == 0 {
			write(t, filepath.Join(dir, "dups", fmt.Sprintf("copy%04d.txt", i)), strings.ReplaceAll(body, ". ", ".\n"))
		}
	}
	write(t, filepath.Join(dir, "latin1.txt"), "Price rise\n\nTickets now cost \xa310 each, the club said.")
	write(t, filepath.Join(dir, "empty.txt"), "")
	return dir
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func buildDateline(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dateline")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// checkConsistent opens the file after a kill: SQLite's own integrity
// check, the full-text indexes' check, and no article without a source or
// with records missing (each article's counts match its rows).
func checkConsistent(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'articles'`).Scan(&tables); err != nil {
		t.Fatalf("read schema: %v", err)
	}
	if tables == 0 {
		return 0 // killed before the schema's one transaction committed
	}
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	for _, fts := range []string{"articles_fts", "quotes_fts", "entities_fts"} {
		if _, err := db.Exec(`INSERT INTO ` + fts + `(` + fts + `) VALUES ('integrity-check')`); err != nil {
			t.Fatalf("%s integrity-check: %v", fts, err)
		}
	}
	var orphans, torn, n int
	q := `SELECT
		(SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_sources)),
		(SELECT count(*) FROM articles a WHERE n_quotes <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
			OR n_mentions <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)),
		(SELECT count(*) FROM articles)`
	if err := db.QueryRow(q).Scan(&orphans, &torn, &n); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 || torn != 0 {
		t.Fatalf("after a kill: %d articles without a source, %d with records missing", orphans, torn)
	}
	return n
}

// Kill -9 an ingest at random moments ten times, then let it finish: the
// database is consistent after every kill and ends with the counts of a
// clean run.
func TestIngestSurvivesKill9(t *testing.T) {
	bin := buildDateline(t)
	corpus := genCorpus(t, 200)
	ingest := func(db string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--db", db, "--workers", "2", "--batch", "4", "--assume-language", "en", "--published", "2025-03-04", corpus)
	}

	clean := filepath.Join(t.TempDir(), "clean.db")
	start := time.Now()
	if out, err := ingest(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	cleanTime := time.Since(start)
	want := statsOf(t, clean)
	if want.Articles != 201 || want.DuplicateInputs != 10 || want.Errors != 1 {
		t.Fatalf("clean run: %+v; want 201 articles, 10 duplicate inputs, 1 error", want)
	}

	killed := filepath.Join(t.TempDir(), "killed.db")
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	partial := 0
	for i := range 10 {
		cmd := ingest(killed)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		if i == 0 {
			// While it starts: creating the file, migrating the schema.
			time.Sleep(time.Duration(r.Int64N(int64(cleanTime/4) + 1)))
		} else {
			// At a random point of what is left to do, whatever the
			// machine's speed: a count of stored articles to wait for.
			have := countArticles(killed)
			waitForArticles(t, exited, killed, have+1+r.IntN(max(1, (want.Articles-have)/3)))
		}
		cmd.Process.Signal(syscall.SIGKILL) // fails only when it has exited already
		if err := <-exited; err != nil && !strings.Contains(err.Error(), "killed") {
			t.Fatalf("ingest %d failed on its own: %v\n%s", i+1, err, stderr.String())
		}
		if _, err := os.Stat(killed); err != nil {
			continue // killed before it created the file
		}
		if n := checkConsistent(t, killed); n > 0 && n < want.Articles {
			partial++
		}
	}
	t.Logf("clean run %v; %d of 10 kills left a partly ingested database", cleanTime, partial)
	if out, err := ingest(killed).CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	checkConsistent(t, killed)
	if got := statsOf(t, killed); got != want {
		t.Errorf("after 10 kills and a finish:\n got %+v\nwant %+v", got, want)
	}
	if partial < 3 {
		t.Errorf("only %d kills landed mid-ingest (clean run took %v): too few to prove much", partial, cleanTime)
	}
}

// countArticles reads how many articles the file holds (0 before it has
// its schema), beside a running ingest: a read-only WAL reader neither
// blocks the writer nor creates the file.
func countArticles(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n) != nil {
		return 0
	}
	return n
}

// waitForArticles polls until the file holds n articles, or the ingest
// exits on its own (its result is put back for the caller), or a minute
// passes.
func waitForArticles(t *testing.T, exited chan error, path string, n int) {
	deadline := time.After(time.Minute)
	for countArticles(path) < n {
		select {
		case err := <-exited:
			exited <- err
			return
		case <-deadline:
			t.Errorf("no %d articles after a minute", n)
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}
