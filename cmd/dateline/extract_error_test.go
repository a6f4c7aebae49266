package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline"
)

// An input extract cannot read stands in its output as an error record
// whose stage is "read", as 'dateline errors' names it; the stage was left
// out, so a reader of the JSONL could not tell where it failed.
func TestExtractErrorRecordNamesReadStage(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"extract", "--format", "jsonl", empty}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Fatalf("extract: exit %d, want 1; stderr:\n%s", code, errb.String())
	}
	var a dateline.Analysis
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if a.Error == nil || a.Error.Input != empty || a.Error.Stage != "read" || !strings.Contains(a.Error.Message, "nothing to read") {
		t.Errorf("error record %+v, want input %q, stage \"read\" and why", a.Error, empty)
	}
}
