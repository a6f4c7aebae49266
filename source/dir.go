package source

import (
	"context"
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dateline/text"
)

// dirSource reads a directory tree in lexical order, so two runs yield the
// same articles in the same order. It reads the files whose extension a
// format claims (also gzipped) and files without an extension (sniffed);
// hidden files and directories (".git", ".DS_Store") and other extensions
// (images, .md, .csv) are skipped. A file's article id is its path relative
// to the directory, without the extension.
type dirSource struct {
	root string
	opt  Options
}

func (d *dirSource) Name() string { return d.root }

func (d *dirSource) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		stopped := false
		var skipped skipCount
		emit := func(a text.Article, err error) bool {
			if ctx.Err() != nil || !yield(a, err) {
				stopped = true
			}
			return !stopped
		}
		filepath.WalkDir(d.root, func(path string, e fs.DirEntry, err error) error {
			if stopped || ctx.Err() != nil {
				return filepath.SkipAll
			}
			if err != nil {
				emit(text.Article{Origin: text.Origin{Path: path}}, &InputError{Input: path, Reason: "cannot read", Err: err})
				if e != nil && e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if path != d.root && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if e.IsDir() {
				return nil
			}
			if !wanted(path, d.opt) {
				skipped.add(path)
				return nil
			}
			if e.Type()&fs.ModeSymlink != 0 {
				// Follow links to files only: a link to a directory could
				// make a loop.
				fi, err := os.Stat(path)
				if err != nil {
					emit(text.Article{Origin: text.Origin{Path: path}}, &InputError{Input: path, Reason: "cannot open", Err: err})
					return nil
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			} else if !e.Type().IsRegular() {
				return nil
			}
			rel, err := filepath.Rel(d.root, path)
			if err != nil {
				rel = filepath.Base(path)
			}
			src, err := openFile(path, articleID(rel), d.opt)
			if err != nil {
				emit(text.Article{ID: articleID(rel), Origin: text.Origin{Path: path}}, err)
				return nil
			}
			for a, err := range src.Articles(ctx) {
				if !emit(a, err) {
					return filepath.SkipAll
				}
			}
			return nil
		})
		if !stopped && skipped.n > 0 {
			// Said once, not per file: a folder of articles may hold
			// hundreds of images.
			d.opt.warn(d.root, skipped.String())
		}
	}
}

// skipCount counts the files of a directory that no format reads, by
// extension, so a user learns that a .csv or .pdf was not ingested.
type skipCount struct {
	n     int
	byExt map[string]int
}

func (c *skipCount) add(path string) {
	if c.byExt == nil {
		c.byExt = map[string]int{}
	}
	c.n++
	c.byExt[strings.ToLower(filepath.Ext(path))]++
}

func (c skipCount) String() string {
	exts := slices.Sorted(maps.Keys(c.byExt))
	parts := make([]string, len(exts))
	for i, e := range exts {
		parts[i] = fmt.Sprintf("%d %s", c.byExt[e], e)
	}
	noun := "files"
	if c.n == 1 {
		noun = "file"
	}
	return fmt.Sprintf("skipped %d %s of a type no reader takes (%s); text, HTML, JSONL, feeds and WARC are read", c.n, noun, strings.Join(parts, ", "))
}

// wanted: a directory member is read when a format claims its extension,
// it has none, or it is XML that holds a feed: saved feeds are often
// .xml, and other XML (a sitemap, a config) is no article.
func wanted(path string, opt Options) bool {
	if _, ok := formatByExt(path); ok {
		return true
	}
	base := strings.TrimSuffix(strings.ToLower(filepath.Base(path)), ".gz")
	switch filepath.Ext(base) {
	case "":
		return true
	case ".xml":
		head, err := fileInput(path, "").head(opt)
		// One that cannot be read is opened anyway, so the error names it.
		return err != nil || looksFeed(head)
	}
	return false
}
