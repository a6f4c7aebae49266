// Package bbccorpus walks the BBC News corpus that ../shared lends for
// evaluation (bench/data/corpus/bbc-fulltext.tar.gz), for tests and
// benchmarks only: it is read at run time from beside the repository and
// never copied into it.
package bbccorpus

import (
	"archive/tar"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"
)

// article names an article file in the archive: bbc/TOPIC/NUMBER.txt.
var article = regexp.MustCompile(`(^|/)bbc/([a-z]+)/(\d+)\.txt$`)

// Each calls fn with the topic, number and bytes of every article, in the
// archive's order. root is the path from the test's directory to the
// repository's root ("..", "../..").
func Each(tb testing.TB, root string, fn func(topic, number string, body []byte)) {
	tb.Helper()
	f, err := os.Open(filepath.Join(root, "..", "shared", "bench", "data", "corpus", "bbc-fulltext.tar.gz"))
	if err != nil {
		tb.Fatalf("the BBC corpus is read from ../shared beside the repo: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			tb.Fatal(err)
		}
		m := article.FindStringSubmatch(h.Name)
		if m == nil || h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			tb.Fatal(err)
		}
		fn(m[2], m[3], b)
	}
}

// Unpack writes every article to dir/TOPIC/NUMBER.txt, as the corpus is
// laid out, and returns the topics' directories in order.
func Unpack(tb testing.TB, root, dir string) []string {
	tb.Helper()
	topics := map[string]bool{}
	Each(tb, root, func(topic, number string, body []byte) {
		p := filepath.Join(dir, topic, number+".txt")
		if !topics[topic] {
			topics[topic] = true
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			tb.Fatal(err)
		}
	})
	var dirs []string
	for t := range topics {
		dirs = append(dirs, filepath.Join(dir, t))
	}
	sort.Strings(dirs)
	return dirs
}
