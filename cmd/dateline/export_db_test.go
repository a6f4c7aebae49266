package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// export --db writes the events of the stored articles as exporting their
// extract output does: the same records, but for the ids and the time
// they were written.
func TestExportFromDatabase(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "ferry.txt")
	text := "The Harwick council praised the ferry company on Monday. The mayor met the transport minister in Oslo on Tuesday.\n\n" +
		"Norway's government pledged money for a new pier, the minister said."
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	runCLI(t, 0, "ingest", "--db", db, "--published", "2025-03-03", article)
	analyses := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(analyses, []byte(runCLI(t, 0, "extract", "--format", "jsonl", "--published", "2025-03-03", article)), 0o644); err != nil {
		t.Fatal(err)
	}
	// GLOBALEVENTID, DATEADDED and SOURCEURL name the article and the run.
	records := func(out string) []string {
		var recs []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			cols := strings.Split(l, "\t")
			if len(cols) != 61 {
				t.Fatalf("record %q: %d columns, want 61", l, len(cols))
			}
			recs = append(recs, strings.Join(cols[1:59], "\t"))
		}
		return recs
	}
	fromFile, fromDB := records(runCLI(t, 0, "export", analyses)), records(runCLI(t, 0, "export", "--db", db))
	if len(fromDB) == 0 || strings.Join(fromDB, "\n") != strings.Join(fromFile, "\n") {
		t.Errorf("export --db:\n%s\nwant, as from extract output:\n%s", strings.Join(fromDB, "\n"), strings.Join(fromFile, "\n"))
	}
	if out := runCLI(t, 0, "export", "--db", db, "--from", "2025-04"); out != "" {
		t.Errorf("export --db --from 2025-04 = %q, want nothing (the article is of March)", out)
	}
	runCLI(t, 2, "export", "--to", "2025")
	runCLI(t, 2, "export", "--db", db, analyses)
}

// A bad --from or --to is a usage error naming the flag and the forms it
// takes; it was "articles from \"2026-13\": want a date like 2025-08-18:
// bad query", in the store's words, after the database was opened.
func TestExportBadDateNamesFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	for _, tc := range []struct{ flag, v string }{{"--from", "2026-13"}, {"--to", "2026-02-30"}} {
		var out, errb bytes.Buffer
		if code := run(t.Context(), []string{"export", "--db", db, tc.flag, tc.v}, strings.NewReader(""), &out, &errb); code != 2 {
			t.Fatalf("export %s %s: exit %d, want 2; stderr:\n%s", tc.flag, tc.v, code, errb.String())
		}
		want := fmt.Sprintf("dateline export: %s %q: want a date like 2025-08-18 (or 2025-08, 2025)\n", tc.flag, tc.v)
		if errb.String() != want {
			t.Errorf("stderr %q, want %q", errb.String(), want)
		}
	}
}
