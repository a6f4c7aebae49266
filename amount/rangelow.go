package amount

import "dateline/text"

// rangeLow reads the lower bound of a range whose scale and unit are
// written once, after the upper bound: "between $300 and 400 billion",
// "from 2 to 3 million euros", "between 5 and 6 percent". The number on
// tokens [i, end) (value v, read from start, where its currency or hedge
// begins) takes the upper bound's kind, unit and object, and its scale
// when it has none of its own. Only after "between … and" or "from … to":
// "2 and 3 million" alone may be a list.
//
// cur is the currency written before the lower bound ("between $300 and
// 400 billion"), "" when none: then the upper bound, which has none of its
// own, is money in that currency too (s.carry).
func (s *scanner) rangeLow(start, i, end int, v float64, approx bool, cur string) (text.Amount, bool) {
	if start < 1 || end+1 >= len(s.toks) {
		return text.Amount{}, false
	}
	if isYear(&s.toks[i], end-i) {
		return text.Amount{}, false // "between 1998 and 2004"
	}
	open, join := s.toks[start-1].low, s.toks[end].low
	if !(open == "between" && join == "and" || open == "from" && join == "to") {
		return text.Amount{}, false
	}
	u := end + 1
	if _, j, ok := s.currencyBefore(u); ok {
		u = j // "from $2 to $3 million": the second currency says nothing new
	}
	var up text.Amount
	if cur != "" {
		if s.toks[u].kind != kNum {
			return text.Amount{}, false
		}
		up = text.Amount{Kind: "money", Unit: cur}
		s.carryAt, s.carryCur = u, cur
	} else if a, _, ok := s.at(end + 1); ok {
		up = a
	} else {
		return text.Amount{}, false
	}
	if end == i+1 && s.toks[i].kind == kNum && s.toks[u].kind == kNum && s.toks[u].num > 0 {
		// The lower bound has no scale of its own: it takes the upper's
		// ("300 and 400 billion" is 300 billion to 400 billion).
		if uv, ue := s.num(u); ue > u+1 {
			v = roundScaled(v * uv / s.toks[u].num)
		}
	}
	a := text.Amount{Kind: up.Kind, Value: v, Unit: up.Unit, Approximate: approx, Object: up.Object}
	a.Span = text.Span{Start: s.toks[start].s, End: s.toks[end-1].e}
	if a.Kind == "money" {
		a.Object = s.moneyObject(start, end)
	}
	return a, true
}
