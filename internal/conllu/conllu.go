// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format: sentences separated by blank lines, "#" comment lines, and token
// lines of ten tab-separated columns.
//
// A Sentence keeps every line as read (comments, multiword token ranges
// like "3-4", empty nodes like "5.1"), so a file read and written back is
// unchanged apart from line endings; Words picks out the syntactic words
// that taggers and parsers work on.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Line is one token line: the ten CoNLL-U columns as written ("_" when empty).
type Line struct {
	ID, Form, Lemma, UPOS, XPOS, Feats, Head, Deprel, Deps, Misc string
}

// IsWord reports whether the line is a syntactic word: not a multiword
// token range ("3-4") and not an empty node ("5.1").
func (l *Line) IsWord() bool {
	return !strings.ContainsAny(l.ID, "-.")
}

// Sentence is one sentence: its comment lines (with the leading "#") and
// its token lines, in file order.
type Sentence struct {
	Comments []string
	Lines    []Line
}

// Words returns the indexes into s.Lines of the syntactic words, in order.
func (s *Sentence) Words() []int {
	idx := make([]int, 0, len(s.Lines))
	for i := range s.Lines {
		if s.Lines[i].IsWord() {
			idx = append(idx, i)
		}
	}
	return idx
}

// Heads returns the head of each syntactic word as a 0-based word index,
// -1 for the root. It fails when a head is not a number or points outside
// the sentence.
func (s *Sentence) Heads() ([]int, error) {
	words := s.Words()
	heads := make([]int, len(words))
	for i, li := range words {
		h, err := strconv.Atoi(s.Lines[li].Head)
		if err != nil || h < 0 || h > len(words) {
			return nil, fmt.Errorf("word %q (id %s): head %q is not a word of the sentence", s.Lines[li].Form, s.Lines[li].ID, s.Lines[li].Head)
		}
		heads[i] = h - 1
	}
	return heads, nil
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader reads CoNLL-U from r; name (a file name, "<stdin>") is used in
// error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

// ErrFormat is wrapped by every error about malformed input.
var ErrFormat = errors.New("malformed CoNLL-U")

// Next returns the next sentence, or io.EOF when there is none.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		text := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(text, "#") {
			s.Comments = append(s.Comments, text)
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%s:%d: %q has %d tab-separated columns, want 10: %w", r.name, r.line, clip(text), len(cols), ErrFormat)
		}
		if cols[0] == "" || cols[1] == "" {
			return nil, fmt.Errorf("%s:%d: %q has an empty ID or FORM: %w", r.name, r.line, clip(text), ErrFormat)
		}
		s.Lines = append(s.Lines, Line{cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8], cols[9]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	cr := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// Write writes one sentence followed by a blank line.
func Write(w *bufio.Writer, s *Sentence) error {
	for _, c := range s.Comments {
		w.WriteString(c)
		w.WriteByte('\n')
	}
	for i := range s.Lines {
		l := &s.Lines[i]
		for j, c := range [10]string{l.ID, l.Form, l.Lemma, l.UPOS, l.XPOS, l.Feats, l.Head, l.Deprel, l.Deps, l.Misc} {
			if j > 0 {
				w.WriteByte('\t')
			}
			if c == "" {
				c = "_"
			}
			w.WriteString(c)
		}
		w.WriteByte('\n')
	}
	_, err := w.WriteString("\n")
	return err
}
