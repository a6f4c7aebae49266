package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dateline"
	"dateline/source"
)

// sourceOptions are what extract passes to the readers.
type sourceOptions struct {
	Published time.Time
}

// readInputs streams the articles of every named input in order; an input
// that cannot be opened becomes one error item and the rest go on.
// TEMPORARY: plain text files and JSONL on stdin only, until package source
// provides Open.
func readInputs(ctx context.Context, names []string, stdin io.Reader, opt sourceOptions) iter.Seq[dateline.Input] {
	return func(yield func(dateline.Input) bool) {
		for _, name := range names {
			if name == "-" {
				sc := bufio.NewScanner(stdin)
				sc.Buffer(make([]byte, 1<<20), 64<<20)
				line := 0
				for sc.Scan() {
					line++
					var j struct{ ID, Text, URL, Title, Published string }
					in := dateline.Input{}
					if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
						in.Err = &source.InputError{Input: fmt.Sprintf("-:%d", line), Reason: "invalid JSON", Err: err}
					} else {
						in.Article = dateline.Article{ID: j.ID, Text: j.Text, URL: j.URL, Title: j.Title, Published: opt.Published}
						if t, err := time.Parse("2006-01-02", j.Published); err == nil {
							in.Article.Published = t
						}
					}
					if !yield(in) {
						return
					}
				}
				continue
			}
			b, err := os.ReadFile(name)
			in := dateline.Input{Article: dateline.Article{ID: strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), Text: string(b), Published: opt.Published}}
			in.Article.Origin.Path = name
			if err != nil {
				in.Err = &source.InputError{Input: name, Reason: "cannot read", Err: err}
			}
			if !yield(in) {
				return
			}
		}
	}
}
