package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"dateline/internal/bbccorpus"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/store"
)

// runCLI runs the CLI in-process and returns stdout, failing the test
// on an exit status other than want.
func runCLI(t *testing.T, want int, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != want {
		t.Fatalf("dateline %s: exit %d, want %d; stderr:\n%s", strings.Join(args, " "), code, want, errb.String())
	}
	return out.String()
}

func statsOf(t *testing.T, db string) store.Stats {
	t.Helper()
	var s store.Stats
	out := runCLI(t, 0, "stats", "--db", db, "--format", "json")
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("stats --format json: %v in %q", err, out)
	}
	return s
}

// extractBBC unpacks the BBC corpus's articles into dir, one folder per
// topic, and returns the folders (read at run time from ../shared, never
// copied into the repo).
func extractBBC(t *testing.T, dir string) []string {
	return bbccorpus.Unpack(t, "../..", dir)
}

// The target: 2,225 files, 98 exact duplicates, 2,127 articles after
// each of two runs; the one file with invalid UTF-8 stored, flagged.
func TestIngestBBCTwice(t *testing.T) {
	dirs := extractBBC(t, t.TempDir())
	db := filepath.Join(t.TempDir(), "bbc.db")
	// The corpus is English: detection is tested elsewhere, and skipping
	// it here halves the test's CPU.
	args := append([]string{"ingest", "--db", db, "--assume-language", "en"}, dirs...)
	var first store.Stats
	for i := 1; i <= 2; i++ {
		runCLI(t, 0, args...)
		s := statsOf(t, db)
		if s.Articles != 2127 || s.DuplicateInputs != 98 || s.Errors != 0 {
			t.Errorf("run %d: articles %d, duplicate inputs %d, errors %d; want 2127, 98, 0", i, s.Articles, s.DuplicateInputs, s.Errors)
		}
		if i == 1 {
			first = s
		} else if s != first {
			t.Errorf("second run changed the counts:\n first %+v\nsecond %+v", first, s)
		}
	}
	st, code := openExisting(t.Context(), "test", db, io.Discard)
	if st == nil {
		t.Fatalf("open: exit %d", code)
	}
	defer st.Close()
	p, err := st.Articles(t.Context(), store.ArticleQuery{Source: "sport/199.txt"})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("article from sport/199.txt: %d found, %v", len(p.Items), err)
	}
	a, err := st.Analysis(t.Context(), p.Items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "\uFFFD") || fmt.Sprint(a.Flags) != "[invalid-utf8-replaced]" {
		t.Errorf("sport/199: flags %v, replacement character present %v; want flagged and replaced", a.Flags, strings.Contains(a.Text, "\uFFFD"))
	}
}

func TestIngestCommandErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "Ferry link approved\n\nThe harbour council approved the ferry link on Monday, the mayor said.")
	empty := write("empty.txt", "")
	binary := write("logo.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	db := filepath.Join(dir, "x.db")
	runCLI(t, 0, "ingest", "--db", db, good, empty, binary, filepath.Join(dir, "missing.txt"))
	s := statsOf(t, db)
	if s.Articles != 1 || s.Errors != 3 {
		t.Errorf("stats = %+v, want 1 article and 3 errors", s)
	}
	out := runCLI(t, 0, "errors", "--db", db)
	for _, name := range []string{"empty.txt", "logo.html", "missing.txt"} {
		if !strings.Contains(out, name) {
			t.Errorf("errors output does not name %s:\n%s", name, out)
		}
	}
	if n := strings.Count(runCLI(t, 0, "errors", "--db", db, "--format", "jsonl", "--limit", "2"), "\n"); n != 2 {
		t.Errorf("errors --limit 2 printed %d lines, want 2", n)
	}
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"ingest without --db", []string{"ingest", good}, 2},
		{"ingest without a source", []string{"ingest", "--db", db}, 2},
		{"ingest with a bad date", []string{"ingest", "--db", db, "--published", "Monday", good}, 2},
		{"stats of a missing database", []string{"stats", "--db", filepath.Join(dir, "nope.db")}, 1},
		{"stats in an unknown format", []string{"stats", "--db", db, "--format", "xml"}, 2},
		{"errors of a missing database", []string{"errors", "--db", filepath.Join(dir, "nope.db")}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) { runCLI(t, tc.want, tc.args...) })
	}
	if _, err := os.Stat(filepath.Join(dir, "nope.db")); err == nil {
		t.Error("stats of a missing database created it")
	}
}

func TestIngestLanguages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"en.txt": "Ferry link approved\n\nThe harbour council approved the new ferry link on Monday, and the mayor said the first boats would sail in June.",
		"de.txt": "Neue Fähre genehmigt\n\nDer Hafenrat hat am Montag die neue Fährverbindung genehmigt, und die Bürgermeisterin sagte, die ersten Schiffe führen im Juni.",
		"fr.txt": "Nouveau ferry approuvé\n\nLe conseil du port a approuvé lundi la nouvelle liaison, et la maire a dit que les premiers bateaux partiraient en juin.",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name                 string
		flags                []string
		analysed, nonEnglish int
	}{
		{"English only by default", nil, 1, 2},
		{"French analysed when asked", []string{"--languages", "en,fr"}, 2, 2},
		{"a language assumed, not detected", []string{"--assume-language", "en"}, 3, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "lang.db")
			args := append([]string{"ingest", "--db", db}, tc.flags...)
			runCLI(t, 0, append(args, dir)...)
			s := statsOf(t, db)
			if s.Articles != 3 || s.Analysed != tc.analysed || s.NonEnglish != tc.nonEnglish {
				t.Errorf("stats = %+v, want 3 articles, %d analysed, %d non-English", s, tc.analysed, tc.nonEnglish)
			}
		})
	}
}

// Each bad input gives one error record naming it; the good ones around
// it are stored.
func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	put := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	good := "Ferry link approved\n\nThe harbour council approved the new ferry link on Monday, the mayor said."
	put("a-good.txt", []byte(good))
	put("b-truncated.txt.gz", gz([]byte(strings.Repeat(good+"\n", 200)))[:300])
	put("c-bomb.txt.gz", gz(bytes.Repeat([]byte("a"), 64<<20)))
	put("d-empty.txt", nil)
	put("e-binary.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	put("f-latin1.txt", []byte("Price rise\n\nTickets now cost \xa310 each, the club said on Friday."))
	put("g-entities.rss", []byte(`<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><description>&c;</description></item></channel></rss>`))
	big := filepath.Join(dir, "h-huge.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("<html><body><p>")
	if err := f.Truncate(50 << 20); err != nil { // sparse: 50 MB without writing them
		t.Fatal(err)
	}
	f.Close()
	put("i-good.txt", []byte("Bridge reopens\n\nThe old bridge reopened to traffic on Sunday after two years of repairs."))

	db := filepath.Join(t.TempDir(), "bad.db")
	runCLI(t, 0, "ingest", "--db", db, dir)
	s := statsOf(t, db)
	out := runCLI(t, 0, "errors", "--db", db)
	lines := func(name string) int {
		n := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, name) {
				n++
			}
		}
		return n
	}
	for _, name := range []string{"b-truncated", "c-bomb", "d-empty", "e-binary", "h-huge"} {
		if n := lines(name); n != 1 {
			t.Errorf("%s is named by %d error lines, want 1:\n%s", name, n, out)
		}
	}
	// The entity-expansion feed: source reads it without expanding the
	// entities (one small article) or refuses it (one error); either way
	// one result, and nothing large stored.
	feedErrs := lines("g-entities")
	if feedErrs > 1 || s.Articles+s.Errors != 9 || s.Articles != 4-feedErrs {
		t.Errorf("stats = %+v with %d errors for the feed; want one result per input: 3 articles + the feed's", s, feedErrs)
	}
	st, code := openExisting(t.Context(), "test", db, io.Discard)
	if st == nil {
		t.Fatalf("open: exit %d", code)
	}
	defer st.Close()
	p, err := st.Articles(t.Context(), store.ArticleQuery{Source: "g-entities"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range p.Items {
		if an, err := st.Analysis(t.Context(), a.ID); err != nil || len(an.Text) > 1000 {
			t.Errorf("the entity feed's article holds %d bytes (%v): entities expanded", len(an.Text), err)
		}
	}
}
