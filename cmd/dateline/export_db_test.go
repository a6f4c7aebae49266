package main

import (
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
