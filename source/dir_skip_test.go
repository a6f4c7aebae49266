package source

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// A folder's files that no reader takes are named once, by count and
// extension, so a user learns a .csv was not ingested; hidden files are
// skipped without a word.
func TestDirectoryNamesSkippedFiles(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  string // "" for no note
	}{
		{"files of other types", []string{"a.txt", "data.csv", "more/data2.csv", "notes.md"},
			"skipped 3 files of a type no reader takes (2 .csv, 1 .md)"},
		{"one file", []string{"a.txt", "photo.JPG"}, "skipped 1 file of a type no reader takes (1 .jpg)"},
		{"every file read", []string{"a.txt", "b.text", "c.jsonl", ".hidden.csv"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for _, f := range tt.files {
				writeFile(t, filepath.Join(root, f), []byte(prose))
			}
			var log bytes.Buffer
			src, err := Open(root, Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatal(err)
			}
			for range src.Articles(context.Background()) {
			}
			got := log.String()
			switch {
			case tt.want == "" && got != "":
				t.Errorf("log = %q, want nothing", got)
			case tt.want != "" && (!strings.Contains(got, tt.want) || strings.Count(got, "\n") != 1 || !strings.Contains(got, root)):
				t.Errorf("log = %q, want one line naming %s with %q", got, root, tt.want)
			}
		})
	}
}

// Saved feeds are often named .xml: a folder's .xml file is read when it
// holds a feed, and other XML, such as a sitemap, is named as skipped.
func TestDirectoryReadsXMLFeeds(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "harbour.xml"), []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour news</title>
<item><title>Ferry times</title><description>The ferry timetable changes in May, the harbour master said on Monday.</description></item>
</channel></rss>`))
	writeFile(t, filepath.Join(root, "sitemap.xml"), []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://harbour.example/</loc></url></urlset>`))
	var log bytes.Buffer
	src, err := Open(root, Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			t.Errorf("article %s: %v", a.ID, err)
			continue
		}
		texts = append(texts, a.Text)
	}
	if len(texts) != 1 || !strings.Contains(texts[0], "timetable changes in May") {
		t.Errorf("articles %q, want the feed's one item", texts)
	}
	if want := "skipped 1 file of a type no reader takes (1 .xml)"; !strings.Contains(log.String(), want) {
		t.Errorf("log = %q, want %q", log.String(), want)
	}
}
