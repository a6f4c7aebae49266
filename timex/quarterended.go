package timex

import "time"

// quarterEnded reads "the quarter ended Sept. 30", "the quarter ending
// July 31": the calendar quarter that holds most of the three months up to
// that day (the day less 45 days). It was the quarter named last ("the
// last quarter … the quarter ending September 30" read in March was the
// fourth) or, with none, the one before the reference date's ("the
// quarter ended July 31", read in October, was the third). A fiscal
// quarter named before still wins (anaQuarterEnded).
func quarterEnded(m *match) (point, bool) {
	if !m.c.hasRef || m.j+2 >= len(m.toks) {
		return point{}, false
	}
	if w := m.lower(m.next()); w != "ended" && w != "ending" {
		return point{}, false
	}
	k := m.j + 1
	mon := m.toks[k].ent
	if mon == nil || mon.month == 0 || !m.toks[k].cap {
		return point{}, false
	}
	k++
	if k < len(m.toks) && m.toks[k].kind == kPunct && m.c.text[m.toks[k].s] == '.' {
		k++
	}
	if k >= len(m.toks) || m.toks[k].kind != kNum {
		return point{}, false
	}
	d := int(m.toks[k].num)
	if d < 1 || d > 31 || float64(d) != m.toks[k].num {
		return point{}, false
	}
	y := m.c.yearFor(mon.month, d, m.tense())
	if y < 0 {
		return point{}, false
	}
	mid := time.Date(y, time.Month(mon.month), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -45)
	return point{g: gQuarter, y: mid.Year(), n: (int(mid.Month())-1)/3 + 1}, true
}
