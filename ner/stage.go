package ner

import (
	"context"
	"strings"
	"sync"

	"dateline/gazetteer"
	"dateline/text"
)

// Stage is the ner.v1 pipeline stage: it sets every token's NER tag (IOB2
// with the refined types) and appends one name mention per entity found,
// unresolved (Entity -1): the entities stage joins them.
type Stage struct {
	model *Model // nil: the embedded model
	pool  sync.Pool
}

// NewStage returns the stage with the embedded model.
func NewStage() *Stage { return &Stage{} }

// NewStageWith returns the stage with the given model.
func NewStageWith(m *Model) *Stage { return &Stage{model: m} }

func (*Stage) Name() string       { return "ner.v1" }
func (*Stage) Requires() []string { return []string{"sentences", "tokens"} }
func (*Stage) Assigns() []string  { return []string{"ner"} }

// Process tags d.
func (s *Stage) Process(ctx context.Context, d *text.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m := s.model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			return err
		}
	}
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	t, _ := s.pool.Get().(*Tagger)
	if t == nil || t.m != m {
		t = NewTagger(m, g)
	}
	defer s.pool.Put(t)
	found := mendPossessiveNames(g, d, mendFirmSuffixes(d, mendHeadlessBodies(d, joinNationBodies(g, d, mendAmpersandNames(d, mendSplitNames(d, mendParticleNames(d, mendSaidOpeners(g, d, t.Tag(d)))))))))
	for i := range d.Tokens {
		d.Tokens[i].NER = "O"
	}
	for _, sp := range found {
		// A name neither starts nor ends with a quotation mark or a dash,
		// nor ends with a comma or colon: one tagged with the name beside
		// it is dropped ("Said Mr Vik: …", "for The Daily, a …").
		for sp.First < sp.End && isQuoteOrDash(d.Text[d.Tokens[sp.First].Start:d.Tokens[sp.First].End]) {
			sp.First++
		}
		for sp.End > sp.First && isNameEnd(d.Text[d.Tokens[sp.End-1].Start:d.Tokens[sp.End-1].End]) {
			sp.End--
		}
		if sp.First == sp.End {
			continue
		}
		typ := Refine(g, d, sp)
		b, in := iobTags(typ)
		d.Tokens[sp.First].NER = b
		for i := sp.First + 1; i < sp.End; i++ {
			d.Tokens[i].NER = in
		}
		d.Mentions = append(d.Mentions, text.Mention{
			Span:   text.Span{Start: d.Tokens[sp.First].Start, End: d.Tokens[sp.End-1].End},
			Kind:   text.MentionName,
			Type:   typ,
			Entity: -1,
		})
	}
	return nil
}

// iobTags returns the B- and I- tags of type typ: those of the types
// Refine gives are constants, not joined anew for every token of a name.
func iobTags(typ string) (b, in string) {
	switch typ {
	case "PERSON":
		return "B-PERSON", "I-PERSON"
	case "ORG":
		return "B-ORG", "I-ORG"
	case "GPE":
		return "B-GPE", "I-GPE"
	case "LOC":
		return "B-LOC", "I-LOC"
	case "FAC":
		return "B-FAC", "I-FAC"
	case "NORP":
		return "B-NORP", "I-NORP"
	case "EVENT":
		return "B-EVENT", "I-EVENT"
	case "MISC":
		return "B-MISC", "I-MISC"
	}
	return "B-" + typ, "I-" + typ
}

// isNameEnd: no name ends with token w.
func isNameEnd(w string) bool {
	return isQuoteOrDash(w) || w == "," || w == ":" || w == ";"
}

func isQuoteOrDash(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("\"'“”„‘’«»`-–—", r) {
			return false
		}
	}
	return w != ""
}
