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
	"sync"
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
	// maySurname: the text has named someone May ("Theresa May"), so a
	// later "May's" is hers.
	maySurname bool
	base       []tok // the base layer of the current sentence
	caps       [16]int
	best       [16]int
	cands      [16]cand
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
	var found []foundTime
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	a, bufs := sc.base, &sc.layers
	for si, sp := range spans {
		if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End {
			continue
		}
		var have sentenceHas
		a = mergeNumbers(lex(a[:0], txt, sp.Start, sp.End), &have)
		have.gathered()
		sc.base = a
		c.base = a
		layer := a
		// The base layer stays intact for tense look-ups; the layers above it
		// alternate between two buffers: a layer is written to the one that
		// does not hold its input (cur, -1 for the base layer).
		cur := -1
		for _, cs := range cascades {
			if !cs.mayMatch(&have.met) {
				continue
			}
			next := 0
			if cur == 0 {
				next = 1
			}
			if out, changed := cs.run(c, layer, bufs[next][:0]); changed {
				bufs[next], layer, cur = out, out, next
				have.addCats(catNode)
			}
		}
		for i := range layer {
			t := &layer[i]
			if t.kind != kNode || t.s < 0 || t.e > len(txt) || t.s >= t.e {
				continue
			}
			f := foundTime{span: text.Span{Start: t.s, End: t.e}, v: t.node, sentence: si, para: paragraphOf(d, sp.Start)}
			if t.node.ana == anaClockDay || t.node.ana == anaNarrative {
				f.tense = c.tenseAt(t.bi, t.bj)
			}
			found = append(found, f)
		}
	}
	c.resolveAnaphora(found)
	out := make([]text.Time, 0, len(found))
	for _, f := range found {
		if f.drop {
			continue
		}
		v := f.v
		out = append(out, text.Time{Span: f.span, Type: v.typ, Value: v.value(),
			StartValue: v.startV, EndValue: v.endV, Mod: v.mod})
	}
	return out
}

// scratch holds the token buffers of one run, reused across documents so a
// stage run allocates little; the pool is the only shared state.
type scratch struct {
	base   []tok
	layers [2][]tok
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

type foundTime struct {
	span     text.Span
	v        *tval
	sentence int
	para     int // paragraph index, -1 when the document has none
	tense    int // of a bare clock time's or a year-less day's clause: past, unknown, future
	drop     bool
}

// paragraphOf returns the index of the paragraph holding byte off, or -1.
func paragraphOf(d *text.Document, off int) int {
	if d == nil {
		return -1
	}
	for i, p := range d.Paragraphs {
		if p.Start <= off && off < p.End {
			return i
		}
	}
	return -1
}

// resolveAnaphora refines, in document order, the values that depend on an
// earlier expression: "the quarter", "a year ago" after "the third quarter",
// "the following year" after "in 1995".
func (c *ctx) resolveAnaphora(found []foundTime) {
	var lastQ point
	hasQ, lastQFiscal := false, false
	lastY := -1
	var lastDay point
	daySentence, dayPara := -1, -1
	var story point // the last date written with its year, and where
	storySentence, storyPara := -1, -1
	for i := range found {
		f := &found[i]
		v := f.v
		switch v.ana {
		case anaClockDay:
			// A bare clock time is on the day named last before it in
			// its sentence or, nothing else anchoring it, in its
			// paragraph ("The talks resumed on Monday. At 3 p.m. the two
			// sides met."); a day in another paragraph is another scene.
			if (daySentence == f.sentence || dayPara >= 0 && dayPara == f.para && c.tenseFits(f.tense, lastDay)) && v.p.y >= 0 {
				v.p.y, v.p.m, v.p.d = lastDay.y, lastDay.m, lastDay.d
			}
		case anaShift:
			d := v.shiftBy
			if hasQ && d.u == uYear && d.n == float64(int(d.n)) {
				v.p = point{g: gQuarter, y: lastQ.y + v.shiftSign*int(d.n), n: lastQ.n}
			}
		case anaQuarter:
			if hasQ {
				v.p = lastQ
			}
		case anaLatestQuarter:
			// The latest quarter is one that has ended: a report that
			// first says it "will take a fourth-quarter charge" still
			// gives its results for the third.
			if hasQ && c.quarterOver(lastQ) {
				v.p = lastQ
			}
		case anaQuarterEnded:
			// A fiscal quarter the report named before is the same one
			// under its fiscal number ("its fiscal first quarter … the
			// quarter ended Sept. 30"), which is how TimeML writes it.
			if hasQ && lastQFiscal {
				v.p, v.fiscal = lastQ, true
			}
		case anaQuarterOnly:
			if !hasQ {
				f.drop = true
			} else {
				v.p = lastQ
			}
		case anaQuarterAgo:
			if hasQ {
				v.p = point{g: gQuarter, y: lastQ.y - 1, n: lastQ.n}
			}
		case anaQuarterOfYear:
			if hasQ {
				v.p = point{g: gQuarter, y: v.p.y, n: lastQ.n}
			}
		case anaNarrative:
			// (A future clause is about what lies ahead of the reader:
			// "The mill shut on May 3, 2012. Its owners will open it on
			// December 1.")
			if storySentence >= 0 && f.sentence-storySentence <= 1 && storyPara == f.para && f.tense != future {
				v.p.y = c.narrativeYear(story, v.p)
			}
		case anaYear:
			if lastY >= 0 {
				v.p = point{g: gYear, y: lastY + v.shiftSign}
			}
		}
		if v.isPoint && v.p.g == gQuarter && v.p.y >= 0 && v.ana != anaShift && v.ana != anaQuarterAgo && v.ana != anaQuarterOfYear && !c.quarterToCome(v.p) {
			lastQ, hasQ, lastQFiscal = v.p, true, v.fiscal
		}
		if v.isPoint && v.p.g == gDay && v.p.y >= 0 {
			lastDay, daySentence, dayPara = v.p, f.sentence, f.para
		}
		if v.isPoint && v.p.y >= 0 && v.ana == anaNone && hasYearDigits(c.text[f.span.Start:f.span.End]) {
			lastY = v.p.y
			if v.p.g == gDay {
				story, storySentence, storyPara = v.p, f.sentence, f.para
			}
		}
	}
}

// tenseFits says whether a day may be the day of a clock time in a clause
// of tense t: "The plane crashed on Monday. Officials will speak at 3
// p.m." is no Monday afternoon when Monday is past.
func (c *ctx) tenseFits(t int, day point) bool {
	if day.m < 1 || day.d < 1 {
		return false
	}
	if !c.hasRef || t == unknown {
		return true
	}
	d := time.Date(day.y, time.Month(day.m), day.d, 0, 0, 0, 0, time.UTC)
	return t == future && !d.Before(c.ref) || t == past && !d.After(c.ref)
}

func hasYearDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// quarterOver says whether quarter q had ended by the reference date.
func (c *ctx) quarterOver(q point) bool {
	if !c.hasRef {
		return true
	}
	cur := (int(c.ref.Month())-1)/3 + 1
	return q.y < c.ref.Year() || q.y == c.ref.Year() && q.n < cur
}

// quarterToCome says whether quarter q begins after the reference date.
// Such a quarter is named in forecasts ("losses through the third quarter
// of 1990"), and a report's "the year-ago period" after it still points
// back to the results' quarter, not to the forecast's.
func (c *ctx) quarterToCome(q point) bool {
	if !c.hasRef {
		return false
	}
	cur := (int(c.ref.Month())-1)/3 + 1
	return q.y > c.ref.Year() || q.y == c.ref.Year() && q.n > cur
}
