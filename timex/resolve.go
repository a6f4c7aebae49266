package timex

import "time"

// tense of the clause around the match.
func (m *match) tense() int {
	return m.c.tenseAt(m.toks[m.i].bi, m.toks[m.j-1].bj)
}

func weekdayNum(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 } // Monday = 1

// weekday resolves a bare or relative weekday. rel: -1 "last" (strictly
// before the reference date), +1 "next" (strictly after), 0 "this" (in the
// reference week); with no rel word the tense decides: the reference day or
// the one before it in the past, the reference day or after in the future.
// News mostly reports what happened: unknown tense reads as past.
func (c *ctx) weekday(wd, rel int, hasRel bool, tense int) point {
	if !c.hasRef {
		return point{g: gDay, y: -1, m: -1, d: -1, wd: wd}
	}
	cur := weekdayNum(c.ref)
	var delta int
	switch {
	case hasRel && rel < 0:
		delta = -((cur-wd+6)%7 + 1)
	case hasRel && rel > 0:
		delta = (wd-cur+6)%7 + 1
	case hasRel:
		delta = wd - cur
	case tense == future:
		delta = (wd - cur + 7) % 7
	default:
		delta = -((cur - wd + 7) % 7)
	}
	return dayPoint(c.ref.AddDate(0, 0, delta))
}

// yearFor picks the year of a month (and day) written without one: the
// occurrence nearest the reference date, where a distance against the
// clause's tense counts triple. News reports the recent past and announces
// the near future, so "Jan. 2" read on 1989-11-02 is 1990-01-02, while
// "was ... in February" read in August is that year's February.
func (c *ctx) yearFor(month, day, tense int) int {
	if !c.hasRef {
		return -1
	}
	y := c.ref.Year()
	d := day
	if d <= 0 {
		d = 15
	}
	best, bestCost := y, 1e18
	for _, cy := range []int{y - 1, y, y + 1} {
		t := time.Date(cy, time.Month(month), d, 0, 0, 0, 0, time.UTC)
		delta := t.Sub(c.ref).Hours() / 24
		if day <= 0 && cy == y && month == int(c.ref.Month()) {
			delta = 0 // this month
		}
		if tense == onlyPast && delta > 0 {
			continue // "since June": never a June to come
		}
		cost := delta
		if cost < 0 {
			cost = -cost
		}
		if (tense == past || tense == onlyPast) && delta > 0 || tense == future && delta < 0 {
			cost *= 3
		}
		if cost < bestCost {
			best, bestCost = cy, cost
		}
	}
	return best
}

// relMonth resolves "last May", "this May", "next May".
func (c *ctx) relMonth(month, rel int) point {
	if !c.hasRef {
		return point{g: gMonth, y: -1, m: month}
	}
	y, rm := c.ref.Year(), int(c.ref.Month())
	switch {
	case rel < 0 && month >= rm:
		y--
	case rel > 0 && month <= rm:
		y++
	}
	return point{g: gMonth, y: y, m: month}
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

func seasonOf(t time.Time) (int, string) {
	switch m := int(t.Month()); {
	case m <= 2:
		return t.Year() - 1, "WI"
	case m <= 5:
		return t.Year(), "SP"
	case m <= 8:
		return t.Year(), "SU"
	case m <= 11:
		return t.Year(), "FA"
	default:
		return t.Year(), "WI"
	}
}

// relSeason resolves "last fall", "this summer", "next spring".
func (c *ctx) relSeason(s string, rel int) point {
	if !c.hasRef {
		return point{g: gSeason, y: -1, season: s}
	}
	y, cur := seasonOf(c.ref)
	order := map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
	switch {
	case rel < 0 && order[s] >= order[cur]:
		y--
	case rel > 0 && order[s] <= order[cur]:
		y++
	}
	if s == "WI" && cur != "WI" && rel <= 0 && y == c.ref.Year() && rel < 0 {
		y-- // the winter before: it started in December of the year before
	}
	return point{g: gSeason, y: y, season: s}
}

// relUnit resolves "this week", "last month", "next year" (n steps).
func (c *ctx) relUnit(u unit, n int) (point, bool) {
	g := map[unit]gran{uDay: gDay, uWeek: gWeek, uMonth: gMonth, uQuarter: gQuarter, uYear: gYear,
		uDecade: gDecade, uCentury: gCentury}[u]
	if g == gNone {
		return point{}, false
	}
	if !c.hasRef {
		return point{g: g, y: -1, m: -1, d: -1}, true
	}
	var t time.Time
	switch u {
	case uDay:
		t = c.ref.AddDate(0, 0, n)
	case uWeek:
		t = c.ref.AddDate(0, 0, 7*n)
	case uMonth:
		t = time.Date(c.ref.Year(), c.ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	case uQuarter:
		t = time.Date(c.ref.Year(), c.ref.Month()+time.Month(3*n), 1, 0, 0, 0, 0, time.UTC)
	case uYear:
		t = c.ref.AddDate(n, 0, 0)
	case uDecade:
		t = c.ref.AddDate(10*n, 0, 0)
	case uCentury:
		t = c.ref.AddDate(100*n, 0, 0)
	}
	return at(t, g), true
}

// day returns the reference day shifted by n days.
func (c *ctx) day(n int) point {
	if !c.hasRef {
		return point{g: gDay, y: -1, m: -1, d: -1}
	}
	return dayPoint(c.ref.AddDate(0, 0, n))
}

// weekend resolves "the weekend": the one just past from Monday to
// Thursday in a past or neutral clause, else the coming one.
func (c *ctx) weekend(rel int, hasRel bool, tense int) point {
	if !c.hasRef {
		return point{g: gWeekend, y: -1, n: -1}
	}
	cur := weekdayNum(c.ref)
	t := c.ref
	switch {
	case hasRel && rel < 0:
		t = t.AddDate(0, 0, -7)
	case hasRel && rel > 0:
		t = t.AddDate(0, 0, 7)
	case hasRel:
	case tense == future:
	case cur <= 4:
		t = t.AddDate(0, 0, -7)
	}
	p := at(t, gWeekend)
	return p
}

// quarterYear picks the year of "the third quarter": the reference year,
// or the one before when a past clause names a quarter not yet begun.
func (c *ctx) quarterYear(q, tense int) int {
	if !c.hasRef {
		return -1
	}
	cur := (int(c.ref.Month())-1)/3 + 1
	if q > cur && tense != future {
		return c.ref.Year() - 1
	}
	return c.ref.Year()
}

// anchored shifts the reference date by a duration: "two years ago".
func (c *ctx) anchored(d dur, sign int) (point, bool) {
	if !c.hasRef || d.n < 0 {
		return point{}, false
	}
	t, g := shift(c.ref, d, sign)
	return at(t, g), true
}
