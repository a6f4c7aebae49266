package timex

import "time"

// Calendar rules: dates written out, relative days, weeks, months, seasons,
// quarters and fiscal years. Each rule is a pattern and a normaliser; the
// table is the data, the functions only compute values.

func datePoint(p point) *tval { return &tval{typ: "DATE", p: p, isPoint: true} }
func timePoint(p point) *tval { return &tval{typ: "TIME", p: p, isPoint: true} }
func litVal(typ, v string) *tval {
	return &tval{typ: typ, lit: v}
}

func monthOf(t *tok) int { return t.ent.month }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	mdays := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	return d <= mdays[m-1]
}

// fullDate is a date with its year: "Aug. 18, 2025", "18 August 2025".
func fullDate(m *match) *tval {
	y, mo, d := int(m.get("year").num), monthOf(m.get("month")), dayOf(m.get("day"))
	if !validDay(y, mo, d) {
		return nil
	}
	return datePoint(point{g: gDay, y: y, m: mo, d: d})
}

// monthDay is a date without a year: "Sept. 11", "11 September"; the year
// comes from the reference date and the clause's tense.
func monthDay(m *match) *tval {
	mo, d := monthOf(m.get("month")), dayOf(m.get("day"))
	if !validDay(2000, mo, d) {
		return nil
	}
	// "May 5" needs the capital; "the 5 March" reads fine too.
	v := datePoint(point{g: gDay, y: m.c.yearFor(mo, d, m.calendarTense()), m: mo, d: d})
	v.ana = anaNarrative
	return v
}

var dateRules = []rule{
	{name: "iso-date", src: `@iso`, norm: func(m *match) *tval {
		t := m.get("iso")
		if !validDay(t.ints[0], t.ints[1], t.ints[2]) {
			return nil
		}
		return datePoint(point{g: gDay, y: t.ints[0], m: t.ints[1], d: t.ints[2]})
	}},
	{name: "slash-date", src: `@slash`, norm: func(m *match) *tval {
		t := m.get("slash")
		a, b, y := t.ints[0], t.ints[1], t.ints[2]
		if y < 100 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		if a > 12 { // day first
			a, b = b, a
		}
		if !validDay(y, a, b) {
			return nil
		}
		return datePoint(point{g: gDay, y: y, m: a, d: b})
	}},
	{name: "month-day-year", src: `@weekday? ,? @month the? @day ,? @year`, norm: fullDate},
	{name: "day-month-year", src: `@weekday? ,? the? @day of? @month ,? @year`, norm: fullDate},
	{name: "month-day", src: `@weekday? ,? @month the? @day`, norm: monthDay},
	{name: "day-month", src: `@weekday? ,? the? @day of? @month`, norm: monthDay},
	{name: "weekday-this-month-day", src: `this? coming? @weekday ,? @month @day`, norm: monthDay},
	{name: "month-year", src: `@month of? ,? @year`, norm: func(m *match) *tval {
		return datePoint(point{g: gMonth, y: int(m.get("year").num), m: monthOf(m.get("month"))})
	}},
	{name: "month-rel-year", src: `@month @day? ,? this|last|next year`, norm: func(m *match) *tval {
		n := map[string]int{"this": 0, "last": -1, "next": 1}[m.word("this")]
		p, _ := m.c.relUnit(uYear, n)
		p.g, p.m = gMonth, monthOf(m.get("month"))
		if d := m.get("day"); d != nil {
			p.g, p.d = gDay, dayOf(d)
		}
		return datePoint(p)
	}},
	{name: "month", src: `@month`, norm: func(m *match) *tval {
		mo := monthOf(m.get("month"))
		t := m.get("month")
		// "May" and "March" are also words; a sentence-initial "May"
		// followed by a pronoun is the verb.
		if mo == 5 && t.ent.word == "may" {
			p := m.prev()
			if p == nil || p.kind == kPunct {
				if n := m.next(); n != nil && n.kind == kWord && !n.cap && !possessive(m.c.text, t) {
					return nil // "May I ...", "May be ..."
				}
			}
			if p != nil && p.kind == kWord && p.cap && p.ent == nil {
				m.c.maySurname = true
				return nil // "Theresa May"
			}
			if m.c.maySurname && mayThePerson(m.c.text, t, m.next()) {
				return nil // "in protest to May's deal", after "Theresa May"
			}
		}
		return datePoint(point{g: gMonth, y: m.c.yearFor(mo, 0, m.calendarTense()), m: mo})
	}},
	{name: "rel-month", src: `this|last|next|past? rel:@rel @month`, norm: func(m *match) *tval {
		return datePoint(m.c.relMonth(monthOf(m.get("month")), m.get("rel").ent.rel))
	}},
	{name: "year", src: `the? yr:year? @year`, norm: func(m *match) *tval {
		t := m.get("year")
		if p := m.prev(); p != nil && p.kind == kPunct && (m.c.text[p.s] == '$' || m.c.text[p.s] == '#') {
			return nil
		}
		if n := m.next(); n != nil {
			if n.kind == kPunct && m.c.text[n.s] == '%' || n.kind == kNum {
				return nil
			}
			if n.ent != nil && (n.ent.word == "percent" || n.ent.cls&cUnit != 0 && !m.has("the")) {
				return nil
			}
		}
		if m.has("the") && !m.has("yr") || !plausibleYear(m, t) {
			return nil
		}
		return datePoint(point{g: gYear, y: int(t.num)})
	}},
	{name: "year-range-end", src: `@year or later|earlier`, norm: func(m *match) *tval {
		v := datePoint(point{g: gYear, y: int(m.get("year").num)})
		v.mod = map[string]string{"later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}[m.word("later")]
		return v
	}},
	{name: "fiscal-year", src: `the? fiscal year? @year`, norm: func(m *match) *tval {
		return datePoint(point{g: gYear, y: int(m.get("year").num)})
	}},
	{name: "fy-year", src: `fy @year`, norm: func(m *match) *tval {
		return datePoint(point{g: gYear, y: int(m.get("year").num)})
	}},
	{name: "rel-fiscal-year", src: `the? rel:@rel? fiscal year`, norm: func(m *match) *tval {
		n := 0
		if r := m.get("rel"); r != nil {
			n = r.ent.rel
		}
		p, _ := m.c.relUnit(uYear, n)
		return datePoint(p)
	}},
	{name: "decade", src: `the? @decade`, norm: func(m *match) *tval {
		return datePoint(point{g: gDecade, y: int(m.get("decade").num)})
	}},
	{name: "decade-words", src: `the? twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties`, norm: func(m *match) *tval {
		if !m.has("the") {
			return nil // "in his forties" is an age
		}
		w := m.word("twenties")
		d := map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
			"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990}[w]
		return datePoint(point{g: gDecade, y: d})
	}},
	{name: "century", src: `the? @ord century`, norm: func(m *match) *tval {
		n := dayOf(m.get("ord"))
		if n < 1 || n > 22 {
			return nil
		}
		return datePoint(point{g: gCentury, y: (n - 1) * 100})
	}},
	{name: "season-year", src: `the? @season of? @year`, norm: func(m *match) *tval {
		return datePoint(point{g: gSeason, y: int(m.get("year").num), season: m.get("season").ent.season})
	}},
	{name: "rel-season", src: `the? this? rel:@rel @season`, norm: func(m *match) *tval {
		if m.get("season").ent.word == "fall" && fallDecline(m) && (m.word("rel") == "this" || m.has("this") || m.has("the")) {
			return nil // "predicts this fall from 2.1%"; "last fall in his home" is autumn
		}
		return datePoint(m.c.relSeason(m.get("season").ent.season, m.get("rel").ent.rel))
	}},
	{name: "season", src: `@season`, norm: func(m *match) *tval {
		// A bare season is this year's ("in the spring"); "fall" must be a noun.
		t := m.get("season")
		if t.ent.word == "fall" && !fallIsSeason(m) {
			return nil
		}
		p := m.c.relSeason(t.ent.season, 0)
		return datePoint(p)
	}},

	// Holidays: fixed days, and Thanksgiving (the fourth Thursday of November).
	{name: "holiday", src: `@holiday day|eve?`, norm: func(m *match) *tval {
		h := m.get("holiday").ent.holiday
		mo, d := 0, 0
		if len(h) == 5 {
			mo, d = atoi(h[:2]), atoi(h[3:])
		} else {
			mo = 11
		}
		y := m.c.yearFor(mo, max(d, 22), m.tense())
		if len(h) != 5 {
			if y < 0 {
				return nil
			}
			first := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
			d = 1 + (4-weekdayNum(first)+7)%7 + 21
		}
		if m.word("day") == "eve" {
			d--
		}
		return datePoint(point{g: gDay, y: y, m: mo, d: d})
	}},
	// "Boxing Day", 26 December; "boxing" alone is the sport.
	{name: "boxing-day", src: `boxing day`, norm: func(m *match) *tval {
		if !m.toks[m.i].cap {
			return nil
		}
		return datePoint(point{g: gDay, y: m.c.yearFor(12, 26, m.tense()), m: 12, d: 26})
	}},
	{name: "new-year", src: `new year 's day|eve`, norm: func(m *match) *tval {
		if !m.toks[m.i].cap {
			return nil
		}
		y := m.c.yearFor(1, 1, m.tense())
		if m.word("day") == "eve" {
			return datePoint(point{g: gDay, y: y - 1, m: 12, d: 31})
		}
		return datePoint(point{g: gDay, y: y, m: 1, d: 1})
	}},

	// Days relative to the reference date.
	{name: "today", src: `today`, norm: func(m *match) *tval { return datePoint(m.c.day(0)) }},
	{name: "yesterday", src: `yesterday`, norm: func(m *match) *tval { return datePoint(m.c.day(-1)) }},
	{name: "tomorrow", src: `tomorrow`, norm: func(m *match) *tval { return datePoint(m.c.day(1)) }},
	{name: "day-before-yesterday", src: `the day before yesterday`, norm: func(m *match) *tval { return datePoint(m.c.day(-2)) }},
	{name: "day-after-tomorrow", src: `the day after tomorrow`, norm: func(m *match) *tval { return datePoint(m.c.day(2)) }},

	// Weekdays.
	{name: "weekday", src: `@weekday`, norm: func(m *match) *tval {
		return datePoint(m.c.weekday(m.get("weekday").ent.weekday, 0, false, m.tense()))
	}},
	{name: "rel-weekday", src: `the? this? rel:@rel @weekday`, norm: func(m *match) *tval {
		r := m.get("rel").ent.rel
		if m.word("this") != "" {
			r = 1 // "this coming Sunday"
		}
		return datePoint(m.c.weekday(m.get("weekday").ent.weekday, r, true, m.tense()))
	}},
	{name: "weekday-week", src: `@weekday of this|last|next week`, norm: func(m *match) *tval {
		n := map[string]int{"this": 0, "last": -1, "next": 1}[m.word("this")]
		d := m.c.weekday(m.get("weekday").ent.weekday, 0, true, 0)
		if dt, ok := d.date(); ok {
			d = dayPoint(dt.AddDate(0, 0, 7*n))
		}
		return datePoint(d)
	}},

	// This/last/next unit.
	{name: "rel-unit", src: `the? this? rel:@rel @unit`, norm: func(m *match) *tval {
		u := m.get("unit").ent.unit
		r := m.get("rel")
		n := r.ent.rel
		if u == uQuarter {
			return quarterRel(m, n)
		}
		// "the past year" is last year; "the last day" is not a date.
		if u == uDay || u < uDay {
			return nil
		}
		p, ok := m.c.relUnit(u, n)
		if !ok {
			return nil
		}
		v := datePoint(p)
		v.det = m.has("the")
		switch r.ent.word {
		case "following", "previous", "prior", "preceding":
			// Narrative: the year after or before the one last written out.
			if u != uYear {
				return nil
			}
			v.ana, v.shiftSign = anaYear, n
			return v
		}
		if v.det && (r.ent.word == "next" || r.ent.word == "past" || r.ent.word == "last") && u != uYear && u != uDecade {
			// "over the past week": the seven days up to now, a duration.
			return &tval{typ: "DURATION", d: dur{n: 1, u: u}, isDur: true, rel: n, det: true}
		}
		return v
	}},
	{name: "rel-weekend", src: `the? this? rel:@rel? weekend`, norm: func(m *match) *tval {
		r := m.get("rel")
		if r == nil && !m.has("the") && !m.has("this") {
			return nil
		}
		rel, has := 0, r != nil || m.has("this")
		if r != nil {
			rel = r.ent.rel
		}
		return datePoint(m.c.weekend(rel, has, m.tense()))
	}},

	// Quarters and halves.
	{name: "quarter", src: `the? year:@year? fiscal? @ord quarter`, norm: quarter},
	{name: "quarter-of-year", src: `the? fiscal? @ord quarter of fiscal? year:@year`, norm: quarter},
	{name: "qword", src: `@qword fiscal? year:@year?`, norm: quarter},
	// Quarters and periods that point back to the quarter last named,
	// as company reports do ("the quarter", "the year-ago period").
	{name: "the-quarter", src: `the most? latest|recent|fiscal? quarter`, norm: func(m *match) *tval {
		if q, ok := quarterEnded(m); ok {
			v := datePoint(q)
			v.ana = anaQuarterEnded
			return v
		}
		v := quarterRel(m, -1)
		if v != nil {
			v.ana = anaQuarter
			if m.has("latest") || m.has("recent") {
				v.ana = anaLatestQuarter
			}
		}
		return v
	}},
	{name: "the-period", src: `the latest|recent|comparable|same period`, norm: func(m *match) *tval {
		v := quarterRel(m, -1)
		if v != nil {
			v.ana = anaQuarterOnly
		}
		return v
	}},
	{name: "year-ago-period", src: `the? comparable|corresponding|same? year +ago|earlier ord:@ord? quarter|period?`, norm: func(m *match) *tval {
		if m.has("the") && !m.has("quarter") {
			return nil
		}
		p, _ := m.c.relUnit(uYear, -1)
		v := datePoint(p)
		if o := m.get("ord"); o != nil {
			if n := dayOf(o); n >= 1 && n <= 4 && p.y >= 0 {
				v.p = point{g: gQuarter, y: p.y, n: n}
				return v
			}
		}
		v.ana = anaQuarterAgo
		return v
	}},
	{name: "same-period-last-year", src: `the same|corresponding|comparable quarter|period last|a year ago|earlier?`, norm: func(m *match) *tval {
		w := m.toks[m.j-1].ent
		if w == nil || (w.word != "year" && w.word != "ago" && w.word != "earlier") {
			return nil
		}
		p, _ := m.c.relUnit(uYear, -1)
		v := datePoint(p)
		v.ana = anaQuarterAgo
		return v
	}},
	{name: "year-quarter", src: `the? @year quarter|period`, norm: func(m *match) *tval {
		v := datePoint(point{g: gYear, y: int(m.get("year").num)})
		v.ana = anaQuarterOfYear
		return v
	}},
	{name: "quarter-year-ago", src: `the quarter|period a year ago|earlier`, norm: func(m *match) *tval {
		p, _ := m.c.relUnit(uYear, -1)
		v := datePoint(p)
		v.ana = anaQuarterAgo
		return v
	}},
	{name: "that-year", src: `that|the same year`, norm: func(m *match) *tval {
		p, _ := m.c.relUnit(uYear, 0)
		v := datePoint(p)
		v.ana = anaYear
		return v
	}},
	{name: "half-of-year", src: `the? first|second|last|latter half of fiscal? @year`, norm: func(m *match) *tval {
		n := halfNumber(m.word("first"))
		return datePoint(point{g: gHalf, y: int(m.get("year").num), n: n})
	}},
	{name: "half-of-this-year", src: `the? first|second|last|latter half of rel:the|this|next|last year`, norm: func(m *match) *tval {
		n := halfNumber(m.word("first"))
		// "the year" is the reference year, as in "the end of the year".
		p, ok := m.c.relUnit(uYear, map[string]int{"next": 1, "last": -1}[m.word("rel")])
		if !ok {
			return nil
		}
		return datePoint(point{g: gHalf, y: p.y, n: n})
	}},
}

// halfNumber is the half of a year an ordinal names: "the last half" and
// "the latter half" are the second.
func halfNumber(w string) int {
	if w == "first" {
		return 1
	}
	return 2
}

// quarter normalises "the third quarter", "Q3 2025", "the 1988 second
// quarter", "third-quarter". Without a year, a quarter not yet begun is last
// year's unless the clause is in the future tense.
func quarter(m *match) *tval {
	if m.has("the") && adjective(m) {
		return nil
	}
	var n int
	if q := m.get("qword"); q != nil {
		n = q.ent.ord
	} else {
		n = dayOf(m.get("ord"))
	}
	if n < 1 || n > 4 {
		return nil
	}
	y := 0
	if t := m.get("year"); t != nil {
		y = int(t.num)
	} else {
		y = m.c.quarterYear(n, m.tense())
	}
	v := datePoint(point{g: gQuarter, y: y, n: n})
	v.fiscal = m.has("fiscal")
	return v
}

// adjective reports whether the match ends in a hyphenated compound used
// before a noun ("the third-quarter results", "the two-week trip"): TimeML
// leaves the article out of such an expression.
func adjective(m *match) bool {
	last := &m.toks[m.j-1]
	if !last.hyph {
		return false
	}
	n := m.next()
	return n != nil && n.kind == kWord && !n.cap
}

// quarterRel is "this quarter", "last quarter", "next quarter".
func quarterRel(m *match, n int) *tval {
	p, ok := m.c.relUnit(uQuarter, n)
	if !ok {
		return nil
	}
	return datePoint(p)
}
