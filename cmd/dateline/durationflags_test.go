package main

import (
	"os"
	"path/filepath"
	"testing"
)

// --fetch-timeout must be a positive duration in both commands that fetch,
// and ingest's --batch-delay too.
func TestDurationFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	runCLI(t, 2, "extract", "--fetch-timeout", "0s", "-")
	runCLI(t, 2, "ingest", "--db", db, "--fetch-timeout", "-1s", "-")
	runCLI(t, 2, "ingest", "--db", db, "--batch-delay", "0s", "-")
	article := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(article, []byte("The mayor said the bridge would reopen.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, 0, "extract", "--fetch-timeout", "5s", article)
}
