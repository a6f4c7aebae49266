// Package timex finds time expressions (TIMEX3 DATE, TIME, DURATION, SET)
// and normalises them against the document's reference date, the way
// HeidelTime and SUTime do: rules written as data (patterns over tokens with
// a normalisation function each), applied as a cascade of layers.
//
// Extents follow the TimeML / TempEval-3 conventions measured on the bench:
// a leading "the" and modifiers ("nearly", "early") are part of the
// expression; prepositions ("in", "within", "on") are not.
package timex

import (
	"context"
	"time"

	"dateline/text"
)

// Stage is the timex stage. It keeps no per-document state.
type Stage struct{}

// NewStage returns the timex stage.
func NewStage() *Stage { return &Stage{} }

func (*Stage) Name() string       { return "timex.v1" }
func (*Stage) Requires() []string { return []string{"sentences", "tokens"} }
func (*Stage) Assigns() []string  { return []string{"times"} }

// Process finds the document's time expressions. The reference date is
// d.Published; without one, relative expressions get underspecified values
// ("XXXX-WXX-1" for "Monday").
func (*Stage) Process(ctx context.Context, d *text.Document) error {
	d.Times = Find(d.Text, d.Published, d)
	return nil
}

// ctx is the state of one document's run.
type ctx struct {
	ref     time.Time
	hasRef  bool
	text    string
	doc     *text.Document
	hasXPOS bool
	base    []tok // the base layer of the current sentence
	caps    [16]int
	best    [16]int
}

// Find returns the time expressions of text against the reference date ref
// (zero: unknown). d, when not nil, supplies sentences and part-of-speech
// tags; without it the text is one sentence.
func Find(txt string, ref time.Time, d *text.Document) []text.Time {
	c := &ctx{text: txt, doc: d}
	if !ref.IsZero() {
		c.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		c.hasRef = true
	}
	spans := []text.Span{{Start: 0, End: len(txt)}}
	if d != nil {
		c.hasXPOS = hasXPOS(d)
		if len(d.Sentences) > 0 {
			spans = spans[:0]
			for _, s := range d.Sentences {
				spans = append(spans, s.Span)
			}
		}
	}
	var out []text.Time
	var a []tok
	var bufs [2][]tok
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End {
			continue
		}
		a = mergeNumbers(lex(a[:0], txt, sp.Start, sp.End))
		c.base = a
		layer := a
		// The base layer stays intact for tense look-ups; the layers above it
		// alternate between two buffers.
		for k, cs := range cascades {
			bufs[k%2] = cs.run(c, layer, bufs[k%2][:0])
			layer = bufs[k%2]
		}
		for i := range layer {
			t := &layer[i]
			if t.kind != kNode || t.s < 0 || t.e > len(txt) || t.s >= t.e {
				continue
			}
			v := t.node
			out = append(out, text.Time{Span: text.Span{Start: t.s, End: t.e}, Type: v.typ,
				Value: v.value(), StartValue: v.startV, EndValue: v.endV, Mod: v.mod})
		}
	}
	return out
}
