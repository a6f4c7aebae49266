package syntax

import (
	"context"
	"sync"

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

// Process parses each sentence of d. Head is a global index into d.Tokens
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
		sent.Words = sent.Words[:0]
		for _, t := range d.Tokens[first:end] {
			sent.Words = append(sent.Words, d.Text[t.Start:t.End])
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
