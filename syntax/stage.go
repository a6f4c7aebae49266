package syntax

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// Stage is the syntax.v1 pipeline stage: it fills UPOS, XPOS, Lemma, Head
// and Rel of every token of every sentence.
type Stage struct {
	model *Model // nil: the embedded model
	pool  sync.Pool
}

// NewStage returns the stage with the embedded model.
func NewStage() *Stage { return &Stage{} }

// NewStageWith returns the stage with the given model.
func NewStageWith(m *Model) *Stage { return &Stage{model: m} }

func (*Stage) Name() string       { return "syntax.v1" }
func (*Stage) Requires() []string { return []string{"sentences", "tokens"} }
func (*Stage) Assigns() []string  { return []string{"syntax"} }

// Process parses each sentence of d. When the ner stage ran before it,
// the words of the names it found are tagged as proper nouns (see
// Sentence.Names). Head is a global index into d.Tokens
// (-1 for a sentence's root).
func (s *Stage) Process(ctx context.Context, d *text.Document) error {
	m := s.model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			return err
		}
	}
	sent, _ := s.pool.Get().(*Sentence)
	if sent == nil {
		sent = &Sentence{}
	}
	defer s.pool.Put(sent)
	for k, se := range d.Sentences {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first, end := se.FirstToken, se.EndToken
		if first < 0 || end > len(d.Tokens) || first >= end {
			continue
		}
		sent.Words, sent.Names = sent.Words[:0], sent.Names[:0]
		for _, t := range d.Tokens[first:end] {
			w := d.Text[t.Start:t.End]
			sent.Words = append(sent.Words, w)
			sent.Names = append(sent.Names, isName(t.NER, w))
		}
		m.Parse(sent)
		for i := range sent.Words {
			t := &d.Tokens[first+i]
			t.UPOS, t.XPOS, t.Lemma, t.Rel = sent.UPOS[i], sent.XPOS[i], sent.Lemma[i], sent.Rel[i]
			t.Head = -1
			if h := sent.Head[i]; h >= 0 {
				t.Head = first + h
			}
		}
	}
	return nil
}

// isName reports whether a token the ner stage put in the name of a
// person, organisation or place is a capitalised word: the tagger is told,
// so that names that are also common words ("Trump", "Rice", "the Bank of
// England") are parsed as names. Nationalities (NORP) and other names
// stay as tagged: UD tags "Ukrainian" ADJ. Without an earlier ner stage
// NER is empty and nothing is marked.
func isName(ner, w string) bool {
	switch {
	case strings.HasSuffix(ner, "-PERSON"), strings.HasSuffix(ner, "-PER"),
		strings.HasSuffix(ner, "-ORG"), strings.HasSuffix(ner, "-GPE"),
		strings.HasSuffix(ner, "-LOC"), strings.HasSuffix(ner, "-FAC"):
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
