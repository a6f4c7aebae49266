package main

import (
	"context"
	"io"
	"iter"

	"dateline"
	"dateline/source"
)

// readInputs streams the articles of every named input in order; an input
// that cannot be opened becomes one error item and the rest go on.
func readInputs(ctx context.Context, names []string, stdin io.Reader, opt source.Options) iter.Seq[dateline.Input] {
	opt.Stdin = stdin
	return func(yield func(dateline.Input) bool) {
		for _, name := range names {
			src, err := source.Open(name, opt)
			if err != nil {
				if !yield(dateline.Input{Article: dateline.Article{ID: name}, Err: err}) {
					return
				}
				continue
			}
			for a, err := range src.Articles(ctx) {
				if !yield(dateline.Input{Article: a, Err: err}) {
					return
				}
			}
		}
	}
}
