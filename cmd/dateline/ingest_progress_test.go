package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/ingest"
)

func TestProgressLine(t *testing.T) {
	p := ingest.Progress{Stored: 40, Known: 8, InputErrors: 2, Pending: 50, Elapsed: 10 * time.Second}
	for _, tc := range []struct {
		name  string
		total int64
		want  string
	}{
		{"with a total: done of total and ETA", 200, "100/200 done, 10.0/s, 40 new (+50 to commit), 8 known, 2 errors, ETA 10s"},
		{"without a total: no ETA", 0, "100 done, 10.0/s, 40 new (+50 to commit), 8 known, 2 errors"},
		{"past the estimate: no ETA", 90, "100/90 done, 10.0/s, 40 new (+50 to commit), 8 known, 2 errors"},
		{"all committed: nothing to commit said", -1, "50 done, 5.0/s, 40 new, 8 known, 2 errors"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := p
			if tc.total < 0 { // the same run with its batch committed
				p.Pending, tc.total = 0, 0
			}
			if got := progressLine(p, tc.total); got != tc.want {
				t.Errorf("progressLine = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestProgressWriterPlainLines(t *testing.T) {
	var b bytes.Buffer
	pw := newProgressWriter(&b, 10)
	pw.update(ingest.Progress{Stored: 1, Elapsed: time.Second})
	pw.update(ingest.Progress{Stored: 2, Elapsed: 2 * time.Second})
	pw.finish()
	if got := b.String(); strings.Contains(got, "\r") || strings.Count(got, "\n") != 2 {
		t.Errorf("not a terminal: got %q, want two plain lines", got)
	}
}

func TestEstimateTotal(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.txt": "x", "b.html": "x", "sub/c.txt": "x", "notes.md": "x", ".hidden/d.txt": "x",
		"lines.jsonl": "{}\n{}\n{}",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	warc := filepath.Join(t.TempDir(), "x.warc.gz")
	os.WriteFile(warc, []byte("x"), 0o644)
	for _, tc := range []struct {
		name  string
		paths []string
		want  int64
	}{
		{"files and JSONL lines, hidden and other files skipped", []string{dir}, 6},
		{"a WARC archive makes it unknown", []string{dir, warc}, 0},
		{"stdin makes it unknown", []string{"-"}, 0},
		{"a missing path counts nothing", []string{filepath.Join(dir, "nope.txt")}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := estimateTotal(tc.paths); got != tc.want {
				t.Errorf("estimateTotal = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestRedactDB(t *testing.T) {
	for in, want := range map[string]string{
		"news.db":                         "news.db",
		"postgres://u:secret@h:5432/d":    "postgres://u:xxxxx@h:5432/d",
		"postgres://h/d?sslmode=disable":  "postgres://h/d?sslmode=disable",
		"/data/with:colon/and@at/news.db": "/data/with:colon/and@at/news.db",
	} {
		if got := redactDB(in); got != want {
			t.Errorf("redactDB(%q) = %q, want %q", in, got, want)
		}
	}
}
