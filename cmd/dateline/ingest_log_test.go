package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/queue/queuetest"
	"dateline/source"
)

// An ingest names each input it could not read, and why, on stderr as it
// goes; before, only a count of errors was printed and the names were in
// 'dateline errors' alone.
func TestIngestNamesBadInputs(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"good.txt":    "Pier repaired\n\nThe town council said on Tuesday that the pier would reopen in spring.",
		"empty.txt":   "",
		"scan.html":   "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
		"lines.jsonl": "{\"id\":\"ok\",\"text\":\"The mayor said the pool will close for a month.\"}\n{\"id\":\"bad\",\"text\": oops\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "log.db")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--db", db, dir}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d, want 0; stderr:\n%s", code, errb.String())
	}
	for _, tc := range []struct{ input, why string }{
		{"empty.txt", "nothing to read"},
		{"scan.html", "application/pdf"},
		{"lines.jsonl:2", "invalid JSON"},
	} {
		t.Run(tc.input, func(t *testing.T) {
			found := false
			for _, l := range strings.Split(errb.String(), "\n") {
				if strings.HasPrefix(l, "dateline ingest: ") && strings.Contains(l, tc.input) && strings.Contains(l, tc.why) {
					found = true
				}
			}
			if !found {
				t.Errorf("stderr has no line naming %s and saying %q:\n%s", tc.input, tc.why, errb.String())
			}
		})
	}
	if strings.Contains(errb.String(), "good.txt") {
		t.Errorf("stderr names a good input:\n%s", errb.String())
	}
}

// The summary counts an input that could not even be opened among the
// unreadable ones, as the error table does.
func TestIngestSummaryCountsUnopenedInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Pier repaired\n\nThe town council said the pier would reopen in spring."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "sum.db")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--db", db, good, filepath.Join(dir, "missing.txt")}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d; stderr:\n%s", code, errb.String())
	}
	if want := "2 inputs in "; !strings.Contains(errb.String(), want) || !strings.Contains(errb.String(), "1 unreadable") {
		t.Errorf("summary does not count the missing input (want %q and %q):\n%s", want, "1 unreadable", errb.String())
	}
}

// --follow names a source that is not a feed in the same one-line form as
// a plain ingest, not as a slog key=value record.
func TestIngestFollowNamesBadInputs(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte("<html><body><p>The harbour council met on Monday.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr, stop := startFollow(t, filepath.Join(dir, "follow.db"), page)
	waitFor(t, "the page's error", func() bool { return strings.Contains(stderr.String(), "page.html") })
	stop()
	var line string
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, "page.html") {
			line = l
		}
	}
	if !strings.HasPrefix(line, "dateline ingest: "+page+": ") || strings.Contains(line, "level=") {
		t.Errorf("error line %q; want \"dateline ingest: %s: why\"", line, page)
	}
}

// 'dateline errors' shows an unreadable input's stage as "read"; --stage
// read selects those, and an empty answer says so on stderr.
func TestErrorsStageRead(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "e.db")
	runCLI(t, 0, "ingest", "--db", db, dir)
	for _, tc := range []struct {
		stage, out, errs string
	}{
		{"read", "empty.txt  read: ", ""},
		{"read --format jsonl", `"input":"` + filepath.Join(dir, "empty.txt") + `","stage":"read"`, ""},
		{"quotes.v1", "", "no error records match"},
	} {
		t.Run(tc.stage, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"errors", "--db", db, "--stage"}, strings.Fields(tc.stage)...)
			if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != 0 {
				t.Fatalf("exit %d; stderr %s", code, errb.String())
			}
			if !strings.Contains(out.String(), tc.out) || (tc.out == "" && out.Len() > 0) || !strings.Contains(errb.String(), tc.errs) {
				t.Errorf("stdout %q, stderr %q; want stdout with %q and stderr with %q", out.String(), errb.String(), tc.out, tc.errs)
			}
		})
	}
}

// The readers' notes reach the user: a folder's files that no reader takes
// are named on stderr, in the same one-line form as a failed input, by a
// local ingest, by a publisher to the queue and by extract alike; a note
// the article also carries as a flag is said once.
func TestIngestNamesSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"story.txt": "The harbour council met on Monday to discuss the ferry timetable.",
		"table.csv": "a,b\n1,2\n", "blob.html": "\x00\x01\x02\x03 not a page \x00\x00",
		"plain.html": "The ferry timetable changes in May, the council said."} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name, cmd string
		args      func(t *testing.T) []string
		code      int
	}{
		{"local ingest", "ingest", func(t *testing.T) []string { return []string{"--db", filepath.Join(t.TempDir(), "s.db")} }, 0},
		{"publisher to the queue", "ingest", func(t *testing.T) []string { return []string{"--queue", queuetest.StartNATS(t)} }, 0},
		{"extract", "extract", func(t *testing.T) []string { return []string{"--format", "jsonl"} }, 1}, // blob.html failed
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append(append([]string{tc.cmd}, tc.args(t)...), dir)
			if code := run(t.Context(), args, strings.NewReader(""), &out, &errb); code != tc.code {
				t.Fatalf("%s: exit %d, want %d; stderr:\n%s", tc.cmd, code, tc.code, errb.String())
			}
			prefix := "dateline " + tc.cmd + ": "
			for _, want := range []string{
				prefix + dir + ": warning: skipped 1 file of a type no reader takes (1 .csv)",
				prefix + filepath.Join(dir, "blob.html") + ": binary data",
				prefix + filepath.Join(dir, "plain.html") + ": warning: no HTML markup; read as plain text",
			} {
				if n := strings.Count(errb.String(), want); n != 1 {
					t.Errorf("stderr says %q %d times, want once:\n%s", want, n, errb.String())
				}
			}
			if strings.Contains(errb.String(), source.FlagNotHTMLReadAsText) {
				t.Errorf("stderr repeats the note as a flag:\n%s", errb.String())
			}
		})
	}
}

// The progress lines count an input that could not be opened as the
// summary does: done, and an error.
func TestIngestProgressCountsUnopenedInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The harbour council met on Monday to discuss the ferry timetable."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--db", filepath.Join(dir, "p.db"), good, filepath.Join(dir, "missing.txt")}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d; stderr:\n%s", code, errb.String())
	}
	var last string
	for _, l := range strings.Split(errb.String(), "\n") {
		if strings.Contains(l, " done, ") {
			last = l
		}
	}
	if !strings.Contains(last, "2/2 done") || !strings.Contains(last, "1 errors") {
		t.Errorf("last progress line %q, want \"2/2 done\" and \"1 errors\" (the summary's counts)", last)
	}
}

// A note on an input that was repaired and kept reads as a warning, not as
// a failure: "bad.txt: invalid UTF-8 replaced by U+FFFD" looked like the
// line of an input that was dropped, though it was stored and not counted
// among the errors.
func TestIngestNotesAreWarnings(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(bad, []byte("The caf\xe9 on the quay reopened on Friday, its owner said."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--db", filepath.Join(dir, "w.db"), bad}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest: exit %d; stderr:\n%s", code, errb.String())
	}
	if want := "dateline ingest: " + bad + ": warning: invalid UTF-8 replaced by U+FFFD"; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, errb.String())
	}
	if !strings.Contains(errb.String(), "1 new articles") || !strings.Contains(errb.String(), "0 unreadable") {
		t.Errorf("summary: want the input stored and not unreadable:\n%s", errb.String())
	}
}
