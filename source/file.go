package source

import (
	"context"
	"iter"

	"dateline/text"
)

// single is a source of one article read whole from one input (a text
// file, an HTML page, stdin).
type single struct {
	in   input
	opt  Options
	read func(in input, b []byte, opt Options) (text.Article, error)
}

func (s *single) Name() string { return s.in.name }

func (s *single) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		if ctx.Err() != nil {
			return
		}
		a := text.Article{ID: s.in.id, Origin: text.Origin{Path: s.in.name}}
		b, err := readAll(s.in, s.opt)
		if err != nil {
			yield(a, err)
			return
		}
		got, err := s.read(s.in, b, s.opt)
		got.ID, got.Origin = a.ID, a.Origin
		if got.Published.IsZero() {
			got.Published = s.opt.Published
		}
		yield(got, err)
	}
}

func openTextFile(in input, opt Options) Source {
	return &single{in: in, opt: opt, read: readText}
}

// readText makes an article of a plain text file: decoded to UTF-8,
// cleaned of page furniture, titled by its headline when it opens with one.
func readText(in input, b []byte, opt Options) (text.Article, error) {
	s, flags := decodeText(in.name, b, opt)
	return textArticle(in.name, s, flags)
}

func textArticle(name, s string, flags []string) (text.Article, error) {
	c := Clean(s)
	a := text.Article{Text: c.Text, Author: c.Author, Published: c.Published, Flags: flags}
	if c.Text == "" {
		return a, &InputError{Input: name, Reason: "only page furniture, no article text", Err: ErrNoText}
	}
	a.Title = headline(c.Text)
	return a, nil
}
