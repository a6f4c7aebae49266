// Package amount finds money, counts and percentages in news text: "$90
// billion", "€2.5bn", "1.2 million euros", "20,000 troops", "thousands of
// protesters", "5%". Each amount has its value scaled to a number, its unit
// (ISO 4217 for money, the counted noun's lemma otherwise), whether it is
// approximate, and the object it measures ("military equipment").
package amount

import (
	"context"
	"strconv"
	"sync"

	"dateline/amount/number"
	"dateline/text"
)

// Stage is the amount stage. It keeps no per-document state.
type Stage struct{}

// NewStage returns the amount stage.
func NewStage() *Stage { return &Stage{} }

func (*Stage) Name() string       { return "amount.v1" }
func (*Stage) Requires() []string { return []string{"sentences", "tokens"} }
func (*Stage) Assigns() []string  { return []string{"amounts"} }

// Process finds the document's amounts, sentence by sentence.
func (*Stage) Process(ctx context.Context, d *text.Document) error {
	d.Amounts = Find(d.Text, d)
	return nil
}

// Find returns the amounts in txt. d, when not nil, supplies the sentences
// (and lemmas, when the syntax stage ran); without it txt is one sentence.
func Find(txt string, d *text.Document) []text.Amount {
	spans := []text.Span{{Start: 0, End: len(txt)}}
	if d != nil && len(d.Sentences) > 0 {
		spans = spans[:0]
		for _, s := range d.Sentences {
			spans = append(spans, s.Span)
		}
	}
	var out []text.Amount
	buf := toksPool.Get().(*[]tok)
	defer toksPool.Put(buf)
	toks := *buf
	lower := number.LowerASCII(txt)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End {
			continue
		}
		toks = lex(toks[:0], txt, lower, sp.Start, sp.End)
		s := scanner{text: txt, toks: toks, doc: d, carryAt: -1}
		out = s.scan(out)
	}
	clear(toks[:cap(toks)]) // drop the words' slices of lower
	*buf = toks[:0]
	return out
}

// toksPool keeps a token buffer from document to document.
var toksPool = sync.Pool{New: func() any { return new([]tok) }}

type scanner struct {
	text string
	toks []tok
	doc  *text.Document
	// carryAt is the token of a range's upper bound whose currency was
	// written before the lower one (carryCur): see rangeLow.
	carryAt  int
	carryCur string
}

// num reads a number at i: digits or words, with a scale after it ("2.5
// billion", "300m", "two million", "a dozen"). It returns the value and the
// index after it, or end == i when there is no number.
func (s *scanner) num(i int) (v float64, end int) {
	if i >= len(s.toks) {
		return 0, i
	}
	t := &s.toks[i]
	switch t.kind {
	case kNum:
		v, end = t.num, i+1
	case kWord:
		if !number.MayStart(t.low) {
			return 0, i
		}
		var ws [10]string
		n := 0
		for k := i; k < len(s.toks) && n < len(ws) && s.toks[k].kind == kWord; k++ {
			ws[n] = s.toks[k].low
			n++
		}
		val, used := number.Words(ws[:n])
		if used == 0 {
			return 0, i
		}
		v, end = val, i+used
	default:
		return 0, i
	}
	// A scale word or abbreviation: "2.5 billion", "€2.5bn", "£300m".
	for end < len(s.toks) && s.toks[end].kind == kWord {
		w := s.toks[end].low
		sc, ok := number.Scale(w)
		if !ok || len(w) <= 2 && !s.toks[end].glued || w == "b" && !s.toks[end].glued {
			break
		}
		if t.kind == kNum && !s.toks[end].glued && (w == "m" || w == "k") || t.kind == kNum && s.metresAt(end) {
			break
		}
		v *= sc
		end++
	}
	return roundScaled(v), end
}

// roundScaled drops the binary noise a scale leaves on a decimal ("£4.1bn"
// is 4.1e9, not 4099999999.9999995): news writes no more than twelve
// significant digits.
func roundScaled(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

func (s *scanner) scan(out []text.Amount) []text.Amount {
	for i := 0; i < len(s.toks); {
		if a, end, ok := s.at(i); ok {
			out = append(out, a)
			i = end
			continue
		}
		i++
	}
	return out
}

// at tries to read an amount starting at token i.
func (s *scanner) at(i int) (text.Amount, int, bool) {
	t := &s.toks[i]
	// Money with a symbol or code before the number: "$90 billion",
	// "US$5", "USD 5 million", "€2.5bn".
	if cur, j, ok := s.currencyBefore(i); ok {
		if v, end := s.num(j); end > j && s.toks[j].kind == kNum {
			start, approx := s.approxBefore(i)
			if a, ok := s.rangeLow(start, j, end, v, approx, cur); ok {
				return a, end, true
			}
			a := text.Amount{Kind: "money", Value: v, Unit: cur, Approximate: approx}
			// "$5 million dollars" repeats the currency; take it into the span.
			if end < len(s.toks) && words[s.toks[end].low] == cur {
				end++
			}
			a.Span = text.Span{Start: s.toks[start].s, End: s.toks[end-1].e}
			a.Object = s.moneyObject(start, end)
			return a, end, true
		}
	}
	if t.kind == kWord {
		if base, ok := vagueBase(t.low); ok {
			return s.vagueCount(i, base)
		}
		if a, k, ok := s.fractionWord(i); ok {
			return a, k, true
		}
	}
	v, end := s.num(i)
	if end == i {
		return text.Amount{}, 0, false
	}
	if !s.numberContext(i, end) {
		return text.Amount{}, 0, false
	}
	start, approx := s.approxBefore(i)
	if a, ok := s.rangeLow(start, i, end, v, approx, ""); ok {
		return a, end, true
	}
	if end < len(s.toks) && !s.toks[end].glued {
		if den := denominators[s.toks[end].low]; den > 0 {
			if a, k, ok := s.fraction(i, end, v, den); ok {
				return a, k, true
			}
		}
	}
	if a, k, ok := s.proportion(start, end, v); ok {
		a.Approximate = approx
		return a, k, true
	}
	if end < len(s.toks) {
		n := &s.toks[end]
		// Percentages: "5%", "5 percent", "5 per cent".
		if n.kind == kPct || n.low == "percent" || n.low == "pct" {
			return s.amount(start, end+1, text.Amount{Kind: "percent", Value: v, Unit: "percent", Approximate: approx}), end + 1, true
		}
		if n.low == "per" && end+1 < len(s.toks) && s.toks[end+1].low == "cent" {
			return s.amount(start, end+2, text.Amount{Kind: "percent", Value: v, Unit: "percent", Approximate: approx}), end + 2, true
		}
		// Money with the currency after: "1.2 million euros", "5 million USD",
		// "10 billion Canadian dollars", "50 cents".
		if cur, k := s.currencyAfter(end); k > end {
			a := s.amount(start, k, text.Amount{Kind: "money", Value: v, Unit: cur, Approximate: approx})
			a.Object = s.moneyObject(start, k)
			return a, k, true
		}
		if cur, ok := subunits[n.low]; ok && s.toks[i].kind == kNum && (n.low != "p" || n.glued && s.text[n.s] == 'p') {
			return s.amount(start, end+1, text.Amount{Kind: "money", Value: v / 100, Unit: cur, Approximate: approx}), end + 1, true
		}
	}
	if i == s.carryAt && s.carryCur != "" {
		// The upper bound of "between $300 and 400 billion": money in
		// the lower bound's currency.
		a := s.amount(start, end, text.Amount{Kind: "money", Value: v, Unit: s.carryCur, Approximate: approx})
		a.Object = s.moneyObject(start, end)
		return a, end, true
	}
	// A unit glued to the number is the measure, whatever follows: "a
	// 2.8km core".
	if end < len(s.toks) && s.toks[end].glued && s.toks[end].kind == kWord && (measureUnits[s.lemmaAt(end)] || s.metresAt(end)) && s.toks[i].kind == kNum {
		return s.count(start, end, end, end+1, v, approx, ""), end + 1, true
	}
	// A count: the number and the noun it counts.
	if obj, head, k, ok := s.nounPhrase(end); ok {
		if isYear(&s.toks[i], end-i) && lemma(s.toks[head].low) == s.toks[head].low {
			return text.Amount{}, 0, false // "the 2025 budget"
		}
		return s.count(start, end, head, k, v, approx, obj), k, true
	}
	return text.Amount{}, 0, false
}

func (s *scanner) amount(start, end int, a text.Amount) text.Amount {
	a.Span = text.Span{Start: s.toks[start].s, End: s.toks[end-1].e}
	return a
}

// vagueCount reads "thousands of protesters", "tens of thousands of people".
func (s *scanner) vagueCount(i int, base float64) (text.Amount, int, bool) {
	start := i
	if i >= 2 && s.toks[i-1].low == "of" {
		if m, ok := vague[s.toks[i-2].low]; ok {
			start, base = i-2, base*m
		} else if s.toks[i-2].low == "tens" {
			start, base = i-2, base*10
		}
	}
	j := i + 1
	if j < len(s.toks) && s.toks[j].low == "of" {
		if j+1 < len(s.toks) {
			if m, ok := vague[s.toks[j+1].low]; ok && s.toks[j+2-1].kind == kWord {
				// "hundreds of thousands of": continue to the last one.
				base *= m
				j += 2
				if j >= len(s.toks) || s.toks[j].low != "of" {
					return text.Amount{}, 0, false
				}
			}
		}
		if obj, head, k, ok := s.nounPhrase(j + 1); ok {
			return s.count(start, j+1, head, k, base, true, obj), k, true
		}
	}
	return text.Amount{}, 0, false
}

func isYear(t *tok, ntoks int) bool {
	return t.kind == kNum && ntoks == 1 && t.e-t.s == 4 && t.num >= 1000 && t.num <= 2199
}
