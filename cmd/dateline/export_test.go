package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportGDELTEvents(t *testing.T) {
	in := `{"id":"x","published":"2025-08-18","sentences":[{"start":0,"end":30}],"events":[` +
		`{"id":"V1","code":"042","quad_class":1,"goldstein":1.9,"actor1":{"entity":null,"code":"GONGOV","name":"Denethor"},` +
		`"actor2":{"entity":null,"code":"ROH","name":"Rohan"},"start":0,"end":20,"in_quote":false,"location":null}]}` + "\n"
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantLines int
	}{
		{"one record per event", []string{"export", "--format", "gdelt-events"}, 0, 1},
		{"header line on request", []string{"export", "--header"}, 0, 2},
		{"unknown format is refused", []string{"export", "--format", "csv"}, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(in), &out, &errb)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.wantCode, errb.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if out.Len() == 0 {
				lines = nil
			}
			if len(lines) != tc.wantLines {
				t.Fatalf("got %d lines, want %d: %q", len(lines), tc.wantLines, out.String())
			}
			if n := len(lines); n > 0 {
				if cols := strings.Split(lines[n-1], "\t"); len(cols) != 61 || cols[26] != "042" || cols[5] != "GONGOV" {
					t.Errorf("record: %d columns, EventCode %q, Actor1Code %q", len(cols), cols[26], cols[5])
				}
			}
		})
	}
	t.Run("a bad file is named and the next is still exported", func(t *testing.T) {
		dir := t.TempDir()
		text, good := filepath.Join(dir, "notes.txt"), filepath.Join(dir, "good.jsonl")
		os.WriteFile(text, []byte("Council minutes, not JSON\n"), 0o644)
		os.WriteFile(good, []byte(in), 0o644)
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"export", filepath.Join(dir, "missing.jsonl"), text, good}, strings.NewReader(""), &out, &errb)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if n := strings.Count(out.String(), "\n"); n != 1 {
			t.Errorf("got %d records, want the good file's 1; stderr %q", n, errb.String())
		}
		for _, want := range []string{"missing.jsonl: cannot open: no such file", "notes.txt: analysis 1: not JSON at byte 1"} {
			if !strings.Contains(errb.String(), want) {
				t.Errorf("stderr %q lacks %q", errb.String(), want)
			}
		}
	})
	t.Run("a truncated stream says so", func(t *testing.T) {
		var out, errb bytes.Buffer
		run(context.Background(), []string{"export"}, strings.NewReader(in[:40]), &out, &errb)
		if !strings.Contains(errb.String(), "stdin: analysis 1: the input ends inside it") {
			t.Errorf("stderr %q does not say the input is truncated", errb.String())
		}
	})
	t.Run("bad input names its position", func(t *testing.T) {
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"export"}, strings.NewReader("{nope"), &out, &errb); code != 1 {
			t.Fatalf("exit %d, want 1", code)
		}
		if !strings.Contains(errb.String(), "analysis 1") {
			t.Errorf("stderr %q does not name the record", errb.String())
		}
	})
}
