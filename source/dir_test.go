package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDirectory(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"b/second.txt":        prose,
		"a/first.txt":         prose,
		"a/deeper/third.html": "<html><body><p>" + prose + "</p></body></html>",
		"noext":               prose,
		"feed.jsonl":          `{"id":"j1","text":"One."}` + "\n" + `{"id":"j2","text":"Two."}` + "\n",
		"zipped.txt.gz":       string(gz(t, []byte(prose))),
		".hidden.txt":         prose,
		".git/config.txt":     prose,
		"notes.md":            prose,
		"photo.jpg":           "\xff\xd8\xff\xe0",
		"bad.txt":             "",
	}
	for name, content := range files {
		writeFile(t, filepath.Join(root, name), []byte(content))
	}
	if err := os.Symlink(filepath.Join(root, "gone.txt"), filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}
	src, err := Open(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids, failed []string
	for a, err := range src.Articles(context.Background()) {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			failed = append(failed, filepath.Base(a.Origin.Path))
			continue
		}
		ids = append(ids, a.ID)
	}
	// Lexical order of paths; ids relative to the directory without the
	// extension; JSONL keeps its own ids.
	wantIDs := []string{"a/deeper/third", "a/first", "b/second", "j1", "j2", "noext", "zipped"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("ids %q, want %q", ids, wantIDs)
	}
	wantFailed := []string{"bad.txt", "link.txt"}
	if !slices.Equal(failed, wantFailed) {
		t.Errorf("failed inputs %q, want %q (the rest go on)", failed, wantFailed)
	}
}

func TestDirectoryStopsWhenAsked(t *testing.T) {
	root := t.TempDir()
	for _, n := range []string{"1.txt", "2.txt", "3.txt"} {
		writeFile(t, filepath.Join(root, n), []byte(prose))
	}
	src, _ := Open(root, Options{})
	n := 0
	for range src.Articles(context.Background()) {
		n++
		if n == 2 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range src.Articles(ctx) {
		t.Fatal("a cancelled context must yield nothing")
	}
}

func TestArticleID(t *testing.T) {
	tests := map[string]string{
		"story.txt":          "story",
		"dir/story.html.gz":  "dir/story",
		"noext":              "noext",
		"v1.2/notes.txt":     "v1.2/notes",
		"archive.2024.jsonl": "archive.2024",
	}
	for in, want := range tests {
		if got := articleID(in); got != want {
			t.Errorf("articleID(%q) = %q, want %q", in, got, want)
		}
	}
}
