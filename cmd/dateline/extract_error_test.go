package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
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

// A stage failure names the input file, as ingest's line does, not only the
// article's id (a base name that two folders can share).
func TestExtractStageErrorNamesInput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "north")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, "report.txt")
	line := "The harbour board met again on Tuesday and said the ferry timetable would change in spring.\n"
	if err := os.WriteFile(long, []byte(strings.Repeat(line, dateline.MaxAnalysedBytes/len(line)+10)), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"extract", "--format", "jsonl", long}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Fatalf("extract: exit %d, want 1; stderr:\n%s", code, errb.String())
	}
	if want := "dateline extract: " + long + ": stage size: "; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, errb.String())
	}
}

// A URL that cannot be fetched keeps the URL as its record's id, as its
// page would have had; the id was "".
func TestExtractErrorRecordOfURLHasItsID(t *testing.T) {
	ts := httptest.NewServer(http.NotFoundHandler())
	defer ts.Close()
	u := ts.URL + "/news/story.html"
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"extract", "--format", "jsonl", u}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Fatalf("extract: exit %d, want 1; stderr:\n%s", code, errb.String())
	}
	var a dateline.Analysis
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if a.ID != u || a.Error == nil || a.Error.Input != u {
		t.Errorf("record id %q, error %+v; want the URL as id and input", a.ID, a.Error)
	}
}
