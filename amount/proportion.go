package amount

import "dateline/text"

// proportion reads a share written as a fraction whose first number v ends
// at token end: "one in six homes", "1 in 4 adults", "two out of three
// voters", "one in every five". It is a percentage of the noun after it
// (16.7 for "one in six"), not a count of that noun: reading "six homes"
// as six homes gets the figure wrong by the size of the whole.
func (s *scanner) proportion(start, end int, v float64) (text.Amount, int, bool) {
	j := end
	switch {
	case j < len(s.toks) && s.toks[j].low == "in":
		j++
	case j+1 < len(s.toks) && s.toks[j].low == "out" && s.toks[j+1].low == "of":
		j += 2
	default:
		return text.Amount{}, 0, false
	}
	if j < len(s.toks) && s.toks[j].low == "every" {
		j++
	}
	w, k := s.num(j)
	// The whole is a small number larger than the part: "one in 2020" is a
	// year, "two in 10 minutes" a rate of time.
	if k == j || !(v >= 1 && w > v && w <= 1000) || isYear(&s.toks[j], k-j) {
		return text.Amount{}, 0, false
	}
	if k < len(s.toks) && timeNouns[lemma(s.toks[k].low)] {
		return text.Amount{}, 0, false
	}
	a := text.Amount{Kind: "percent", Value: roundScaled(100 * v / w), Unit: "percent"}
	if obj, _, e, ok := s.nounPhrase(k); ok {
		a.Object = obj
		k = e
	}
	return s.amount(start, k, a), k, true
}
