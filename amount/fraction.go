package amount

import (
	"strings"

	"dateline/amount/number"
	"dateline/text"
)

// denominators are the words that make a number before them a fraction:
// "two thirds", "a quarter", "one fifth".
var denominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3,
	"quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}

// periodBefore: quarters after these are periods of three months.
var periodBefore = map[string]bool{"the": true, "last": true, "past": true, "next": true, "first": true, "previous": true}

// determiners stand between "of" and the noun a fraction is a share of.
var determiners = map[string]bool{"the": true, "all": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// fractionWord reads a fraction that starts with a word num does not
// read as a number: "a quarter of voters", "two-thirds of the members".
func (s *scanner) fractionWord(i int) (text.Amount, int, bool) {
	t := &s.toks[i]
	switch {
	case t.low == "a" || t.low == "an":
		if i+1 < len(s.toks) {
			return s.fraction(i, i+1, 1, denominators[s.toks[i+1].low])
		}
	case strings.IndexByte(t.low, '-') > 0:
		left, right, _ := strings.Cut(t.low, "-")
		if den := denominators[right]; den > 0 && number.MayStart(left) {
			if n, used := number.Words([]string{left}); used == 1 {
				return s.fraction(i, i, n, den)
			}
		}
	}
	return text.Amount{}, 0, false
}

// fraction reads a share written as a fraction of something, from token i
// to its denominator at token d: "about two thirds of the bill", "a
// quarter of voters", "two-thirds of the members". It is a percentage
// (66.67), kind "percent", with the noun after "of" as its object; read as
// a count it was 2 "thirds". Only with "of" after it: alone, "a third" is
// as often an ordinal ("a third time") and "two quarters" a period.
func (s *scanner) fraction(i, d int, v, den float64) (text.Amount, int, bool) {
	of := d + 1
	if den == 0 || v != float64(int(v)) || v < 1 || v >= den || of >= len(s.toks) || s.toks[of].low != "of" {
		return text.Amount{}, 0, false
	}
	if den == 4 && i > 0 && periodBefore[s.toks[i-1].low] {
		return text.Amount{}, 0, false // "the three quarters of contraction": periods
	}
	start, approx := s.approxBefore(i)
	if n, end := s.num(of + 1); end > of+1 && s.toks[end-1].kind == kWord && n >= 1000 {
		// "a quarter of a million people": a number, of which a count.
		if obj, head, k, ok := s.nounPhrase(end); ok {
			return s.count(start, end, head, k, roundScaled(n*v/den), approx, obj), k, true
		}
		return text.Amount{}, 0, false
	}
	j := of + 1
	for j < len(s.toks) && determiners[s.toks[j].low] {
		j++
	}
	a := s.amount(start, of, text.Amount{Kind: "percent", Value: roundScaled(100 * v / den), Unit: "percent", Approximate: approx})
	if obj, _, _, ok := s.nounPhrase(j); ok {
		a.Object = obj
	}
	return a, of, true
}
